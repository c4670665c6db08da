package dev.meshperf.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.meshperf.embedded.ChildProcess;

/**
 * A packaged meshperf service ({@code target/quarkus-app/quarkus-run.jar}) started as a second process, for tests that
 * need more than one instance or more than one service. It stops when the test JVM goes, even by {@code kill -9}.
 */
public final class ServiceProcess {

    /** Settings that are secrets: they go through the child's environment (Quarkus' env names), not its arguments. */
    private static final Pattern SECRET = Pattern.compile("password|token|secret|encryption-key|api-key",
            Pattern.CASE_INSENSITIVE);

    private ServiceProcess() {
    }

    /**
     * Starts {@code jar} with the given settings (system properties, secrets in its environment), a 256 MB heap and,
     * unless they set one, a random port.
     */
    public static ChildProcess start(String name, Path jar, Map<String, String> properties) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the service is packaged in its module's package phase");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        if (!properties.containsKey("quarkus.http.port")) {
            command.add("-Dquarkus.http.port=0");
        }
        Map<String, String> environment = new HashMap<>();
        properties.forEach((k, v) -> {
            if (SECRET.matcher(k).find()) {
                environment.put(k.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), v);
            } else {
                command.add("-D" + k + "=" + v);
            }
        });
        command.addAll(List.of("-jar", jar.toString()));
        // a JVM ignores the SIGINT of a background job: SIGTERM runs its shutdown (graceful stop, drained samples)
        return ChildProcess.startWatched(name, command, Files.createTempDirectory(name).resolve(name + ".log"),
                "TERM", environment);
    }
}
