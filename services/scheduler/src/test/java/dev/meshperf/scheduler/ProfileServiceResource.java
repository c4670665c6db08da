package dev.meshperf.scheduler;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.meshperf.testing.ServiceStack;

/** The real profile service, as its packaged jar on the real broker and PostgreSQL, for the scheduler to run. */
public class ProfileServiceResource implements QuarkusTestResourceLifecycleManager {

    private ServiceStack stack;

    @Override
    public Map<String, String> start() {
        stack = new ServiceStack();
        try {
            stack.start("profile", "profile", Map.of());
        } catch (Exception e) {
            stack.close();
            throw new IllegalStateException("could not start the profile service", e);
        }
        return Map.of("quarkus.rest-client.profile.url", stack.url("profile"), "meshperf.test.profile-url",
                stack.url("profile"));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
