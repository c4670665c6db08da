package dev.meshperf.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.SerializationFeature;

import dev.meshperf.cli.options.LoadOptions;
import dev.meshperf.cli.options.OptionNames;
import dev.meshperf.cli.options.SpecOptions;
import dev.meshperf.cli.options.TextReport;
import dev.meshperf.contracts.api.RunReport;
import dev.meshperf.contracts.events.LatencyStats;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.SloVerdict;
import dev.meshperf.contracts.events.Summary;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.TestStatus;
import dev.meshperf.contracts.histogram.LatencyStatsCalculator;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.run.NativeLoadRunner;
import dev.meshperf.results.HistogramBuckets;
import dev.meshperf.results.LoadGeneratorCheck;
import dev.meshperf.results.SampleMerger;
import dev.meshperf.results.SloEvaluator;
import dev.meshperf.results.SummaryBuilder;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./meshperf load}: the native engine in this process, without Kafka, like {@code wrk} or {@code fortio load}.
 * Exit code 0 when the run completed and every SLO passed, 1 when not, 2 for bad input.
 */
@Command(name = "meshperf load", sortOptions = false, mixinStandardHelpOptions = true, version = "meshperf 0.1.0", description = "Run a load test from this machine with the native engine and print the result.")
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load = new LoadOptions();

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines")
    boolean quiet;

    private final PrintStream out;
    private final PrintStream err;

    LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Netty would look for an SLF4J binding and warn that there is none; the JDK logger is quiet by default
        io.netty.util.internal.logging.InternalLoggerFactory
                .setDefaultFactory(io.netty.util.internal.logging.JdkLoggerFactory.INSTANCE);
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new LoadCommand(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("meshperf load: " + e.getMessage());
            err.println("try: ./meshperf load --help");
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        TestRequested request;
        try {
            LoadSpec spec = SpecOptions.spec(load);
            request = new TestRequested("local-" + UUID.randomUUID(), Instant.now(), Instant.now(), ShardRef.single(),
                    NativeLoadRunner.GENERATOR, null, spec, SpecOptions.slos(load.slos), Map.of(), null);
            List<Violation> violations = EventValidator.validate(request);
            if (!violations.isEmpty()) {
                violations.forEach(v -> err.println("meshperf load: " + OptionNames.of(v.field()) + ": " + v.reason()));
                return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("meshperf load: " + e.getMessage());
            return 2;
        }
        int loops = load.threads != null ? load.threads : Runtime.getRuntime().availableProcessors();
        try (LoadEngine engine = new LoadEngine(loops)) {
            return execute(engine, request);
        }
    }

    private int execute(LoadEngine engine, TestRequested request) {
        SampleMerger merger = new SampleMerger();
        Progress progress = new Progress(err, quiet || json, RunnerLimits.totalDuration(request.spec()));
        NativeLoadRunner runner = new NativeLoadRunner(engine, RunnerLimits.unlimited());
        try {
            runner.start(new ShardRun(request), sample -> {
                synchronized (merger) {
                    merger.accept(sample);
                }
                progress.show(sample);
            }).completion().join();
        } catch (RunFailure failure) {
            err.println("meshperf load: " + failure.getMessage());
            return failure.code().name().equals("TARGET_UNREACHABLE") ? 1 : 2;
        }
        LoadSpec spec = request.spec();
        Double requested = LoadSpecs.requestedRps(spec.load());
        Summary summary = SummaryBuilder.build(merger, RunnerLimits.measuredDuration(spec), requested);
        SloVerdict verdict = SloEvaluator.evaluate(request.slos(), summary);
        String reason = merger.failures().values().stream().map(f -> f.reason()).findFirst().orElse(null);
        TestStatus status = reason == null ? TestStatus.COMPLETED : TestStatus.FAILED;
        LatencyStats lag = LatencyStatsCalculator.of(merger.schedulingLag());
        RunReport report = RunReport.of(request.testId(), status, reason, NativeLoadRunner.GENERATOR, 1, summary,
                lag, merger.totals().reconnects(), verdict, LoadGeneratorCheck.forRun(status, summary, lag));
        if (json) {
            try {
                out.println(EventJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            TextReport.print(report, HistogramBuckets.logarithmic(merger.latency(), 10), out);
        }
        return status == TestStatus.COMPLETED && verdict.passed() ? 0 : 1;
    }

    /** One progress line per second on stderr. */
    private static final class Progress {

        private final PrintStream err;
        private final boolean silent;
        private final long totalSeconds;
        private long seconds;

        Progress(PrintStream err, boolean silent, java.time.Duration total) {
            this.err = err;
            this.silent = silent;
            this.totalSeconds = Math.max(1, total.toSeconds());
        }

        void show(TestSample sample) {
            if (silent || sample.finalSample() || sample.counters() == null) {
                return;
            }
            seconds++;
            double p99 = sample.histograms() == null
                    ? 0
                    : dev.meshperf.contracts.histogram.HistogramCodec.decode(sample.histograms().latency())
                            .getValueAtPercentile(99) / 1000.0;
            err.printf("[%3d/%ds] %8d req/s   p99 %8.3f ms   errors %d   dropped %d%n", seconds, totalSeconds,
                    sample.counters().requests(), p99, sample.counters().errors(), sample.counters().dropped());
        }
    }
}
