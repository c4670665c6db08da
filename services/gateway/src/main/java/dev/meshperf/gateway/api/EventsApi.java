package dev.meshperf.gateway.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import dev.meshperf.contracts.api.LiveProgress;
import dev.meshperf.gateway.client.LiveProgressStreamClient;
import dev.meshperf.gateway.config.GatewayConfig;

/**
 * Live progress as server-sent events: one event per poll of analysis (every second by default) carrying the totals
 * and the new per-second points; the stream ends after the event whose status is final. Each event's id is the last
 * interval the client has: a client that reconnects with {@code Last-Event-ID} (after a restart of this gateway, or a
 * dropped connection) resumes from there. A poll that fails (analysis restarting) is tried again with growing pauses
 * for up to {@code meshperf.gateway.live-patience}, so a restart of analysis does not break the stream.
 */
@Path("/api/results/{testId}/events")
@Tag(name = "results")
public class EventsApi {

    @Inject
    @RestClient
    LiveProgressStreamClient analysis;

    @Inject
    GatewayConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stream a test's progress until it ends (server-sent events of LiveProgress; resumable with"
            + " Last-Event-ID)")
    @APIResponse(responseCode = "200", description = "server-sent events, each data a LiveProgress", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = LiveProgress.class)))
    public Multi<OutboundSseEvent> streamProgress(@PathParam("testId") String testId,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        AtomicLong after = new AtomicLong(resumeAfter(lastEventId));
        AtomicLong polls = new AtomicLong();
        Duration patience = config.livePatience();
        return Multi.createBy().repeating()
                .uni(() -> {
                    Uni<LiveProgress> poll = Uni.createFrom().deferred(() -> analysis.liveAsync(testId, after.get()))
                            .onFailure().retry().withBackOff(config.liveInterval(), Duration.ofSeconds(5))
                            .expireIn(patience.toMillis());
                    return polls.getAndIncrement() == 0
                            ? poll
                            : Uni.createFrom().voidItem().onItem().delayIt().by(config.liveInterval())
                                    .chain(() -> poll);
                })
                .whilst(progress -> {
                    progress.points().forEach(p -> after.set(Math.max(after.get(), p.interval())));
                    return !progress.finished();
                })
                .map(progress -> sse.newEventBuilder().id(Long.toString(after.get()))
                        .reconnectDelay(config.liveInterval().toMillis())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(LiveProgress.class, progress).build());
    }

    /** The interval a resuming client has, from its Last-Event-ID; -1 (everything) when absent or not ours. */
    static long resumeAfter(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
