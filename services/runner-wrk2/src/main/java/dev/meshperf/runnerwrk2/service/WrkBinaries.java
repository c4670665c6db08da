package dev.meshperf.runnerwrk2.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.meshperf.runner.spi.Executables;
import dev.meshperf.runner.spi.GeneratorProcess;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerwrk2.domain.WrkBinary;

/**
 * Finds wrk2 and wrk. Which one a binary is comes from its own usage text (wrk2 lists {@code -R, --rate}), not from
 * its file name, since wrk2 builds as {@code wrk} too.
 */
public final class WrkBinaries {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private WrkBinaries() {
    }

    /** The binary configured as {@code name}, when it exists and answers {@code -v}. */
    public static Optional<WrkBinary> probe(String name) {
        Optional<Path> path = Executables.find(name);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            GeneratorProcess.Result result = new GeneratorProcess(List.of(path.get().toString(), "-v"))
                    .run(Path.of(System.getProperty("java.io.tmpdir")), PROBE_TIMEOUT);
            String text = result.stdout() + result.stderr();
            String[] words = text.strip().split("\\s+");
            if (words.length < 2 || !words[0].startsWith("wrk")) {
                return Optional.empty();
            }
            return Optional.of(new WrkBinary(path.get().toString(), words[1], text.contains("--rate")));
        } catch (RunFailure e) {
            return Optional.empty();
        }
    }
}
