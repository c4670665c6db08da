package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.embedded.Ports;

/** Every command's failure paths end with one short message and their exit code, never a stack trace. */
class MeshperfCliTest {

    record Result(int code, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeshperfCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoTrace(Result r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in").doesNotContain("Caused by");
    }

    @Test
    void everyCommandSaysTheGatewayIsUnreachableInOneLineWithExitCode3() {
        String down = "http://127.0.0.1:" + Ports.free();
        List<String[]> commands = List.of(
                new String[]{"run", "http://127.0.0.1:9/", "--duration", "1s"},
                new String[]{"capacity", "http://127.0.0.1:9/", "--duration", "1s", "--slo", "latency.p99<=50"},
                new String[]{"profile", "list"}, new String[]{"profile", "get", "p"},
                new String[]{"result", "list"}, new String[]{"result", "get", "t"},
                new String[]{"schedule", "list"}, new String[]{"generators"});
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--gateway", down, "--token", "t"));
            Result r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(r.err()).as(String.join(" ", command)).contains("meshperf: cannot reach the gateway");
            assertNoTrace(r);
        }
    }

    @Test
    void aGatewayThatIsNoUrlIsBadInputNamingTheOption() {
        Result r = run("result", "list", "--gateway", "::no url");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--gateway").contains("::no url");
        assertNoTrace(r);
        Result ftp = run("result", "list", "--gateway", "ftp://h:1");
        assertThat(ftp.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertNoTrace(ftp);
    }

    @Test
    void unknownOptionsAreBadInputWithAHint() {
        Result r = run("run", "--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("try: ./meshperf");
        assertNoTrace(r);
    }
}
