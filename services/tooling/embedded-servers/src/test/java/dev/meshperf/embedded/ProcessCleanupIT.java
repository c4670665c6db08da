package dev.meshperf.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No broker or PostgreSQL process outlives the JVM that started it, even when that JVM is killed with SIGKILL. */
class ProcessCleanupIT {

    @TempDir
    Path work;

    @Test
    void serversDieWithAJvmKilledByKill9() throws Exception {
        Process holder = new ProcessBuilder(KafkaBroker.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                ServersHolder.class.getName(), work.toString())
                .redirectErrorStream(true)
                .start();
        List<Long> pids;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String pidLine = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PIDS ")) {
                    pidLine = line;
                    break;
                }
            }
            assertThat(pidLine).as("the holder started both servers").isNotNull();
            pids = Arrays.stream(pidLine.substring(5).trim().split(" ")).map(Long::parseLong).toList();
        }
        List<ProcessHandle> servers = pids.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
        assertThat(servers).as("broker, PostgreSQL and its watchdog are running").hasSizeGreaterThanOrEqualTo(3);
        assertThat(servers).allMatch(ProcessHandle::isAlive);
        List<ProcessHandle> postgresChildren = servers.stream().flatMap(ProcessHandle::descendants).toList();

        holder.destroyForcibly();
        holder.waitFor();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    assertThat(servers).noneMatch(ProcessHandle::isAlive);
                    assertThat(postgresChildren).noneMatch(ProcessHandle::isAlive);
                });
    }
}
