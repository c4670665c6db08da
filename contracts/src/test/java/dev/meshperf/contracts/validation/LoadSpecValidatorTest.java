package dev.meshperf.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.spec.TlsOptions;

/** Nothing a user writes can end a request line or header and start another one. */
class LoadSpecValidatorTest {

    private static LoadSpec spec(String method, List<Header> headers, Map<String, String> cookies, String contentType,
            TlsOptions tls, GrpcOptions grpc, String url) {
        return new LoadSpec(grpc == null ? Protocol.HTTP1 : Protocol.GRPC, List.of(Endpoint.of(url)), method, headers,
                cookies, null, contentType, LoadModel.max(), 1, null, Duration.ofSeconds(1), null, null, tls, grpc,
                null, null, null);
    }

    @Test
    void controlCharactersAreRefusedInEveryFieldThatBecomesRequestText() {
        Map<String, String> cookies = new LinkedHashMap<>();
        cookies.put("session", "abc\r\nX-Injected: 1");
        cookies.put("other", "a;admin=true");
        cookies.put("bad name", "v");
        LoadSpec bad = spec("GET\r\n", List.of(new Header("x-a", "ok\u0000"), new Header("x-b", "fine\tvalue")),
                cookies, "text/plain\r\nX-Injected: 1", new TlsOptions(null, false, "host\nname"), null,
                "https://127.0.0.1/");

        List<Violation> found = LoadSpecValidator.validate(bad, "spec");

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("spec.method",
                "spec.headers[0].value", "spec.cookies.session", "spec.cookies.other", "spec.cookies.bad name",
                "spec.contentType", "spec.tls.sni");
        assertThat(found).allSatisfy(v -> assertThat(v.reason()).doesNotContain("\r").doesNotContain("\n"));
        assertThat(found.stream().filter(v -> v.field().equals("spec.method")).findFirst().orElseThrow().reason())
                .contains("GET\\u000d\\u000a");
    }

    @Test
    void grpcMethodsAndCredentialsInUrlsToo() {
        LoadSpec grpc = spec(null, null, null, null, null, new GrpcOptions("pkg.Svc/Do\r\nx", null),
                "grpc://127.0.0.1:50051");
        assertThat(LoadSpecValidator.validate(grpc, "spec")).extracting(Violation::field)
                .containsExactly("spec.grpc.method");
        LoadSpec userInfo = spec(null, null, null, null, null, null, "http://user:pw@127.0.0.1/");
        assertThat(LoadSpecValidator.validate(userInfo, "spec")).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("spec.endpoints[0].url"))
                .satisfies(v -> assertThat(v.reason()).contains("credentials").doesNotContain("pw"));
    }

    @Test
    void ordinaryValuesPass() {
        LoadSpec ok = spec("PATCH", List.of(new Header("authorization", "Bearer abc.def"), new Header("x-t", "a\tb")),
                Map.of("session", "abc123"), "application/json; charset=utf-8",
                new TlsOptions(null, true, "checkout.example"), null, "https://127.0.0.1:8443/x?y=1");
        assertThat(LoadSpecValidator.validate(ok, "spec")).isEmpty();
    }
}
