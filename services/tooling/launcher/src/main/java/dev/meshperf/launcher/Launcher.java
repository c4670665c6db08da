package dev.meshperf.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.DefaultPorts;
import dev.meshperf.embedded.ServerStartException;
import dev.meshperf.launcher.ServiceCatalog.Service;

/**
 * {@code ./meshperf}'s commands, after the script has found Java and built what was missing. A failure prints one
 * line, {@code meshperf: WHY}, and exits with 1; an unknown command exits with 2.
 */
public final class Launcher {

    /** The usage text, which the script prints too (before Java is found): {@code usage.txt} beside this class. */
    static String usage() {
        try (var in = Launcher.class.getResourceAsStream("usage.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{gatewayPort}",
                    String.valueOf(DefaultPorts.of("gateway")));
        } catch (java.io.IOException | NullPointerException e) {
            return "usage: ./meshperf COMMAND (the usage text is missing from the launcher's build)\n";
        }
    }

    private static final List<String> CLI_COMMANDS = List.of("run", "capacity", "profile", "result", "schedule",
            "generators");

    private Launcher() {
    }

    public static void main(String[] args) {
        int status;
        try {
            Path root = Path.of(System.getProperty("meshperf.root", ".")).toAbsolutePath().normalize();
            status = run(LauncherSettings.from(root, System.getenv()), Arrays.asList(args));
        } catch (LauncherException | ServerStartException | IllegalArgumentException e) {
            System.out.flush();
            System.err.println("meshperf: " + e.getMessage());
            status = 1;
        } catch (RuntimeException | LinkageError e) {
            // an unreadable file or a broken build: still one line, never a stack trace
            System.out.flush();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("meshperf: " + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName()
                    : cause.getMessage()));
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    static int run(LauncherSettings settings, List<String> args) {
        String verb = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (CLI_COMMANDS.contains(verb)) {
            return cli(settings, args);
        }
        return switch (verb) {
            case "demo" -> demo(settings, rest);
            case "up" -> {
                new EmbeddedStack(settings).up();
                yield 0;
            }
            case "status" -> new EmbeddedStack(settings).status() ? 0 : 1;
            case "down" -> {
                new EmbeddedStack(settings).down();
                yield 0;
            }
            case "logs" -> logs(settings, rest);
            case "load" -> ForegroundCommand.run(ForegroundCommand.cli(settings.root(), List.of("-XX:+UseParallelGC",
                    "-Xms256m", "-Xmx512m"), "dev.meshperf.cli.LoadCommand", rest), Map.of());
            case "images" -> ImageBuild.run(settings.root(), rest);
            case "help", "-h", "--help" -> {
                System.out.print(usage());
                yield 0;
            }
            default -> {
                System.err.println("meshperf: unknown command '" + verb + "'");
                System.err.print(usage());
                yield 2;
            }
        };
    }

    private static int demo(LauncherSettings settings, List<String> extra) {
        Console.say("demo: starting the embedded default (Kafka, PostgreSQL and every service, the echo target "
                + "among them)");
        EmbeddedStack stack = new EmbeddedStack(settings.withServices("all"));
        stack.up();
        int echoPort = stack.services().stream().filter(s -> s.name().equals("echo-target")).mapToInt(
                Service::port).findFirst().orElseThrow();
        String target = "http://127.0.0.1:" + echoPort + "/echo?delay=2ms&size=512";
        Console.say("demo: 200 requests/s for 10 s against " + target + ", after a 5 s warm-up left out of the "
                + "result");
        Console.say("      (./meshperf run --help for every option; ./meshperf down stops everything)");
        // the warm-up lets the JVMs of a stack that has just started compile their hot paths before the measured part
        List<String> run = new ArrayList<>(List.of("run", target, "--rate", "200", "--duration", "10s", "--warmup",
                "5s", "--connections", "8", "--name", "demo", "--slo", "latency.p99<=250", "--slo", "errorRate<=1"));
        run.addAll(extra);
        return cli(settings, run);
    }

    /** run, capacity, profile, result, schedule and generators: the CLI, talking to the gateway. */
    private static int cli(LauncherSettings settings, List<String> args) {
        System.out.flush();
        return ForegroundCommand.run(ForegroundCommand.cli(settings.root(), List.of("-XX:+UseSerialGC", "-Xmx128m",
                "-XX:TieredStopAtLevel=1"), "dev.meshperf.cli.MeshperfCli", args), Map.of("MESHPERF_GATEWAY",
                        settings.gateway(), "MESHPERF_TOKEN_FILE", settings.tokenFile().toString()));
    }

    private static int logs(LauncherSettings settings, List<String> args) {
        if (args.isEmpty()) {
            List<String> names = new ArrayList<>(List.of("kafka", "postgres"));
            ServiceCatalog.find(settings.root(), settings.services()).forEach(s -> names.add(s.name()));
            throw new LauncherException("logs needs a name: " + String.join(", ", names));
        }
        Path log = settings.log(args.get(0));
        if (!Files.isRegularFile(log)) {
            throw new LauncherException("no log for '" + args.get(0) + "' in " + settings.logDir());
        }
        return ForegroundCommand.run(List.of("tail", "-n", "100", "-F", log.toString()), Map.of());
    }

    /** The java of this JVM, for the processes the launcher starts. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
