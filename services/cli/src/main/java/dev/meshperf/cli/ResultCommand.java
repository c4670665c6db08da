package dev.meshperf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.meshperf.contracts.api.Comparison;
import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.contracts.api.endpoints.ComparisonEndpoints;
import dev.meshperf.contracts.api.endpoints.ResultEndpoints;
import dev.meshperf.contracts.api.endpoints.ResultExportEndpoints;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./meshperf result list|get|compare|export}. */
@Command(name = "result", mixinStandardHelpOptions = true, description = "Results of tests.", subcommands = {
        ResultCommand.ListResults.class, ResultCommand.Get.class, ResultCommand.Compare.class,
        ResultCommand.Export.class, ResultReportCommand.class})
public final class ResultCommand {

    final PrintStream out;

    ResultCommand(PrintStream out) {
        this.out = out;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List results, newest first.")
    static final class ListResults implements Callable<Integer> {

        @ParentCommand
        ResultCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Option(names = "--profile", paramLabel = "ID", description = "only runs of this profile")
        String profile;

        @Option(names = "--from", description = "started at or after (ISO-8601, e.g. 2026-11-21T00:00:00Z)")
        String from;

        @Option(names = "--to", description = "started before (ISO-8601)")
        String to;

        @Option(names = "--page", description = "page, from 0")
        Integer page;

        @Option(names = "--size", description = "results per page (default 20)")
        Integer size;

        @Override
        public Integer call() {
            List<ResultListItem> list = GatewayProxy.of(new GatewayClient(gateway), ResultEndpoints.class)
                    .listResults(profile, from, to, page == null ? 0 : page, size == null ? 20 : size);
            PrintStream out = parent.out;
            out.printf("%-36s  %-10s %-20s %10s %8s %10s %10s %-4s%n", "TEST", "STATUS", "PROFILE", "REQUESTS",
                    "ERRORS", "REQ/S", "P99 MS", "SLO");
            for (ResultListItem r : list) {
                out.printf("%-36s  %-10s %-20s %10d %8d %10.1f %10.3f %-4s%n", Cells.or(r.testId(), ""),
                        Cells.or(r.status(), ""),
                        ProfileCommand.cut(Cells.or(r.profileName(), "-"), 20), Cells.orZero(r.requests()),
                        Cells.orZero(r.errors()), Cells.orZero(r.actualRps()), Cells.orZero(r.p99Ms()),
                        r.sloPassed() == null ? "-" : r.sloPassed() ? "pass" : "FAIL");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one result; exit code 1 when it did "
            + "not complete or failed its SLOs.")
    static final class Get implements Callable<Integer> {

        @ParentCommand
        ResultCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "the whole result as the API returns it")
        boolean json;

        @Override
        public Integer call() throws IOException {
            ResultDetail detail = GatewayProxy.of(new GatewayClient(gateway), ResultEndpoints.class).getResult(id);
            ResultView result = ResultView.of(detail);
            if (json) {
                parent.out.println(GatewayClient.print(detail));
            } else {
                dev.meshperf.cli.options.TextReport.print(result.report(), result.latencyHistogram() == null
                        ? List.of()
                        : result.latencyHistogram(), parent.out);
                EnvironmentSummary.print(new GatewayClient(gateway), id, parent.out);
            }
            return result.exitCode();
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare 2 or more runs: each metric, "
            + "its change from the first run, and whether the change exceeds run-to-run noise; then what changed in "
            + "the system (mesh, mTLS, retries and timeouts, images, replicas, restarts, generator, profile).")
    static final class Compare implements Callable<Integer> {

        @ParentCommand
        ResultCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(arity = "2..*", paramLabel = "ID")
        List<String> ids;

        @Option(names = "--json", description = "the comparison as the API returns it")
        boolean json;

        @Override
        public Integer call() throws IOException {
            Comparison c = GatewayProxy.of(new GatewayClient(gateway), ComparisonEndpoints.class).compareResults(
                    String.join(",", ids));
            if (json) {
                parent.out.println(GatewayClient.print(c));
                return ExitCodes.OK;
            }
            PrintStream out = parent.out;
            out.printf("%-22s", "metric");
            for (int i = 0; i < ids.size(); i++) {
                out.printf(" %24s", i == 0 ? "run 1 (baseline)" : "run " + (i + 1) + " (Δ%)");
            }
            out.println();
            for (Comparison.Metric m : c.metrics() == null ? List.<Comparison.Metric>of() : c.metrics()) {
                out.printf("%-22s", m.name() + " " + (m.unit() == null ? "" : m.unit()));
                for (int i = 0; m.values() != null && i < m.values().size(); i++) {
                    double value = Cells.orZero(m.values().get(i));
                    if (i == 0) {
                        out.printf(" %24.3f", value);
                    } else {
                        Boolean sig = at(m.significant(), i);
                        String mark = sig == null ? " ?" : sig ? " *" : "  ";
                        out.printf(" %13.3f (%+7.1f%%)%s", value, Cells.orZero(at(m.deltaPercents(), i)), mark);
                    }
                }
                out.println();
            }
            out.println("* the change exceeds run-to-run noise; ? cannot be judged");
            EnvironmentChanges.print(c, ids, out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export a result as fortio JSON, SMP "
            + "YAML, CSV (the per-second series) or an HdrHistogram log.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        ResultCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--format", defaultValue = "fortio", description = "fortio (default), smp, csv or hdr")
        String format;

        @Option(names = {"-o", "--output"}, description = "write to this file instead of standard output")
        String output;

        @Override
        public Integer call() throws IOException {
            String body = GatewayProxy.of(new GatewayClient(gateway), ResultExportEndpoints.class).exportResult(id,
                    format).readEntity(String.class);
            if (output == null) {
                parent.out.print(body);
                if (!body.endsWith("\n")) {
                    parent.out.println();
                }
            } else {
                Files.writeString(Path.of(output), body);
                parent.out.println("wrote " + output);
            }
            return ExitCodes.OK;
        }
    }

    private static <T> T at(List<T> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
