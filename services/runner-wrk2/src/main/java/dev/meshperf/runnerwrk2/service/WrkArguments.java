package dev.meshperf.runnerwrk2.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerwrk2.domain.WrkBinary;

/**
 * The command line of one phase. Threads: the spec's, else the configured default, else one per core, never more than
 * the shard's connections (wrk refuses that). Connections: the shard's share. Duration and timeout: whole seconds,
 * rounded up (wrk's smallest time unit). Rate ({@code -R}, wrk2 only): the shard's share of the total, at least 1.
 */
public final class WrkArguments {

    private WrkArguments() {
    }

    public static List<String> command(WrkBinary binary, ShardRun run, Path script, Duration duration,
            Optional<Integer> defaultThreads) {
        int connections = run.connections();
        int threads = run.spec().threads() != null
                ? run.spec().threads()
                : defaultThreads.orElse(Runtime.getRuntime().availableProcessors());
        threads = Math.max(1, Math.min(threads, connections));
        List<String> command = new ArrayList<>(List.of(binary.path(), "-t", Integer.toString(threads), "-c",
                Integer.toString(connections), "-d", seconds(duration).toSeconds() + "s", "-s", script.toString()));
        if (run.spec().requestTimeout() != null) {
            command.add("--timeout");
            command.add(seconds(run.spec().requestTimeout()).toSeconds() + "s");
        }
        if (run.spec().load().type() == LoadModelType.CONSTANT) {
            command.add("-R");
            command.add(Long.toString(Math.max(1, Math.round(run.shareOf(run.spec().load().rate())))));
        }
        command.add(WrkLoadRunner.target(run.spec()).url());
        return command;
    }

    /** Rounded up to whole seconds, at least one. */
    public static Duration seconds(Duration d) {
        long s = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, s));
    }
}
