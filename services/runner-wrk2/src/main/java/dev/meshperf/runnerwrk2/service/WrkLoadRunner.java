package dev.meshperf.runnerwrk2.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Arrival;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.BlockingLoadRunner;
import dev.meshperf.runner.spi.Cancellation;
import dev.meshperf.runner.spi.GeneratorProcess;
import dev.meshperf.runner.spi.Progress;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerwrk2.domain.WrkBinary;
import dev.meshperf.runnerwrk2.domain.WrkReport;

/**
 * The {@code wrk2} generator: wrk2 for a constant rate ({@code -R}, latency corrected for coordinated omission), wrk
 * for the max model. Each shard runs the binary once per phase (warm-up, then the measured duration), so that the
 * warm-up stays out of the result.
 */
public class WrkLoadRunner extends BlockingLoadRunner {

    public static final String GENERATOR = "wrk2";

    private final String wrk2Name;
    private final String wrkName;
    private final Duration grace;
    private final Optional<Integer> threads;

    public WrkLoadRunner(String wrk2Name, String wrkName, Duration grace, Optional<Integer> threads,
            RunnerLimits limits) {
        super(limits);
        this.wrk2Name = wrk2Name;
        this.wrkName = wrkName;
        this.grace = grace;
        this.threads = threads;
    }

    @Override
    public String generator() {
        return GENERATOR;
    }

    @Override
    protected GeneratorInfo probe() {
        Optional<WrkBinary> wrk2 = WrkBinaries.probe(wrk2Name).filter(WrkBinary::constantRate);
        Optional<WrkBinary> wrk = WrkBinaries.probe(wrkName);
        Set<LoadModelType> models = EnumSet.noneOf(LoadModelType.class);
        List<String> versions = new ArrayList<>();
        wrk2.ifPresent(b -> {
            models.add(LoadModelType.CONSTANT);
            versions.add("wrk2 " + b.version());
        });
        wrk.ifPresent(b -> {
            models.add(b.constantRate() ? LoadModelType.CONSTANT : LoadModelType.MAX);
            versions.add(b.flavour() + " " + b.version());
        });
        if (versions.isEmpty()) {
            return new GeneratorInfo(GENERATOR, null, false, "neither wrk2 nor wrk is installed on this runner "
                    + "(meshperf.wrk.wrk2-binary '" + wrk2Name + "', meshperf.wrk.wrk-binary '" + wrkName + "')",
                    Set.of(), Set.of());
        }
        return new GeneratorInfo(GENERATOR, String.join(" + ", versions), true, null, EnumSet.of(Protocol.HTTP1),
                models);
    }

    @Override
    public List<Violation> unsupported(LoadSpec spec) {
        List<Violation> found = new ArrayList<>(super.unsupported(spec));
        if (spec.load() != null && spec.load().type() == LoadModelType.CONSTANT
                && !describe().loadModels().contains(LoadModelType.CONSTANT) && describe().available()) {
            found.removeIf(v -> v.field().equals("spec.load.type"));
            found.add(new Violation("spec.load.type", "a constant rate needs wrk2, and only wrk (max rate) is "
                    + "installed on this runner"));
        }
        if (spec.load() != null && spec.load().arrival() == Arrival.POISSON) {
            found.add(new Violation("spec.load.arrival", "wrk2 paces requests uniformly; poisson is not available"));
        }
        if (spec.load() != null && spec.load().pipelining() != null && spec.load().pipelining() > 1) {
            found.add(new Violation("spec.load.pipelining", "not passed to wrk by meshperf; use the native runner"));
        }
        if (spec.tls() != null && spec.tls().caCertificatePem() != null) {
            found.add(new Violation("spec.tls.caCertificatePem", "wrk does not verify certificates at all"));
        }
        if (spec.tls() != null && spec.tls().sni() != null) {
            found.add(new Violation("spec.tls.sni", "wrk always sends the URL's host as SNI"));
        }
        if (spec.endpoints() != null && spec.endpoints().size() > 1) {
            URI first = URI.create(spec.endpoints().get(0).url());
            for (int i = 1; i < spec.endpoints().size(); i++) {
                URI other = URI.create(spec.endpoints().get(i).url());
                if (!origin(first).equals(origin(other))) {
                    found.add(new Violation("spec.endpoints[" + i + "]", "wrk connects to one host: every endpoint "
                            + "must share " + origin(first) + " (only paths may differ)"));
                }
            }
        }
        return found;
    }

    @Override
    protected Measurement measure(ShardRun run, Cancellation cancellation) {
        return measure(run, cancellation, Progress.IGNORED);
    }

    /** Measures, telling {@code progress} each second what wrk's threads counted (see {@link WrkProgress}). */
    @Override
    protected Measurement measure(ShardRun run, Cancellation cancellation, Progress progress) {
        LoadSpec spec = run.spec();
        boolean constant = spec.load().type() == LoadModelType.CONSTANT;
        WrkBinary binary = (constant
                ? WrkBinaries.probe(wrk2Name).filter(WrkBinary::constantRate)
                        .or(() -> WrkBinaries.probe(wrkName).filter(WrkBinary::constantRate))
                : WrkBinaries.probe(wrkName).filter(b -> !b.constantRate()))
                .orElseThrow(() -> new RunFailure(FailureCode.GENERATOR_UNAVAILABLE,
                        (constant ? "wrk2" : "wrk") + " is no longer installed on this runner"));
        Path dir = createWorkDir();
        try {
            Path script = dir.resolve("shard.lua");
            Files.writeString(script, LuaScript.generate(spec), StandardCharsets.UTF_8);
            if (!run.warmup().isZero()) {
                runPhase(binary, run, script, dir, run.warmup(), cancellation, line -> line.startsWith(
                        LuaScript.PROGRESS));
            }
            Instant start = Instant.now();
            GeneratorProcess.Result result;
            try (WrkProgress told = new WrkProgress(progress)) {
                result = runPhase(binary, run, script, dir, spec.duration(), cancellation, told);
            }
            WrkReport report = WrkResults.parse(result.stdout());
            return new Measurement(WrkResults.toInterval(report, start, binary.constantRate()), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private GeneratorProcess.Result runPhase(WrkBinary binary, ShardRun run, Path script, Path dir, Duration duration,
            Cancellation cancellation, Predicate<String> progressLines) {
        List<String> command = WrkArguments.command(binary, run, script, duration, threads);
        GeneratorProcess child = new GeneratorProcess(command, progressLines);
        cancellation.onCancel(child::cancel);
        GeneratorProcess.Result result = child.run(dir, WrkArguments.seconds(duration).plus(grace));
        if (result.exitCode() != 0) {
            String said = result.lastWords();
            FailureCode code = said.contains("unable to connect") ? FailureCode.TARGET_UNREACHABLE : FailureCode.OTHER;
            throw new RunFailure(code, binary.flavour() + " exited with code " + result.exitCode()
                    + (said.isEmpty() ? "" : ": " + said));
        }
        return result;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("meshperf-wrk");
        } catch (IOException e) {
            throw new RunFailure(FailureCode.OTHER, "could not create a working directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** The first endpoint's URL: wrk connects to its host and port. */
    static Endpoint target(LoadSpec spec) {
        return spec.endpoints().get(0);
    }
}
