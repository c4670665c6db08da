package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.embedded.Ports;
import dev.meshperf.engine.testserver.TargetServer;
import dev.meshperf.testing.ServiceStack;

/**
 * The CLI against the whole stack, every part real: the packaged gateway, profile, analysis and native runner
 * services, a real broker and PostgreSQL, and a real HTTP target. What a user types, and what they see.
 */
class CliEndToEndIT {

    private static final String TOKEN = "cli-" + UUID.randomUUID();
    private static ServiceStack stack;
    private static TargetServer target;
    private static String gateway;

    @BeforeAll
    static void start() throws Exception {
        stack = new ServiceStack();
        stack.start("runner-native", null, Map.of());
        stack.start("analysis", "analysis", Map.of("meshperf.analysis.grace", "PT5S"));
        // wrk2 is named but its runner is not started: the generators list says so
        stack.start("profile", "profile", Map.of("meshperf.profile.start-delay", "PT1S",
                "meshperf.profile.runners.native", stack.url("runner-native"), "meshperf.profile.runners.wrk2",
                "http://127.0.0.1:" + Ports.free()));
        stack.start("scheduler", "scheduler", Map.of("quarkus.rest-client.profile.url", stack.url("profile")));
        gateway = stack.start("gateway", null, Map.of("quarkus.rest-client.profile.url", stack.url("profile"),
                "quarkus.rest-client.analysis.url", stack.url("analysis"), "quarkus.rest-client.scheduler.url",
                stack.url("scheduler"), "meshperf.gateway.tokens", TOKEN));
        target = new TargetServer();
    }

    @AfterAll
    static void stop() throws Exception {
        if (target != null) {
            target.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    record Result(int code, String out, String err) {

        JsonNode json() throws Exception {
            return EventJson.mapper().readTree(out);
        }
    }

    private static Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--gateway", gateway, "--token", TOKEN));
        return raw(all.toArray(String[]::new));
    }

    private static Result raw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeshperfCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsTheJsonResultAndFailsOnABrokenSlo() throws Exception {
        Result run = cli("run", target.url("/"), "--rate", "100", "--duration", "2s", "--connections", "2", "--json",
                "--slo", "errorRate<=1");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = run.json();
        assertThat(r.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(r.path("generator").asText()).isEqualTo("native");
        assertThat(r.path("shards").asInt()).isEqualTo(1);
        assertThat(r.path("requests").asLong()).as("rate x duration, within 1 %").isBetween(198L, 202L);
        assertThat(r.path("requestedRps").asDouble()).isEqualTo(100.0);
        assertThat(r.path("latencyMs").path("p99").asDouble()).isPositive();
        assertThat(r.path("serviceTimeMs").path("p9999").isNumber()).isTrue();
        assertThat(r.path("statusCodes").path("200").asLong()).isEqualTo(r.path("requests").asLong());
        assertThat(r.path("slo").path("passed").asBoolean()).isTrue();

        Result failing = cli("run", target.url("/"), "--rate", "50", "--duration", "1s", "--connections", "1",
                "--slo", "latency.p99<=0.0001");
        assertThat(failing.code()).isEqualTo(ExitCodes.TEST_FAILED);
        assertThat(failing.out()).contains("COMPLETED").contains("latency histogram").contains("FAILED");
        assertThat(failing.err()).contains("accepted");
        assertThat(failing.out()).as("the text report ends with the web UI's page of the result")
                .containsPattern("result page: " + java.util.regex.Pattern.quote(gateway) + "/#/results/[0-9a-f-]{36}");
        assertThat(r.path("loadGenerator").path("status").asText()).isIn("OK", "FALLING_BEHIND");
    }

    @Test
    void capacityFindsTheRateTwoConnectionsToASlowTargetSustain() throws Exception {
        // each answer takes 20 ms and a connection carries one request at a time: two connections carry 100 req/s
        Result found = cli("capacity", target.url("/?delay=20"), "--connections", "2", "--duration", "2s", "--start",
                "20", "--limit", "400", "--precision", "10%", "--slo", "latency.p99<=200", "--json");
        assertThat(found.code()).as(found.err()).isZero();
        JsonNode r = found.json();
        long highest = r.path("highestPassingRps").asLong();
        long lowestFailing = r.path("lowestFailingRps").asLong();
        assertThat(highest).as("100 req/s, less what a busy machine costs: %s", found.out()).isBetween(60L, 110L);
        assertThat(lowestFailing).isGreaterThan(highest).isLessThanOrEqualTo(160L);
        assertThat(lowestFailing - highest).isLessThanOrEqualTo(Math.round(highest * 0.1));
        JsonNode steps = r.path("steps");
        assertThat(steps.path(0).path("rate").asLong()).isEqualTo(20);
        assertThat(steps.path(0).path("passed").asBoolean()).isTrue();
        assertThat(steps.path(0).path("actualRps").asDouble()).isBetween(19.0, 21.0);
        JsonNode failed = null;
        for (JsonNode step : steps) {
            if (step.path("rate").asLong() == lowestFailing) {
                failed = step;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.path("passed").asBoolean()).isFalse();
        assertThat(failed.path("reason").asText()).containsAnyOf("SLO latency.p99", "dropped", "sent");
        Result stored = cli("result", "get", failed.path("testId").asText(), "--json");
        assertThat(stored.code()).as("each step is a stored run: %s", stored.err()).isIn(ExitCodes.OK,
                ExitCodes.TEST_FAILED);
        assertThat(stored.out()).contains(failed.path("testId").asText());

        Result bad = cli("capacity", target.url("/"), "--rate", "100");
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--rate").contains("--start");
        Result badShare = cli("capacity", target.url("/"), "--precision", "lots");
        assertThat(badShare.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badShare.err()).contains("--precision").contains("'lots'");
    }

    @Test
    void schedulesAreCreatedPreviewedPausedAndDeleted(@TempDir Path dir) throws Exception {
        String name = "cli-sched-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, "name: %s%nendpoints:%n  - url: %s%nconcurrentRequests: 1%nduration: 1s%n"
                .formatted(name, target.url("/")));
        Result applied = cli("profile", "apply", "-f", file.toString());
        assertThat(applied.code()).as(applied.err()).isZero();
        String profileId = applied.out().replaceAll("(?s).*id ([0-9a-f-]{36}).*", "$1");

        Result preview = cli("schedule", "create", name, "--weekly", "weekdays@09:00", "--tz", "Europe/Paris",
                "--dry-run");
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("every weekday at 09:00 Europe/Paris").contains("cron: 0 9 * * 1,2,3,4,5");
        assertThat(preview.out().lines().filter(l -> l.matches("  \\d{4}-.*Z"))).hasSize(5);

        Result created = cli("schedule", "create", name, "--daily", "06:15", "--count", "3");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("every day at 06:15 UTC, 3 times at most").contains("cron: 15 6 * * *");
        String id = created.out().replaceAll("(?s)created schedule ([0-9a-f-]{36}).*", "$1");
        assertThat(cli("schedule", "list").out()).contains(id).contains("ACTIVE");
        assertThat(cli("schedule", "next", id, "--count", "5").out().lines()
                .filter(l -> l.contains("T06:15:00Z"))).hasSize(3);
        assertThat(cli("schedule", "pause", id, "--reason", "freeze").out()).contains("paused").contains("freeze");
        assertThat(cli("schedule", "get", id).json().path("state").asText()).isEqualTo("PAUSED");
        assertThat(cli("schedule", "next", id).out()).contains("no fire times ahead (paused, ended or used up)");
        assertThat(cli("schedule", "resume", id).out()).contains("resumed");
        assertThat(cli("schedule", "history", id).out()).contains("0 of 0 occurrence(s)");

        Result refused = cli("profile", "delete", profileId);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains(id);

        Result bad = cli("schedule", "create", name, "--cron", "0 9 * *");
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("cron");
        Result twoRules = cli("schedule", "create", name, "--daily", "09:00", "--every", "1h");
        assertThat(twoRules.code()).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli("schedule", "delete", id).out()).contains("deleted " + id);
        assertThat(cli("schedule", "get", id).code()).isNotZero();
    }

    @Test
    void profilesAreAppliedRunComparedAndExported(@TempDir Path dir) throws Exception {
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, """
                name: %s
                endpoints:
                  - url: %s
                concurrentRequests: 2
                load: {type: constant, rate: 100}
                duration: 2s
                slos:
                  - {metric: errorRate, op: "<=", threshold: 1}
                """.formatted(name, target.url("/")));
        Result applied = cli("profile", "apply", "-f", file.toString());
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).startsWith("created " + name);
        String id = applied.out().replaceAll("(?s).*id ([0-9a-f-]{36}).*", "$1");
        assertThat(cli("profile", "list", "--search", name).out()).contains(id);
        assertThat(cli("profile", "export", id).out()).contains("name: " + name).contains("duration: 2s");

        Result first = cli("profile", "run", id, "--json");
        assertThat(first.code()).as(first.err()).isZero();
        Result second = cli("profile", "run", id, "--json");
        assertThat(second.code()).as(second.err()).isZero();
        String a = first.json().path("testId").asText();
        String b = second.json().path("testId").asText();

        Result compared = cli("result", "compare", a, b);
        assertThat(compared.code()).isZero();
        assertThat(compared.out()).contains("run 1 (baseline)").contains("run 2")
                .contains("what changed in the system");
        assertThat(cli("result", "list", "--profile", id).out()).contains(a).contains(b);

        Result fortio = cli("result", "export", a, "--format", "fortio");
        assertThat(fortio.json().path("DurationHistogram").path("Count").asLong())
                .isEqualTo(first.json().path("requests").asLong());
        assertThat(cli("result", "export", a, "--format", "smp").out()).contains("latencies_ms:");
        assertThat(cli("result", "get", a).out()).contains("COMPLETED").contains("latency histogram");

        Path report = dir.resolve("run.html");
        Result wrote = cli("result", "report", a, "-o", report.toString());
        assertThat(wrote.code()).as(wrote.err()).isZero();
        assertThat(wrote.out()).contains("wrote " + report).contains("needs no network");
        String html = Files.readString(report);
        assertThat(html).contains("<script type=\"importmap\">").contains(a).contains("\"kind\":\"result\"")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
        Path both = dir.resolve("both.html");
        assertThat(cli("result", "report", a, b, "-o", both.toString()).code()).isZero();
        assertThat(Files.readString(both)).contains("\"kind\":\"compare\"").contains(a).contains(b);
        Result missing = cli("result", "report", "no-such-test", "-o", dir.resolve("x.html").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no test with id no-such-test");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void generatorsAreListedWithWhyOneIsUnavailable() throws Exception {
        Result table = cli("generators");

        assertThat(table.code()).as(table.err()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).containsPattern("native\\*\\s+yes\\s+0\\.1\\.0")
                .containsPattern("wrk2\\s+NO").contains("unavailable, wrk2: its runner service at")
                .contains("is unreachable");
        Result json = cli("generators", "--json");
        assertThat(json.json().get(0).path("protocols").toString()).contains("http1").contains("grpc");
    }

    @Test
    void mistakesAreNamedWithTheirExitCodes() {
        Result badUrl = cli("run", "ftp://example.com/", "--duration", "1s");
        assertThat(badUrl.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badUrl.err()).contains("URL").contains("scheme 'ftp'");

        Result noToken = raw("run", target.url("/"), "--duration", "1s", "--gateway", gateway, "--token", "");
        assertThat(noToken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noToken.err()).contains("API token");

        Result unknown = cli("result", "get", "no-such-test");
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no test with id no-such-test");

        Result badGenerator = cli("run", target.url("/"), "--duration", "1s", "--generator", "gatling");
        assertThat(badGenerator.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badGenerator.err()).contains("gatling");

        Result down = raw("result", "list", "--gateway", "http://127.0.0.1:" + Ports.free());
        assertThat(down.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(down.err()).contains("cannot reach the gateway");
    }
}
