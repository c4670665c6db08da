package dev.meshperf.metrics.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.meshperf.metrics.config.CollectorConfig;

/**
 * The Prometheus queries a run's profile declares ({@code metrics} of the profile version it ran), read from the
 * profile service. Ad-hoc runs have none; a profile service that cannot be asked is the queries' error.
 */
@ApplicationScoped
public class ProfileQueries {

    /** The pack name of declared queries in a run's environment. */
    public static final String PACK = "profile";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CollectorConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The declared queries, or why they could not be read. */
    public record Declared(List<QueryPacks.Query> queries, String error) {
    }

    public Declared of(String profileId, Long version) {
        if (profileId == null || version == null) {
            return new Declared(List.of(), null);
        }
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(config.profileUrl()
                    + "/api/profiles/" + profileId + "/versions/" + version)).timeout(config.queryTimeout())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return new Declared(List.of(), "the profile's queries could not be read: HTTP " + answer.statusCode()
                        + " from the profile service");
            }
            JsonNode doc = JSON.readTree(answer.body());
            JsonNode metrics = doc.has("document") ? doc.path("document").path("metrics") : doc.path("metrics");
            List<QueryPacks.Query> queries = new ArrayList<>();
            metrics.forEach(m -> queries.add(new QueryPacks.Query(PACK, m.path("name").asText(),
                    m.path("query").asText())));
            return new Declared(queries, null);
        } catch (IOException e) {
            return new Declared(List.of(), "the profile's queries could not be read: the profile service is "
                    + "unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Declared(List.of(), "interrupted");
        } catch (IllegalArgumentException e) {
            return new Declared(List.of(), "the profile service URL is not usable: " + e.getMessage());
        }
    }
}
