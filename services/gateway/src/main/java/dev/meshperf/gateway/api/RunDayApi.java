package dev.meshperf.gateway.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.meshperf.contracts.api.RunDay;
import dev.meshperf.contracts.api.endpoints.RunDayEndpoints;
import dev.meshperf.gateway.client.Forwarder;
import dev.meshperf.gateway.client.RunDayClient;

/** Runs per day for the calendar ({@link RunDayEndpoints}), counted by the analysis service. */
public class RunDayApi implements RunDayEndpoints {

    @Inject
    @RestClient
    RunDayClient days;

    @Inject
    Forwarder forward;

    @Override
    public List<RunDay> listRunDays(String from, String to, String zone) {
        return forward.fetch(ResultApi.SERVICE, () -> days.listRunDays(from, to, zone));
    }
}
