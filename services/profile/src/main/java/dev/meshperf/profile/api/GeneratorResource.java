package dev.meshperf.profile.api;

import java.util.List;

import jakarta.inject.Inject;

import dev.meshperf.contracts.api.GeneratorStatus;
import dev.meshperf.contracts.api.endpoints.GeneratorEndpoints;
import dev.meshperf.profile.service.GeneratorCatalog;

/** The load generators profiles may name, with what each can do right now ({@link GeneratorEndpoints}). */
public class GeneratorResource implements GeneratorEndpoints {

    @Inject
    GeneratorCatalog catalog;

    @Override
    public List<GeneratorStatus> listGenerators() {
        return catalog.list();
    }
}
