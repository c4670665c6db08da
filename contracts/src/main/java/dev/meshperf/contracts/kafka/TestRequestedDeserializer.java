package dev.meshperf.contracts.kafka;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestRequested;

public class TestRequestedDeserializer extends EventDeserializer<TestRequested> {

    public TestRequestedDeserializer() {
        super(TestRequested.class, EventType.TEST_REQUESTED_V1);
    }
}
