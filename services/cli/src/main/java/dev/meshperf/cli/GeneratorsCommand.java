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
        Gateway.Answer answer = new Gateway(gateway).get("/api/generators");
        if (json) {
            out.println(answer.body());
            return ExitCodes.OK;
        }
        out.printf("%-10s %-11s %-28s %-26s %s%n", "GENERATOR", "AVAILABLE", "VERSION", "PROTOCOLS", "LOAD MODELS");
        List<String> reasons = new ArrayList<>();
        for (JsonNode g : answer.json()) {
            String name = g.path("name").asText() + (g.path("defaultGenerator").asBoolean() ? "*" : "");
            boolean available = g.path("available").asBoolean();
            out.printf("%-10s %-11s %-28s %-26s %s%n", name, available ? "yes" : "NO",
                    ProfileCommand.cut(g.path("version").asText("-"), 28), join(g.path("protocols")),
                    join(g.path("loadModels")));
            if (!available) {
                reasons.add(g.path("name").asText() + ": " + g.path("unavailableReason").asText());
            }
        }
        out.println("* the default generator of a profile that names none");
        reasons.forEach(r -> out.println("unavailable, " + r));
        return ExitCodes.OK;
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? "-" : String.join(",", values.stream().sorted().toList());
    }
}
