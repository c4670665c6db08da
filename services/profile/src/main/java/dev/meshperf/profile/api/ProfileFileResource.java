package dev.meshperf.profile.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.endpoints.ProfileFileEndpoints;
import dev.meshperf.profile.service.Documents;
import dev.meshperf.profile.service.ProfileService;
import dev.meshperf.profile.service.SmpImporter;

/**
 * Profiles as code: export as YAML, apply a YAML or JSON file (create or update by name), import an SMP
 * PerformanceTestConfig ({@link ProfileFileEndpoints}).
 */
public class ProfileFileResource implements ProfileFileEndpoints {

    @Inject
    ProfileService profiles;

    @Override
    public Response exportProfile(String id) {
        ProfileDocument d = profiles.get(id);
        String yaml = Documents.toYaml(d.withIdentity(null, null, null, null));
        return Response.ok(yaml, YAML)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(d.name()) + ".yaml\"").build();
    }

    @Override
    public Response applyProfile(String body) {
        ProfileService.Applied applied = profiles.apply(Documents.read(body, ProfileDocument.class));
        return Response.status(applied.created() ? 201 : 200)
                .location(java.net.URI.create("/api/profiles/" + applied.profile().id())).entity(applied.profile())
                .build();
    }

    @Override
    public Response importSmpProfile(String generator, String body) {
        ProfileDocument d = SmpImporter.read(body);
        if (generator != null && !generator.isBlank()) {
            d = new ProfileDocument(null, null, d.name(), d.description(), d.labels(), java.util.List.of(generator),
                    d.shards(), d.protocol(), d.endpoints(), d.method(), d.headers(), d.cookies(), d.body(),
                    d.contentType(), d.load(), d.concurrentRequests(), d.threads(), d.duration(), d.warmup(),
                    d.requestTimeout(), d.caCertificate(), d.insecure(), d.sni(), d.grpc(), d.tcp(), d.serviceMesh(),
                    d.generatorOptions(), d.slos(), d.baselineRunId(), null, null, d.metrics());
        }
        ProfileService.Applied applied = profiles.apply(d);
        return Response.status(applied.created() ? 201 : 200)
                .location(java.net.URI.create("/api/profiles/" + applied.profile().id())).entity(applied.profile())
                .build();
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
