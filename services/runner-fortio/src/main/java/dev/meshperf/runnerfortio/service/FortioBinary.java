package dev.meshperf.runnerfortio.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.runner.spi.Cancellation;
import dev.meshperf.runner.spi.Executables;
import dev.meshperf.runner.spi.GeneratorProcess;
import dev.meshperf.runner.spi.RunFailure;

/** The fortio binary: {@code fortio load -json - ...}, killed with its children when it outlives its deadline. */
public final class FortioBinary implements FortioTransport {

    private final String name;

    public FortioBinary(String name) {
        this.name = name;
    }

    @Override
    public Optional<String> version() {
        Optional<Path> path = resolve();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            GeneratorProcess.Result result = new GeneratorProcess(List.of(path.get().toString(), "version"))
                    .run(tmp(), Duration.ofSeconds(5));
            String[] words = (result.stdout() + " " + result.stderr()).strip().split("\\s+");
            return result.exitCode() == 0 && words.length > 0 && !words[0].isEmpty()
                    ? Optional.of(words[0])
                    : Optional.empty();
        } catch (RunFailure e) {
            return Optional.empty();
        }
    }

    @Override
    public String unavailableReason() {
        return "no fortio binary ('" + name + "') is installed on this runner and no fortio server is configured "
                + "(meshperf.fortio.server-url)";
    }

    @Override
    public String run(FortioOptions options, Duration deadline, Cancellation cancellation) {
        Path path = resolve().orElseThrow(() -> new RunFailure(FailureCode.GENERATOR_UNAVAILABLE,
                unavailableReason()));
        GeneratorProcess child = new GeneratorProcess(options.command(path.toString()));
        cancellation.onCancel(child::cancel);
        GeneratorProcess.Result result = child.run(tmp(), deadline);
        if (result.exitCode() != 0) {
            String said = result.lastWords();
            throw new RunFailure(FailureCode.OTHER, "fortio exited with code " + result.exitCode()
                    + (said.isEmpty() ? "" : ": " + said));
        }
        if (result.truncated()) {
            throw new RunFailure(FailureCode.OTHER, "fortio printed more than " + GeneratorProcess.OUTPUT_CAP
                    + " bytes; its result was cut off");
        }
        return result.stdout();
    }

    private Optional<Path> resolve() {
        return Executables.find(name);
    }

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
