package dev.meshperf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./meshperf run|profile|result}: the command line of meshperf's public API. It talks only to the gateway.
 * Exit codes: see {@link ExitCodes}.
 */
@Command(name = "meshperf", mixinStandardHelpOptions = true, version = "meshperf 0.1.0", description = "Load tests "
        + "through the meshperf gateway.")
public final class MeshperfCli {

    private MeshperfCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new MeshperfCli());
        cli.addSubcommand(new CommandLine(new RunCommand(out, err)));
        cli.addSubcommand(new CommandLine(new CapacityCommand(out, err)));
        cli.addSubcommand(new CommandLine(new ProfileCommand(out, err)));
        cli.addSubcommand(new CommandLine(new ResultCommand(out)));
        cli.addSubcommand(new CommandLine(new ScheduleCommand(out)));
        cli.addSubcommand(new CommandLine(new GeneratorsCommand(out)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("meshperf: " + e.getMessage());
            err.println("try: ./meshperf " + e.getCommandLine().getCommandName() + " --help");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliException failure) {
                err.println("meshperf: " + failure.getMessage());
                return failure.exitCode();
            }
            // never a stack trace for a user: a short message and its exit code (MESHPERF_DEBUG=1 shows the trace)
            err.println("meshperf: unexpected error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (System.getenv("MESHPERF_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }
}
