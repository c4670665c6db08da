package dev.meshperf.runnernighthawk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.nighthawk.CommandLineOptions;
import dev.meshperf.contracts.nighthawk.HeaderValueOption;
import dev.meshperf.contracts.nighthawk.Protocol;
import dev.meshperf.contracts.nighthawk.RequestMethod;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerservice.testing.Specs;

class NighthawkRequestsTest {

    @Test
    void mapsTheShardOntoCommandLineOptions() {
        ShardRun run = new ShardRun(Specs.request("nighthawk", Specs.withProtocol(Specs.withLoad(
                Specs.post("http://127.0.0.1:9000/p", 2), LoadModel.constant(100)),
                dev.meshperf.contracts.spec.Protocol.H2C)));
        WorkerPlan plan = new WorkerPlan(2, 50, 1);
        CommandLineOptions o = NighthawkRequests.start(run, plan, Duration.ofMillis(2500)).getStartRequest()
                .getOptions();

        assertThat(o.getRequestsPerSecond().getValue()).isEqualTo(50);
        assertThat(o.getConnections().getValue()).isEqualTo(1);
        assertThat(o.getConcurrency().getValue()).isEqualTo("2");
        assertThat(o.getDuration().getSeconds()).isEqualTo(2);
        assertThat(o.getDuration().getNanos()).isEqualTo(500_000_000);
        assertThat(o.getUri().getValue()).isEqualTo("http://127.0.0.1:9000/p");
        assertThat(o.getProtocol().getValue()).isEqualTo(Protocol.ProtocolOptions.HTTP2);
        assertThat(o.getOpenLoop().getValue()).isTrue();
        assertThat(o.getNoDefaultFailurePredicates().getValue()).isTrue();
        assertThat(o.getExecutionId().getValue()).isEqualTo(run.testId() + "/0");
        assertThat(o.getLabelsList()).contains(run.testId());
        assertThat(o.getRequestOptions().getRequestMethod()).isEqualTo(RequestMethod.POST);
        assertThat(o.getRequestOptions().getJsonBody()).isEqualTo("{\"hello\":\"wrk\"}");
        assertThat(o.getRequestOptions().getRequestHeadersList()).extracting(HeaderValueOption::getHeader)
                .extracting(h -> h.getKey() + "=" + h.getValue())
                .contains("X-Meshperf-Test=wrk \"quoted\" é", "content-type=application/json")
                .anyMatch(h -> h.startsWith("cookie=") && h.contains("session=abc"));
    }

    @Test
    void http1SetsNoProtocol() {
        ShardRun run = new ShardRun(Specs.request("nighthawk", Specs.withLoad(Specs.post("http://h:1/", 1),
                LoadModel.constant(10))));
        CommandLineOptions o = NighthawkRequests.start(run, new WorkerPlan(1, 10, 1), Duration.ofSeconds(1))
                .getStartRequest().getOptions();

        assertThat(o.hasProtocol()).isFalse();
    }
}
