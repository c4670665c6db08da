package dev.meshperf.contracts.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

class RedactionTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-key";

    @Test
    void credentialNamesAreKnownInAnySpelling() {
        for (String name : List.of("Authorization", "proxy-authorization", "Cookie", "X-API-Key", "api_key", "apiKey",
                "X-Auth-Token", "client_secret", "password", "Ocp-Apim-Subscription-Key", "X-Vault-Token",
                "access_token", "PRIVATE-KEY")) {
            assertThat(SecretNames.isSecretKey(name)).as(name).isTrue();
        }
        for (String name : List.of("content-type", "accept", "x-team", "user", "sku", "x-request-id", "host")) {
            assertThat(SecretNames.isSecretKey(name)).as(name).isFalse();
        }
    }

    @Test
    void jsonBodiesKeepEverythingButTheSecretValuesByteForByte() {
        String body = "{\"user\": \"ann\",\n  \"password\" : \"p\\\"w\\\\d\", \"nested\": {\"api_key\":\"k-1\"},"
                + " \"token\": 42, \"list\": [\"password\"]}";

        List<BodySecrets.Span> spans = BodySecrets.find(body, "application/json");

        assertThat(spans).extracting(BodySecrets.Span::key).containsExactly("password", "api_key");
        assertThat(spans.get(0).text(body)).isEqualTo("p\\\"w\\\\d");
        assertThat(Redaction.body(body, null)).isEqualTo("{\"user\": \"ann\",\n  \"password\" : \"<secret>\", "
                + "\"nested\": {\"api_key\":\"<secret>\"}, \"token\": 42, \"list\": [\"password\"]}");
    }

    @Test
    void formBodiesToo() {
        String body = "grant_type=client_credentials&client_id=app&client_secret=s%3Dx&empty_password=";

        assertThat(Redaction.body(body, "application/x-www-form-urlencoded"))
                .isEqualTo("grant_type=client_credentials&client_id=app&client_secret=<secret>&empty_password=");
        assertThat(Redaction.body("just text with password=1 in it", "text/plain"))
                .isEqualTo("just text with password=1 in it");
    }

    @Test
    void aSpecShowsNoHeaderCookieOrBodySecret() throws Exception {
        LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://127.0.0.1/")), "POST",
                List.of(new Header("authorization", "Bearer s3cret-token"), new Header("x-team", "payments"),
                        new Header("x-custom", "c0nfidential", true)),
                Map.of("session", "s3ssion"), "{\"password\":\"hunter2\"}", "application/json", LoadModel.max(), 1,
                null, Duration.ofSeconds(1), null, null, null, null, null, null, null);

        String json = EventJson.mapper().writeValueAsString(Redaction.spec(spec));

        assertThat(json).doesNotContain("s3cret-token").doesNotContain("c0nfidential").doesNotContain("s3ssion")
                .doesNotContain("hunter2").contains("payments").contains("\"secret\":true");
        assertThat(Redaction.spec(spec).headers()).extracting(Header::value).containsExactly("<secret>", "payments",
                "<secret>");
    }

    @Test
    void sealedValuesOpenOnlyWithTheirKeyAndAreFoundInText() {
        SecretBox box = new SecretBox(KEY);
        String sealed = SealedValues.seal(box, "Bearer s3cret-token");

        assertThat(sealed).startsWith("sealed:v1:").doesNotContain("s3cret").matches("[A-Za-z0-9:_-]+");
        assertThat(SealedValues.isSealed(sealed)).isTrue();
        assertThat(SealedValues.open(box, sealed)).isEqualTo("Bearer s3cret-token");
        assertThat(SealedValues.openAll(box, "{\"password\":\"" + sealed + "\"}"))
                .isEqualTo("{\"password\":\"Bearer s3cret-token\"}");
        assertThat(Redaction.headers(List.of(new Header("x-any", sealed)))).extracting(Header::value)
                .containsExactly("<secret>");
        assertThatThrownBy(() -> SealedValues.open(new SecretBox(KEY + "-other"), sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("s3cret");
    }
}
