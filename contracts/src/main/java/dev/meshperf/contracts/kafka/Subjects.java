package dev.meshperf.contracts.kafka;

import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;

/** The CloudEvents subject (and the Kafka record key) of an event: its test id. */
public final class Subjects {

    private Subjects() {
    }

    public static String of(Object event) {
        if (event instanceof TestRequested r) {
            return r.testId();
        }
        if (event instanceof TestSample s) {
            return s.testId();
        }
        if (event instanceof dev.meshperf.contracts.events.TestCancel x) {
            return x.testId();
        }
        if (event instanceof TestCompleted c) {
            return c.testId();
        }
        return null;
    }
}
