package dev.meshperf.contracts.kafka;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestCompleted;

public class TestCompletedDeserializer extends EventDeserializer<TestCompleted> {

    public TestCompletedDeserializer() {
        super(TestCompleted.class, EventType.TEST_COMPLETED_V1);
    }
}
