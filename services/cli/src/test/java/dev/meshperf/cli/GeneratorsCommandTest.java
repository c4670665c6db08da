package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.GeneratorStatus;

/** The generators table from answers of {@code GET /api/generators} as the embedded default gives them. */
class GeneratorsCommandTest {

    private static List<String> print(String answer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GeneratorsCommand.print(new GatewayClient.Answer(200, "application/json", answer, null).asListOf(
                GeneratorStatus.class),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachMissingToolIsNamedWithHowToEnableItOnThisMachine() throws Exception {
        List<String> lines = print("""
                [{"name": "native", "available": true, "version": "0.1.0 (epoll, 2 event loops)",
                  "protocols": ["http1", "grpc"], "loadModels": ["max", "constant"], "defaultGenerator": true},
                 {"name": "wrk2", "available": false, "unavailableReason": "neither wrk2 nor wrk is installed on \
                this runner (meshperf.wrk.wrk2-binary 'wrk2', meshperf.wrk.wrk-binary 'wrk')",
                  "protocols": [], "loadModels": []},
                 {"name": "fortio", "available": false, "unavailableReason": "no fortio binary ('fortio') is \
                installed on this runner and no fortio server is configured (meshperf.fortio.server-url)",
                  "protocols": [], "loadModels": []},
                 {"name": "nighthawk", "available": false, "unavailableReason": "nighthawk_service at \
                127.0.0.1:8443 is unreachable (Connection refused)", "protocols": [], "loadModels": []}]""");

        assertThat(lines.get(0)).startsWith("GENERATOR  AVAILABLE");
        assertThat(lines.get(1)).matches("native\\*\\s+yes\\s+0\\.1\\.0 \\(epoll.*grpc,http1\\s+constant,max");
        assertThat(lines.get(2)).matches("wrk2\\s+NO\\s+-\\s+-\\s+-");
        assertThat(lines.subList(5, lines.size())).containsExactly(
                "* the default generator of a profile that names none",
                "unavailable, wrk2: neither wrk2 nor wrk is installed on this runner (meshperf.wrk.wrk2-binary "
                        + "'wrk2', meshperf.wrk.wrk-binary 'wrk')",
                "  on this machine (./meshperf up): install wrk for max-rate runs (apt-get install wrk), and build "
                        + "wrk2 from github.com/giltene/wrk2 and put it on the PATH as wrk2 for constant-rate runs",
                "unavailable, fortio: no fortio binary ('fortio') is installed on this runner and no fortio server "
                        + "is configured (meshperf.fortio.server-url)",
                "  on this machine (./meshperf up): put fortio on the PATH (github.com/fortio/fortio/releases), or "
                        + "run 'fortio server' and start with MESHPERF_FORTIO_SERVER_URL=http://127.0.0.1:8080 "
                        + "./meshperf up",
                "unavailable, nighthawk: nighthawk_service at 127.0.0.1:8443 is unreachable (Connection refused)",
                "  on this machine (./meshperf up): run nighthawk_service here on its default port 8443 (docker run "
                        + "--network host --entrypoint nighthawk_service envoyproxy/nighthawk-dev), or point at "
                        + "one: start with QUARKUS_GRPC_CLIENTS_NIGHTHAWK_HOST=HOST "
                        + "QUARKUS_GRPC_CLIENTS_NIGHTHAWK_PORT=PORT ./meshperf up");
    }

    @Test
    void aRunnerThatDoesNotAnswerIsToldApartFromAMissingTool() throws Exception {
        List<String> lines = print("""
                [{"name": "fortio", "available": false, "unavailableReason": "its runner service at \
                http://127.0.0.1:8097 is unreachable (ConnectException)", "protocols": [], "loadModels": []}]""");

        assertThat(lines).endsWith("unavailable, fortio: its runner service at http://127.0.0.1:8097 is unreachable "
                + "(ConnectException)",
                "  on this machine (./meshperf up): start its runner: ./meshperf up starts "
                        + "runner-fortio unless MESHPERF_SERVICES leaves it out, and ./meshperf logs runner-fortio "
                        + "says why it stopped");
    }

    @Test
    void wrkWithoutWrk2SaysHowToAddConstantRateRunsAndAnUnknownGeneratorGetsNoHint() throws Exception {
        List<String> lines = print("""
                [{"name": "wrk2", "available": true, "version": "wrk debian/4.1.0-3+b2", "protocols": ["http1"],
                  "loadModels": ["max"]},
                 {"name": "vegeta", "available": false, "unavailableReason": "not installed", "protocols": [],
                  "loadModels": []}]""");

        assertThat(lines.subList(3, lines.size())).containsExactly(
                "* the default generator of a profile that names none",
                "wrk2 runs max rate only (Debian's wrk); for constant-rate runs, build wrk2 from "
                        + "github.com/giltene/wrk2 and put it on the PATH as wrk2",
                "unavailable, vegeta: not installed");
        assertThat(print("""
                [{"name": "wrk2", "available": true, "version": "wrk2 4.0.0 + wrk 4.1.0", "protocols": ["http1"],
                  "loadModels": ["constant", "max"]}]""")).noneMatch(l -> l.contains("giltene"));
    }

    @Test
    void aNewerGatewaysProtocolOrModelAndAnOlderGatewaysMissingFieldsStillGiveTheTable() throws Exception {
        List<String> lines = print("""
                [{"name": "native", "available": true, "version": "9.0", "protocols": ["http1", "http3"],
                  "loadModels": ["constant", "poisson"], "defaultGenerator": true, "licence": "new field"},
                 {"name": "wrk2", "available": true}]""");

        assertThat(lines.get(1)).matches("native\\*\\s+yes\\s+9\\.0\\s+http1\\s+constant");
        assertThat(lines.get(2)).matches("wrk2\\s+yes\\s+-\\s+-\\s+-");
    }
}
