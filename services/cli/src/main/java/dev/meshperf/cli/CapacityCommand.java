package dev.meshperf.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.meshperf.cli.capacity.CapacitySearch;
import dev.meshperf.cli.capacity.StepJudge;
import dev.meshperf.cli.options.LoadOptions;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.endpoints.ResultEndpoints;
import dev.meshperf.contracts.api.endpoints.RunEndpoints;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.LoadSpecs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./meshperf capacity URL ...}: the highest constant rate the target sustains, found with a series of tests
 * through the gateway (each stored like any run). A step passes when it completes, sends its rate with nothing
 * dropped, and meets every {@code --slo}.
 */
@Command(name = "capacity", sortOptions = false, mixinStandardHelpOptions = true, description = "Find the highest "
        + "constant rate that passes: tests at doubling rates from --start until one fails, then bisects. Exit code 0"
        + " when some rate passed. Each step warms up for 2s unless --warmup is given.")
public final class CapacityCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load = new LoadOptions();

    @Option(names = "--start", defaultValue = "100", description = "first rate tried, requests/s (default 100)")
    long start;

    @Option(names = "--limit", defaultValue = "100000", description = "highest rate tried (default 100000)")
    long limit;

    @Option(names = "--precision", defaultValue = "5%", description = "stop when the gap between the highest "
            + "passing and the lowest failing rate is at most this share (default 5%)")
    String precision;

    @Option(names = "--tolerance", defaultValue = "1%", description = "how far below its rate a step may fall and "
            + "still pass (default 1%)")
    String tolerance;

    @Option(names = "--max-steps", defaultValue = "20", description = "at most this many tests (default 20)")
    int maxSteps;

    @Mixin
    GeneratorChoice choice = new GeneratorChoice();

    @Option(names = "--name", defaultValue = "capacity", description = "name prefix of the step runs (default "
            + "capacity)")
    String name;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no line per step while searching")
    boolean quiet;

    @Mixin
    GatewayOptions gatewayOptions = new GatewayOptions();

    /** Each step warms up first unless --warmup says otherwise: a cold target or runner fails the first step. */
    private static final String DEFAULT_WARMUP = "2s";

    private final PrintStream out;
    private final PrintStream err;
    private int steps;

    CapacityCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (load.rate != null || load.ramp != null || load.steps != null) {
            throw new CliException("--rate, --ramp and --steps: capacity chooses the rate itself; give --start and"
                    + " --limit instead", ExitCodes.BAD_INPUT);
        }
        CapacitySearch.Bounds bounds;
        double allowed;
        try {
            bounds = new CapacitySearch.Bounds(start, limit, share("--precision", precision), maxSteps);
            allowed = share("--tolerance", tolerance);
            if (!(allowed >= 0 && allowed < 1)) {
                throw new IllegalArgumentException("--tolerance: must be at least 0 % and below 100 %");
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), ExitCodes.BAD_INPUT);
        }
        if (load.warmup == null) {
            load.warmup = DEFAULT_WARMUP;
        }
        AdHocRun first = at(start);
        GatewayClient gateway = new GatewayClient(gatewayOptions);
        if (!json && !quiet) {
            err.printf("capacity of %s with %s: %ds per step after a %ds warm-up, up to %d steps; a step passes when"
                    + " it completes, sends its rate (within %s) with nothing dropped%s%n", load.urls.get(0),
                    choice.generator, first.spec().duration().toSeconds(),
                    first.spec().warmup() == null ? 0 : first.spec().warmup().toSeconds(), maxSteps,
                    tolerance, first.slos().isEmpty()
                            ? " (no --slo given: latency is not judged)"
                            : " and meets " + first.slos().stream().map(StepJudge::text)
                                    .reduce((a, b) -> a + ", " + b).orElseThrow());
        }
        CapacitySearch.Outcome outcome = CapacitySearch.search(bounds, rate -> step(gateway, rate, allowed));
        if (json) {
            out.println(EventJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(jsonOf(outcome)));
        } else {
            CapacityReport.print(outcome, out);
        }
        return outcome.highestPassing() == null ? ExitCodes.TEST_FAILED : ExitCodes.OK;
    }

    private AdHocRun at(long rate) {
        load.rate = Long.toString(rate);
        try {
            return AdHocRun.of(load);
        } finally {
            load.rate = null;
        }
    }

    private StepJudge.Verdict step(GatewayClient gateway, long rate, double allowed) {
        AdHocRun run = at(rate);
        String testId = GatewayProxy.of(gateway, RunEndpoints.class).runAdHoc(run.document(name + " " + rate
                + " req/s", choice.generator, choice.shards)).readEntity(RunAccepted.class).testId();
        if (!json && !quiet) {
            err.printf("step %d: %,d req/s (test %s) ...%n", ++steps, rate, testId);
        }
        Duration total = LoadSpecs.totalDuration(run.spec());
        new Watch(gateway, err, true, total, run.spec().warmup()).follow(testId);
        ResultView r = ResultView
                .of(GatewayProxy.of(gateway.patiently(Watch.PATIENCE), ResultEndpoints.class).getResult(
                        testId));
        StepJudge.Verdict verdict = StepJudge.judge(testId, r.status(), r.reason(), r.summary(), r.slo(), rate,
                run.spec().duration(), allowed);
        if (!json && !quiet) {
            err.printf(Locale.ROOT, "step %d: %,d req/s %s: achieved %.1f req/s, p99 %s ms%n", steps, rate,
                    verdict.passed() ? "passed" : "failed (" + verdict.reason() + ")", verdict.actualRps(),
                    verdict.p99Text());
        }
        return verdict;
    }

    private Map<String, Object> jsonOf(CapacitySearch.Outcome outcome) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("target", load.urls.get(0));
        doc.put("generator", choice.generator);
        doc.put("highestPassingRps", outcome.highestPassing());
        doc.put("lowestFailingRps", outcome.lowestFailing());
        doc.put("stepsExhausted", outcome.stepsExhausted());
        doc.put("steps", outcome.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("rate", s.rate());
            step.put("passed", s.verdict().passed());
            step.put("reason", s.verdict().reason());
            step.put("testId", s.verdict().testId());
            step.put("actualRps", s.verdict().actualRps());
            step.put("p99Ms", s.verdict().p99Ms());
            return step;
        }).toList());
        return doc;
    }

    /** "5%" or "0.05" as 0.05. */
    static double share(String option, String value) {
        String v = value.trim();
        try {
            return v.endsWith("%")
                    ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100
                    : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a share (give 5% or 0.05)");
        }
    }
}
