package dev.meshperf.profile.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.api.GeneratorStatus;
import dev.meshperf.contracts.json.EventJson;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.profile.config.ProfileConfig;

/**
 * The generators of this installation as their runner services describe them. A runner that does not answer is
 * reported unavailable with the reason; a run's options are checked by its runner before the run is accepted, and
 * accepted unchecked when the runner cannot be asked (its test then fails by its deadline, with the reason).
 */
@ApplicationScoped
public class GeneratorCatalog {

    private static final Logger LOG = Logger.getLogger(GeneratorCatalog.class);
    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {
    };
    /** The field of a run that names its generator, and of the runner's answer when the generator cannot run. */
    private static final String GENERATOR = "generator";

    @Inject
    ProfileConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();

    public List<GeneratorStatus> list() {
        List<CompletableFuture<GeneratorStatus>> asked = config.generators().stream().map(this::ask).toList();
        return asked.stream().map(CompletableFuture::join).toList();
    }

    /**
     * The options of {@code spec} the generator's runner says it cannot honour; empty when it cannot be asked. A
     * runner whose tool is missing answers with that alone, one violation on {@code generator} ("wrk2 is
     * unavailable: ..."), which is then the whole refusal.
     */
    public List<Violation> unsupported(String generator, LoadSpec spec) {
        String url = config.runners().get(generator);
        if (url == null) {
            return List.of();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/generator/check"))
                    .timeout(config.runnerTimeout()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.mapper().writeValueAsBytes(spec)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warnf("runner of %s answered %d to an options check; the run goes ahead unchecked", generator,
                        response.statusCode());
                return List.of();
            }
            List<Violation> found = EventJson.mapper().readValue(response.body(), VIOLATIONS);
            return found.stream().filter(v -> GENERATOR.equals(v.field())).findFirst().map(List::of)
                    .orElse(found);
        } catch (IOException e) {
            LOG.warnf("runner of %s at %s cannot be asked (%s); the run goes ahead unchecked", generator, url,
                    e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private CompletableFuture<GeneratorStatus> ask(String generator) {
        boolean isDefault = generator.equals(config.generators().get(0));
        String url = config.runners().get(generator);
        if (url == null) {
            return CompletableFuture.completedFuture(unavailable(generator, isDefault,
                    "no runner service is configured for it (meshperf.profile.runners." + generator + ")"));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/generator"))
                .timeout(config.runnerTimeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                return unavailable(generator, isDefault, "its runner service at " + url + " answered HTTP "
                        + response.statusCode());
            }
            try {
                GeneratorInfo s = EventJson.mapper().readValue(response.body(), GeneratorInfo.class);
                return new GeneratorStatus(generator, s.available(), s.version(), s.unavailableReason(),
                        s.protocols() == null ? Set.of() : s.protocols(),
                        s.loadModels() == null ? Set.of() : s.loadModels(), isDefault);
            } catch (IOException e) {
                return unavailable(generator, isDefault, "its runner service at " + url
                        + " answered something unreadable: " + e.getMessage());
            }
        }).exceptionally(e -> unavailable(generator, isDefault, "its runner service at " + url + " is unreachable ("
                + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")"));
    }

    private static GeneratorStatus unavailable(String generator, boolean isDefault, String reason) {
        return new GeneratorStatus(generator, false, null, reason, Set.of(), Set.of(), isDefault);
    }
}
