package dev.meshperf.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.contracts.api.BaselineVerdict;
import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.ResultDetail;

/** How the environment section joins the analysis' answers (the calls themselves: GatewayEndToEndIT). */
class EnvironmentSectionTest {

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRefusalOfTheCollectorIsNamedWithItsDetail() throws Exception {
        EnvironmentComparison refused = EnvironmentSection.refusal(400, bytes(
                "{\"status\": 400, \"detail\": \"ids: a test id appears twice\", \"field\": \"ids\"}"));
        assertThat(refused.error()).isEqualTo("the metrics collector answered HTTP 400: ids: a test id appears twice");
        assertThat(new ObjectMapper().writeValueAsString(refused)).isEqualTo("{\"error\":\"the metrics collector "
                + "answered HTTP 400: ids: a test id appears twice\"}");
        assertThat(EnvironmentSection.refusal(502, bytes("<html>bad gateway</html>")).error())
                .isEqualTo("the metrics collector answered HTTP 502");
        assertThat(EnvironmentSection.refusal(503, new byte[0]).error()).isEqualTo(
                "the metrics collector answered HTTP 503");
    }

    @Test
    void onlyAResultWithAnotherRunAsItsBaselineIsAskedAbout() {
        List<String> asked = new ArrayList<>();
        EnvironmentComparison changes = EnvironmentComparison.unavailable("the metrics collector is not reachable");

        ResultDetail withBaseline = EnvironmentSection.withBaselineChanges(result(new BaselineVerdict("base", true,
                List.of(), null, null)), "t1", ids -> {
                    asked.add(ids);
                    return changes;
                });
        assertThat(asked).containsExactly("base,t1");
        assertThat(withBaseline.baseline().environment()).isSameAs(changes);
        assertThat(withBaseline.baseline().passed()).isTrue();
        assertThat(withBaseline.testId()).isEqualTo("t1");

        ResultDetail own = result(new BaselineVerdict("t1", null, List.of(), null, null));
        assertThat(EnvironmentSection.withBaselineChanges(own, "t1", ids -> {
            asked.add(ids);
            return changes;
        })).isSameAs(own);
        ResultDetail none = result(null);
        assertThat(EnvironmentSection.withBaselineChanges(none, "t1", ids -> {
            asked.add(ids);
            return changes;
        })).isSameAs(none);
        assertThat(asked).hasSize(1);
    }

    private static ResultDetail result(BaselineVerdict baseline) {
        return new ResultDetail("t1", "COMPLETED", null, "native", null, 1, 1, List.of(), List.of(), 0, null, null,
                null, null, null, baseline, List.of(), List.of(), List.of(), "run", null, null, List.of(), List.of(),
                null);
    }
}
