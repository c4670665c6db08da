package dev.meshperf.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** The Testcontainers alternative to the child broker; its classes are loaded only when it is chosen. */
final class TestcontainersKafka {

    static final String IMAGE = "apache/kafka:4.1.1";

    private TestcontainersKafka() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts a KRaft container and returns its bootstrap servers; Testcontainers' reaper removes it afterwards. */
    static String start() {
        KafkaContainer kafka = new KafkaContainer(IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }
}
