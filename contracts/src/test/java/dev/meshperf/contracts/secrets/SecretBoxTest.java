package dev.meshperf.contracts.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-key";

    @Test
    void sealsAndOpensWithANonceEachTime() {
        SecretBox box = new SecretBox(KEY);
        String a = box.encrypt("s3cr3t-token");
        String b = box.encrypt("s3cr3t-token");

        assertThat(a).isNotEqualTo(b).doesNotContain("s3cr3t");
        assertThat(box.decrypt(a)).isEqualTo("s3cr3t-token");
        assertThat(box.decrypt(b)).isEqualTo("s3cr3t-token");
    }

    @Test
    void anotherKeyCannotOpenAndShortKeysAreRefused() {
        String sealed = new SecretBox(KEY).encrypt("s3cr3t");

        assertThatThrownBy(() -> new SecretBox(KEY + "-other").decrypt(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("encryption key")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> new SecretBox("short")).hasMessageContaining("at least 32");
    }
}
