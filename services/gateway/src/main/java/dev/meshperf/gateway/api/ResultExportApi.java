package dev.meshperf.gateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.endpoints.ResultExportEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.ResultExportClient;

/** A run in another tool's format ({@link ResultExportEndpoints}): the analysis service's file, passed on as it is. */
public class ResultExportApi implements ResultExportEndpoints {

    @Inject
    @RestClient
    ResultExportClient exports;

    @Inject
    Forwarder forward;

    @Override
    public Response exportResult(String testId, String format) {
        return forward.read(ResultApi.SERVICE, () -> exports.exportResult(testId, format));
    }
}
