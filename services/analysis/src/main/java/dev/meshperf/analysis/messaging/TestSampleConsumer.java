package dev.meshperf.analysis.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Receives {@code test.samples} and queues each record for merging (see {@link IngestLanes}). */
@ApplicationScoped
public class TestSampleConsumer {

    @Inject
    IngestLanes lanes;

    @Incoming(Channels.TEST_SAMPLES)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return lanes.submit(message);
    }
}
