package dev.meshperf.profile.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.profile.service.Documents;
import dev.meshperf.profile.service.ProfileService;
import dev.meshperf.profile.service.SmpImporter;

/**
 * Profiles as code: export as YAML, apply a YAML or JSON file (create or update by name), import an SMP
 * PerformanceTestConfig.
 */
@Path("/api/profiles")
public class ProfileFileResource {

    public static final String YAML = "application/yaml";

    @Inject
    ProfileService profiles;

    /** The profile as a file to keep in git and apply again; server-set fields are left out. */
    @GET
    @Path("/{id}/export")
    @Produces(YAML)
    public Response export(@PathParam("id") String id) {
        ProfileDocument d = profiles.get(id);
        String yaml = Documents.toYaml(d.withIdentity(null, null, null, null));
        return Response.ok(yaml, YAML)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(d.name()) + ".yaml\"").build();
    }

    /** 201 when the profile was created, 200 when an existing one (same name) was updated. */
    @POST
    @Path("/apply")
    @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response apply(String body) {
        ProfileService.Applied applied = profiles.apply(Documents.read(body, ProfileDocument.class));
        return Response.status(applied.created() ? 201 : 200)
                .location(java.net.URI.create("/api/profiles/" + applied.profile().id())).entity(applied.profile())
                .build();
    }

    /**
     * Imports an SMP PerformanceTestConfig (YAML or JSON), then applies it by name.
     *
     * @param generator
     * replaces the file's load generator, for example when it names one this installation does not run
     */
    @POST
    @Path("/import")
    @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importSmp(@QueryParam("generator") String generator, String body) {
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
