package dev.meshperf.cli;

import java.util.Optional;

/**
 * How to make a generator available on the embedded default ({@code ./meshperf up} on this machine). On Kubernetes
 * and Compose every generator comes with its tool (docs/deploy.md). A runner looks for its tool again every few
 * seconds, so a binary put on the PATH or a nighthawk_service started on its default port is found without a
 * restart; a setting (an environment variable) needs {@code ./meshperf down} and {@code up} again.
 */
final class GeneratorHints {

    static final String WRK2 = "build wrk2 from github.com/giltene/wrk2 and put it on the PATH as wrk2";

    private GeneratorHints() {
    }

    /**
     * How to enable {@code generator}, unavailable for {@code reason}; empty for a generator meshperf does not know.
     */
    static Optional<String> enable(String generator, String reason) {
        if (reason != null && (reason.startsWith("its runner service") || reason.startsWith("no runner service"))) {
            return Optional
                    .of("start its runner: ./meshperf up starts runner-" + generator + " unless MESHPERF_SERVICES"
                            + " leaves it out, and ./meshperf logs runner-" + generator + " says why it stopped");
        }
        return Optional.ofNullable(switch (generator) {
            case "wrk2" -> "install wrk for max-rate runs (apt-get install wrk), and " + WRK2 + " for constant-rate"
                    + " runs";
            case "fortio" -> "put fortio on the PATH (github.com/fortio/fortio/releases), or run 'fortio server' and"
                    + " start with MESHPERF_FORTIO_SERVER_URL=http://127.0.0.1:8080 ./meshperf up";
            case "nighthawk" -> "run nighthawk_service here on its default port 8443 (docker run --network host"
                    + " --entrypoint nighthawk_service envoyproxy/nighthawk-dev), or point at one: start with"
                    + " QUARKUS_GRPC_CLIENTS_NIGHTHAWK_HOST=HOST QUARKUS_GRPC_CLIENTS_NIGHTHAWK_PORT=PORT ./meshperf up";
            default -> null;
        });
    }
}
