package dev.meshperf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;

/** Reads a test's server-sent event stream from the gateway to its end, as a browser or the CLI does. */
final class EventStream {

    private EventStream() {
    }

    /**
     * The events' data from {@code lastEventId} on (null: from the start), adding each event's id to {@code ids}.
     */
    static List<JsonPath> read(int port, String testId, String lastEventId, List<String> ids) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/results/"
                + testId + "/events")).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            return lines.peek(l -> {
                if (l.startsWith("id:")) {
                    ids.add(l.substring(3).trim());
                }
            }).filter(l -> l.startsWith("data:")).map(l -> new JsonPath(l.substring(5).trim()))
                    .collect(Collectors.toList());
        }
    }
}
