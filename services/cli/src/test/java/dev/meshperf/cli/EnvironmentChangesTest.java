package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.Comparison;

class EnvironmentChangesTest {

    private static String print(String comparison, String... ids) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            EnvironmentChanges.print(new GatewayClient.Answer(200, "application/json", comparison, null).as(
                    Comparison.class), List.of(ids), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachRunSaysWhatChangedSinceTheFirstInWordsBeforeToAfter() throws Exception {
        String text = print(
                """
                        {"testIds": ["a", "b", "c"], "metrics": [], "environment": {"testIds": ["a", "b", "c"], "runs": [
                          {"testId": "b", "against": "a", "notes": [], "differences": [
                            {"category": "mtls", "field": "mtls.mode", "before": "PERMISSIVE", "after": "STRICT",
                             "description": "mTLS mode PERMISSIVE → STRICT (PeerAuthentication istio-system/default, mesh-wide)"},
                            {"category": "traffic-policy", "field": "http[0].retries.attempts", "before": "3", "after": "5",
                             "description": "retry attempts of http[0] 3 → 5 (VirtualService shop/checkout, host checkout)"}]},
                          {"testId": "c", "against": "a", "differences": [],
                           "notes": ["no Kubernetes context for c (the collector's Kubernetes context was off)"]}]}}
                        """,
                "a", "b", "c");

        assertThat(text).isEqualTo("""

                what changed in the system, run 2 (b) against run 1:
                  mtls            mTLS mode PERMISSIVE → STRICT (PeerAuthentication istio-system/default, mesh-wide)
                  traffic-policy  retry attempts of http[0] 3 → 5 (VirtualService shop/checkout, host checkout)
                what changed in the system, run 3 (c) against run 1:
                  nothing that can move latency
                  note: no Kubernetes context for c (the collector's Kubernetes context was off)
                """);
    }

    @Test
    void aSectionTheGatewayCouldNotFillIsSaidNotFailed() throws Exception {
        assertThat(print("{\"environment\": {\"error\": \"the metrics collector is not reachable\"}}", "a", "b"))
                .isEqualTo("\nwhat changed in the system: unknown (the metrics collector is not reachable)\n");
        assertThat(print("{\"metrics\": []}", "a", "b")).isEqualTo(
                "\nwhat changed in the system: not reported by this gateway\n");
    }
}
