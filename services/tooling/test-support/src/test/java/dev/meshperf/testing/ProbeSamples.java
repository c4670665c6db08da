package dev.meshperf.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.meshperf.contracts.events.TestSample;

/** Sends samples to the broker and keeps what comes back. */
@ApplicationScoped
public class ProbeSamples {

    private final List<TestSample> received = new CopyOnWriteArrayList<>();

    @Inject
    @Channel("probe-out")
    Emitter<TestSample> out;

    @Incoming("probe-in")
    void receive(TestSample sample) {
        received.add(sample);
    }

    void send(TestSample sample) {
        out.send(sample).toCompletableFuture().join();
    }

    List<TestSample> received() {
        return received;
    }
}
