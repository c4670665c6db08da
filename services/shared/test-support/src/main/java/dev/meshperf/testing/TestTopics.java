package dev.meshperf.testing;

import java.util.UUID;

/** Topic names that no other test uses, so tests sharing one broker never read each other's records. */
public final class TestTopics {

    private TestTopics() {
    }

    public static String unique(String base) {
        return base + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
