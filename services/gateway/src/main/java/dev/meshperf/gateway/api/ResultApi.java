package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.ResultDetail;
import dev.meshperf.contracts.api.ResultListItem;
import dev.meshperf.contracts.api.endpoints.ResultEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ResultClient;
import dev.meshperf.gateway.service.EnvironmentSection;

/**
 * Results of tests ({@link ResultEndpoints}), kept by the analysis service; a result compared with its baseline gets
 * what changed in the system since then.
 */
public class ResultApi implements ResultEndpoints {

    static final String SERVICE = "analysis";

    @Inject
    @RestClient
    ResultClient results;

    @Inject
    Forwarder forward;

    @Inject
    EnvironmentSection environment;

    @Override
    public List<ResultListItem> listResults(String profileId, String from, String to, int page, int size) {
        return forward.fetch(SERVICE, () -> results.listResults(profileId, from, to, page, size));
    }

    @Override
    public ResultDetail getResult(String testId) {
        return environment.addToBaseline(forward.fetch(SERVICE, () -> results.getResult(testId)), testId);
    }
}
