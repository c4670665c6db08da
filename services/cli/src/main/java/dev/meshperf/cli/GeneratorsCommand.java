package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.meshperf.contracts.api.GeneratorStatus;
import dev.meshperf.contracts.api.endpoints.GeneratorEndpoints;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./meshperf generators}: every load generator, whether it can run now, and what it can do. */
@Command(name = "generators", mixinStandardHelpOptions = true, description = "List the load generators: "
        + "availability, version, protocols and load models.")
public final class GeneratorsCommand implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Option(names = "--json", description = "print the API's answer as it is")
    boolean json;

    GeneratorsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        List<GeneratorStatus> generators = GatewayProxy.of(new GatewayClient(gateway), GeneratorEndpoints.class)
                .listGenerators();
        if (json) {
            out.println(GatewayClient.json(generators));
        } else {
            print(generators, out);
        }
        return ExitCodes.OK;
    }

    /**
     * The table of {@code GET /api/generators}, then for each unavailable generator the reason and how to enable it
     * on this machine, and for wrk2 running on Debian's wrk alone how to add constant-rate runs.
     */
    static void print(List<GeneratorStatus> generators, PrintStream out) {
        out.printf("%-10s %-11s %-28s %-26s %s%n", "GENERATOR", "AVAILABLE", "VERSION", "PROTOCOLS", "LOAD MODELS");
        List<String> notes = new ArrayList<>();
        for (GeneratorStatus g : generators) {
            String name = g.name() == null ? "" : g.name();
            boolean available = g.available();
            String protocols = join(g.protocols() == null
                    ? null
                    : g.protocols().stream().filter(Objects::nonNull).map(Protocol::wireName));
            String models = join(g.loadModels() == null
                    ? null
                    : g.loadModels().stream().filter(Objects::nonNull).map(LoadModelType::wireName));
            out.printf("%-10s %-11s %-28s %-26s %s%n", name + (g.defaultGenerator() ? "*" : ""),
                    available ? "yes" : "NO", ProfileCommand.cut(g.version() == null ? "-" : g.version(), 28),
                    protocols, models);
            if (!available) {
                String reason = g.unavailableReason() == null ? "" : g.unavailableReason();
                notes.add("unavailable, " + name + ": " + reason);
                GeneratorHints.enable(name, reason)
                        .ifPresent(hint -> notes.add("  on this machine (./meshperf up): " + hint));
            } else if (name.equals("wrk2") && !models.contains("constant")) {
                notes.add("wrk2 runs max rate only (Debian's wrk); for constant-rate runs, " + GeneratorHints.WRK2);
            }
        }
        out.println("* the default generator of a profile that names none");
        notes.forEach(out::println);
    }

    private static String join(Stream<String> names) {
        List<String> values = names == null ? List.of() : names.sorted().toList();
        return values.isEmpty() ? "-" : String.join(",", values);
    }
}
