package dev.meshperf.gateway.api;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.gateway.client.AnalysisClient;
import dev.meshperf.gateway.config.GatewayConfig;

/**
 * Live progress as server-sent events: one event per poll of analysis (every second by default) carrying the totals
 * and the new per-second points; the stream ends after the event whose status is final.
 */
@Path("/api/results/{testId}/events")
@Tag(name = "results")
public class EventsApi {

    @Inject
    @RestClient
    AnalysisClient analysis;

    @Inject
    GatewayConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stream a test's progress until it ends (server-sent events of LiveProgress)")
    public Multi<LiveProgress> events(@PathParam("testId") String testId) {
        AtomicLong after = new AtomicLong(-1);
        AtomicLong polls = new AtomicLong();
        return Multi.createBy().repeating()
                .uni(() -> {
                    Uni<LiveProgress> poll = Uni.createFrom().deferred(() -> analysis.liveAsync(testId, after.get()))
                            .onFailure().retry().withBackOff(config.liveInterval()).atMost(config.attempts());
                    return polls.getAndIncrement() == 0
                            ? poll
                            : Uni.createFrom().voidItem().onItem().delayIt().by(config.liveInterval())
                                    .chain(() -> poll);
                })
                .whilst(progress -> {
                    progress.points().forEach(p -> after.set(Math.max(after.get(), p.interval())));
                    return !progress.finished();
                });
    }
}
