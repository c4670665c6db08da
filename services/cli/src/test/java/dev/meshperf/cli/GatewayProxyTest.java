package dev.meshperf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.endpoints.GrafanaEndpoints;
import dev.meshperf.contracts.api.endpoints.ProfileFileEndpoints;
import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;

import picocli.CommandLine;

/**
 * The requests {@link GatewayProxy} makes from an endpoint interface, as an HTTP server on the loopback receives them,
 * and how it reads the answers. The real gateway answers the same calls in {@code CliEndToEndIT}.
 */
class GatewayProxyTest {

    record Received(String method, String uri, String contentType, String authorization, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile String location;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst(
                        "Authorization"),
                new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400
                ? "application/problem+json"
                : "application/json");
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, status == 204 ? -1 : body.length);
        if (status != 204) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private ScheduleEndpoints schedules() {
        GatewayOptions options = new GatewayOptions();
        new CommandLine(options).parseArgs("--gateway", "http://127.0.0.1:" + server.getAddress().getPort(),
                "--token", "t0k");
        return GatewayProxy.of(new GatewayClient(options), ScheduleEndpoints.class);
    }

    private static ScheduleDocument schedule(String name, String profileId, String every, Integer maxRuns) {
        return new ScheduleDocument(null, name, profileId, every, null, null, null, null, null, null, null, maxRuns,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aReadSendsItsPathAndTheQueryParametersThatAreSetAndReadsTheRecord() {
        answer = """
                {"schedules": [{"id": "s1", "every": "15m", "runs": 2, "fromANewerGateway": true}],
                 "totalCount": 1}""";

        SchedulePage page = schedules().listSchedules(null, 0, 200);

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.uri()).isEqualTo("/api/schedules?page=0&size=200");
            assertThat(r.authorization()).isEqualTo("Bearer t0k");
        });
        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.schedules()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s1");
            assertThat(s.runs()).isEqualTo(2);
        });
    }

    @Test
    void pathParametersAreEncodedAndABodyIsJsonWithoutItsEmptyFields() {
        answer = "{\"description\": \"every 15 minutes UTC\", \"nextFires\": [\"2026-12-05T09:00:00Z\"]}";
        ScheduleDocument asked = schedule("nightly", "p 1", "15m", 3);

        var preview = schedules().previewSchedule(2, asked);
        schedules().pauseSchedule("a b/c", "maintenance window");

        assertThat(received.get(0).method()).isEqualTo("POST");
        assertThat(received.get(0).uri()).isEqualTo("/api/schedules/preview?count=2");
        assertThat(received.get(0).contentType()).isEqualTo("application/json");
        assertThat(received.get(0).body()).isEqualTo(
                "{\"name\":\"nightly\",\"profileId\":\"p 1\",\"every\":\"15m\",\"maxRuns\":3}");
        assertThat(preview.nextFires()).hasSize(1);
        assertThat(received.get(1).uri()).isEqualTo("/api/schedules/a%20b%2Fc/pause?reason=maintenance+window");
        assertThat(received.get(1).body()).isEmpty();
    }

    @Test
    void aResponseMethodAnswersWithStatusLocationAndTheRecordInside() {
        status = 201;
        location = "/api/schedules/s9";
        answer = "{\"id\": \"s9\", \"every\": \"1h\"}";

        Response created = schedules().createSchedule(schedule(null, "p", "1h", null));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getLocation()).hasPath("/api/schedules/s9");
        assertThat(created.getHeaderString("location")).isEqualTo("/api/schedules/s9");
        assertThat(created.getMediaType().getType() + "/" + created.getMediaType().getSubtype()).isEqualTo(
                "application/json");
        assertThat(created.readEntity(ScheduleDocument.class).id()).isEqualTo("s9");
    }

    @Test
    void aTextBodyTravelsAsItIsWithTheFirstTypeTheMethodConsumes() {
        status = 201;
        location = "/api/profiles/p1";
        answer = "{\"id\": \"p1\", \"name\": \"orders\", \"version\": 1, \"duration\": \"30s\"}";
        GatewayOptions options = new GatewayOptions();
        new CommandLine(options).parseArgs("--gateway", "http://127.0.0.1:" + server.getAddress().getPort());

        Response applied = GatewayProxy.of(new GatewayClient(options), ProfileFileEndpoints.class).applyProfile(
                "name: orders\nduration: 30s\n");

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("/api/profiles/apply");
            assertThat(r.contentType()).isEqualTo("application/yaml");
            assertThat(r.body()).isEqualTo("name: orders\nduration: 30s\n");
        });
        ProfileDocument profile = applied.readEntity(ProfileDocument.class);
        assertThat(profile.name()).isEqualTo("orders");
        assertThat(profile.duration()).hasSeconds(30);
    }

    @Test
    void aContentTypeHeaderParameterIsTheRequestsTypeAndBytesTravelAsTheyAre() {
        answer = "{\"uid\": \"up\", \"title\": \"Up\"}";
        GatewayOptions options = new GatewayOptions();
        new CommandLine(options).parseArgs("--gateway", "http://127.0.0.1:" + server.getAddress().getPort());

        GrafanaBoard board = GatewayProxy.of(new GatewayClient(options), GrafanaEndpoints.class).uploadGrafanaBoard(
                "g {1}", "application/yaml", "dashboard:\n  uid: up\n".getBytes(StandardCharsets.UTF_8));

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("/api/grafana-connections/g%20%7B1%7D/boards/upload");
            assertThat(r.contentType()).isEqualTo("application/yaml");
            assertThat(r.body()).isEqualTo("dashboard:\n  uid: up\n");
        });
        assertThat(board.uid()).isEqualTo("up");
    }

    @Test
    void aProblemIsTheCliErrorWithItsDetailAndExitCode() {
        status = 404;
        answer = "{\"title\": \"Not Found\", \"status\": 404, \"detail\": \"no schedule with id s0\"}";

        assertThatThrownBy(() -> schedules().getSchedule("s0")).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("no schedule with id s0");
            assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        });
        status = 204;
        location = null;
        assertThat(schedules().deleteSchedule("s0").getStatus()).isEqualTo(204);
    }
}
