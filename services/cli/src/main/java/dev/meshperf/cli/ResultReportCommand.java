package dev.meshperf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code meshperf result report ID [ID...] -o FILE.html}: one run, or a comparison of several, as a self-contained
 * HTML file (charts, tables, data, scripts and styles inside) that a colleague opens offline.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a result (one ID) or a comparison "
        + "(2 to 10 IDs) as one self-contained HTML file that opens in any browser without a network.")
final class ResultReportCommand implements Callable<Integer> {

    @ParentCommand
    ResultCommand parent;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Parameters(paramLabel = "ID", arity = "1..10", description = "the run, or the runs to compare")
    List<String> ids;

    @Option(names = {"-o", "--output"}, description = "the file to write (default meshperf-report-ID.html, or "
            + "meshperf-compare-N-runs.html)")
    String output;

    @Override
    public Integer call() throws IOException {
        String path = ids.size() == 1
                ? "/api/results/" + ids.get(0) + "/report"
                : "/api/results/compare/report" + GatewayClient.query(Map.of("ids", String.join(",", ids)));
        String html = new GatewayClient(gateway).get(path).body();
        Path file = Path.of(output != null ? output : defaultName(ids));
        Files.writeString(file, html);
        parent.out.printf("wrote %s (%d KiB): open it in any browser; it needs no network%n", file,
                Math.max(1, Files.size(file) / 1024));
        return ExitCodes.OK;
    }

    static String defaultName(List<String> ids) {
        if (ids.size() > 1) {
            return "meshperf-compare-" + ids.size() + "-runs.html";
        }
        String id = ids.get(0);
        return "meshperf-report-" + (id.length() > 8 ? id.substring(0, 8) : id) + ".html";
    }
}
