package dev.meshperf.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSetupTest {

    @Test
    void credentialsInATargetUrlAreLeftOut() {
        assertThat(RunSetup.withoutCredentials("https://alice:s3cret@shop.example:8443/cart?id=1"))
                .isEqualTo("https://shop.example:8443/cart?id=1");
        assertThat(RunSetup.withoutCredentials("http://h/a b")).isEqualTo("http://h/a b");
        assertThat(RunSetup.withoutCredentials("http://bob:pw@h/a b")).isEqualTo("http://h/a b");
        assertThat(RunSetup.withoutCredentials("grpc://h:9000")).isEqualTo("grpc://h:9000");
        assertThat(RunSetup.withoutCredentials(null)).isNull();
    }
}
