package dev.meshperf.contracts.kafka;

import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.TestSample;

public class TestSampleDeserializer extends EventDeserializer<TestSample> {

    public TestSampleDeserializer() {
        super(TestSample.class, EventType.TEST_SAMPLES_V1);
    }
}
