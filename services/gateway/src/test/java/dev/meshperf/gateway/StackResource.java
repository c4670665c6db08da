package dev.meshperf.gateway;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.meshperf.testing.ServiceStack;

/**
 * The services behind the gateway, as their packaged jars on the real broker and PostgreSQL: profile, analysis, the
 * native and wrk2 runners (Debian's real wrk), the metrics collector and two scheduler instances sharing one
 * database. The gateway under test
 * (this process) is pointed
 * at them (at the first scheduler).
 */
public class StackResource implements QuarkusTestResourceLifecycleManager {

    private static volatile ServiceStack stack;

    /** The running stack, for tests that stop and restart one of its services. */
    static ServiceStack stack() {
        return stack;
    }

    @Override
    public Map<String, String> start() {
        stack = new ServiceStack();
        try {
            stack.start("runner-native", null, Map.of());
            stack.start("runner-wrk2", null, Map.of("meshperf.wrk.wrk2-binary", "no-wrk2-here"));
            stack.start("analysis", "analysis", Map.of("meshperf.analysis.grace", "PT5S"));
            // nighthawk is named but its runner never started: it must be listed as unavailable
            stack.start("profile", "profile", Map.of("meshperf.profile.start-delay", "PT1S",
                    "meshperf.profile.generators", "native,wrk2,nighthawk", "meshperf.profile.runners.native",
                    stack.url("runner-native"), "meshperf.profile.runners.wrk2", stack.url("runner-wrk2"),
                    "meshperf.profile.runners.nighthawk", "http://127.0.0.1:1"));
            stack.start("metrics-collector", "metrics", Map.of("meshperf.metrics.margin", "PT1S",
                    "meshperf.metrics.encryption-key", "gateway-it-encryption-key-0123456789abcdef",
                    "meshperf.metrics.profile-url", stack.url("profile")));
            Map<String, String> scheduler = Map.of("quarkus.rest-client.profile.url", stack.url("profile"),
                    "meshperf.scheduler.tick", "0.5s");
            stack.start("scheduler", "scheduler", "scheduler", scheduler);
            stack.start("scheduler-2", "scheduler", "scheduler", scheduler);
        } catch (Exception e) {
            stack.close();
            throw new IllegalStateException("could not start the services behind the gateway", e);
        }
        return Map.of("quarkus.rest-client.profile.url", stack.url("profile"),
                "quarkus.rest-client.analysis.url", stack.url("analysis"), "quarkus.rest-client.scheduler.url",
                stack.url("scheduler"), "meshperf.test.scheduler-2-url", stack.url("scheduler-2"),
                "quarkus.rest-client.metrics.url", stack.url("metrics-collector"));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
