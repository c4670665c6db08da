package dev.meshperf.gateway;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.meshperf.testing.ServiceStack;

/**
 * The services behind the gateway, as their packaged jars on the real broker and PostgreSQL: profile, analysis and
 * the native runner. The gateway under test (this process) is pointed at them.
 */
public class StackResource implements QuarkusTestResourceLifecycleManager {

    private ServiceStack stack;

    @Override
    public Map<String, String> start() {
        stack = new ServiceStack(Path.of(".."));
        try {
            stack.start("runner-native", null, Map.of());
            stack.start("analysis", "analysis", Map.of("meshperf.analysis.grace", "PT5S"));
            stack.start("profile", "profile", Map.of("meshperf.profile.start-delay", "PT1S"));
        } catch (Exception e) {
            stack.close();
            throw new IllegalStateException("could not start the services behind the gateway", e);
        }
        return Map.of("quarkus.rest-client.profile.url", stack.url("profile"),
                "quarkus.rest-client.analysis.url", stack.url("analysis"));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
