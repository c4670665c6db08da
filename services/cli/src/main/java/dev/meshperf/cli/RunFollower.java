package dev.meshperf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

import com.fasterxml.jackson.databind.SerializationFeature;

import dev.meshperf.cli.options.TextReport;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.endpoints.ResultEndpoints;
import dev.meshperf.contracts.json.EventJson;

/** After a run was accepted: follow it live, fetch its result, print it, and decide the exit code. */
final class RunFollower {

    private final GatewayClient gateway;
    private final PrintStream out;
    private final PrintStream err;

    RunFollower(GatewayClient gateway, PrintStream out, PrintStream err) {
        this.gateway = gateway;
        this.out = out;
        this.err = err;
    }

    /** {@code total} is the warm-up and the measured duration together. */
    int follow(RunAccepted a, Duration total, Duration warmup, boolean json, boolean quiet) {
        String testId = a.testId();
        if (!json && !quiet) {
            err.printf("test %s accepted: %s, %d shard(s), starts %s%n", testId, Cells.or(a.generator(), ""),
                    a.shards(), Cells.or(a.startAt(), ""));
        }
        new Watch(gateway, err, json || quiet, total, warmup).follow(testId);
        ResultView result = ResultView.of(GatewayProxy.of(gateway.patiently(Watch.PATIENCE), ResultEndpoints.class)
                .getResult(testId));
        if (json) {
            try {
                out.println(EventJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(result.report()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            TextReport.print(result.report(), result.latencyHistogram() == null
                    ? java.util.List.of()
                    : result.latencyHistogram(), out);
            out.printf("%nresult page: %s%n", gateway.resultPage(testId));
        }
        return result.exitCode();
    }
}
