package dev.meshperf.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;

/** The scheduler service, called through the same interface it implements; a refusal is an {@link UpstreamAnswer}. */
@RegisterRestClient(configKey = "scheduler")
@RegisterProvider(UpstreamAnswerReader.class)
@RegisterProvider(TolerantJson.class)
public interface SchedulerClient extends ScheduleEndpoints {
}
