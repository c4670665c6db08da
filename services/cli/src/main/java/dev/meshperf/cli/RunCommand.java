package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.meshperf.cli.options.LoadOptions;
import dev.meshperf.cli.options.OptionNames;
import dev.meshperf.cli.options.SpecOptions;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.LoadSpecs;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.contracts.validation.LoadSpecValidator;
import dev.meshperf.contracts.validation.SloCheckValidator;
import dev.meshperf.contracts.validation.Violation;

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

    @Option(names = {"-g", "--generator"}, defaultValue = "native", description = "load generator (default native)")
    String generator;

    @Option(names = "--shards", defaultValue = "1", description = "runner instances the load is split over")
    int shards;

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
    public Integer call() throws JsonProcessingException {
        LoadSpec spec;
        List<SloCheck> slos;
        try {
            spec = SpecOptions.spec(load);
            slos = SpecOptions.slos(load.slos);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), ExitCodes.BAD_INPUT);
        }
        List<Violation> violations = new ArrayList<>(LoadSpecValidator.validate(spec, "spec"));
        violations.addAll(SloCheckValidator.validate(slos, "slos"));
        if (!violations.isEmpty()) {
            throw new CliException(violations.stream().map(v -> OptionNames.of(v.field()) + ": " + v.reason())
                    .reduce((a, b) -> a + "\n" + b).orElseThrow(), ExitCodes.BAD_INPUT);
        }
        ProfileDocument document = document(spec, slos);
        Gateway gateway = new Gateway(gatewayOptions);
        Gateway.Answer accepted = gateway.post("/api/runs", "application/json",
                Gateway.JSON.writeValueAsString(document));
        return new RunFollower(gateway, out, err).follow(accepted, LoadSpecs.totalDuration(spec), spec.warmup(),
                json, quiet);
    }

    ProfileDocument document(LoadSpec s, List<SloCheck> slos) {
        var tls = s.tls();
        return new ProfileDocument(null, null, name, null, Map.of(), List.of(generator), shards, s.protocol(),
                s.endpoints(), s.method(), s.headers(), s.cookies() == null || s.cookies().isEmpty()
                        ? null
                        : s.cookies(),
                s.body(), s.contentType(), s.load(), s.connections(), s.threads(), s.duration(), s.warmup(),
                s.requestTimeout(), tls == null ? null : tls.caCertificatePem(), tls == null ? null : tls.insecure(),
                tls == null ? null : tls.sni(), s.grpc(), s.tcp(), s.mesh(), s.generatorOptions(), slos, null, null,
                null, null);
    }
}
