package dev.meshperf.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.meshperf.cli.options.LoadOptions;
import dev.meshperf.cli.options.OptionNames;
import dev.meshperf.cli.options.SpecOptions;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.SloCheck;
import dev.meshperf.contracts.validation.LoadSpecValidator;
import dev.meshperf.contracts.validation.SloCheckValidator;
import dev.meshperf.contracts.validation.Violation;

/**
 * An ad-hoc test as the CLI's options describe it, checked here (each refusal names its option) and written as the
 * profile document {@code POST /api/runs} takes.
 */
record AdHocRun(LoadSpec spec, List<SloCheck> slos) {

    static AdHocRun of(LoadOptions load) {
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
        return new AdHocRun(spec, slos);
    }

    ProfileDocument document(String name, String generator, int shards) {
        LoadSpec s = spec;
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
