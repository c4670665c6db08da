package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import dev.meshperf.cli.options.LoadOptions;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.endpoints.RunEndpoints;
import dev.meshperf.contracts.spec.LoadSpecs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./meshperf run URL ...}: an ad-hoc test through the gateway, followed live; the same options as
 * {@code ./meshperf load}, plus the generator and the number of shards (runner instances).
 */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true, description = "Run a load test through "
        + "the gateway, watch it live, then print its result. Exit code 0 when it completed and met its SLOs.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load = new LoadOptions();

    @Mixin
    GeneratorChoice choice = new GeneratorChoice();

    @Option(names = "--name", description = "a name for this run, kept as a label")
    String name;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Mixin
    GatewayOptions gatewayOptions = new GatewayOptions();

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        AdHocRun run = AdHocRun.of(load);
        GatewayClient gateway = new GatewayClient(gatewayOptions);
        RunAccepted accepted = GatewayProxy.of(gateway, RunEndpoints.class).runAdHoc(run.document(name,
                choice.generator, choice.shards)).readEntity(RunAccepted.class);
        return new RunFollower(gateway, out, err).follow(accepted, LoadSpecs.totalDuration(run.spec()),
                run.spec().warmup(), json, quiet);
    }
}
