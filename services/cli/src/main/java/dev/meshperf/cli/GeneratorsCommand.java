package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

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
        GatewayClient.Answer answer = new GatewayClient(gateway).get("/api/generators");
        if (json) {
            out.println(answer.body());
        } else {
            print(answer.json(), out);
        }
        return ExitCodes.OK;
    }

    /**
     * The table of {@code GET /api/generators}, then for each unavailable generator the reason and how to enable it
     * on this machine, and for wrk2 running on Debian's wrk alone how to add constant-rate runs.
     */
    static void print(JsonNode generators, PrintStream out) {
        out.printf("%-10s %-11s %-28s %-26s %s%n", "GENERATOR", "AVAILABLE", "VERSION", "PROTOCOLS", "LOAD MODELS");
        List<String> notes = new ArrayList<>();
        for (JsonNode g : generators) {
            String name = g.path("name").asText();
            boolean available = g.path("available").asBoolean();
            out.printf("%-10s %-11s %-28s %-26s %s%n", name + (g.path("defaultGenerator").asBoolean() ? "*" : ""),
                    available ? "yes" : "NO", ProfileCommand.cut(g.path("version").asText("-"), 28),
                    join(g.path("protocols")), join(g.path("loadModels")));
            if (!available) {
                String reason = g.path("unavailableReason").asText();
                notes.add("unavailable, " + name + ": " + reason);
                GeneratorHints.enable(name, reason)
                        .ifPresent(hint -> notes.add("  on this machine (./meshperf up): " + hint));
            } else if (name.equals("wrk2") && !join(g.path("loadModels")).contains("constant")) {
                notes.add("wrk2 runs max rate only (Debian's wrk); for constant-rate runs, " + GeneratorHints.WRK2);
            }
        }
        out.println("* the default generator of a profile that names none");
        notes.forEach(out::println);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? "-" : String.join(",", values.stream().sorted().toList());
    }
}
