package dev.meshperf.profile.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.meshperf.contracts.api.GeneratorStatus;
import dev.meshperf.profile.service.GeneratorCatalog;

/** The load generators profiles may name, with what each can do right now. */
@Path("/api/generators")
@Produces(MediaType.APPLICATION_JSON)
public class GeneratorResource {

    @Inject
    GeneratorCatalog catalog;

    @GET
    public List<GeneratorStatus> list() {
        return catalog.list();
    }
}
