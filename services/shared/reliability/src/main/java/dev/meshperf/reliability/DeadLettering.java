package dev.meshperf.reliability;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.kafka.DeadLetters;

/**
 * Turns a record a consumer cannot use into a dead letter and lets the channel go on: the record is nacked with the
 * reason, and the Kafka connector's {@code dead-letter-queue} failure strategy (set on every incoming channel) sends
 * it to the channel's {@code .dlq} topic with its original key, value and headers, its own {@code dead-letter-*}
 * headers, and meshperf's ({@link DeadLetters}: reason, consumer, source). The record's offset is committed only once
 * the dead letter is written.
 */
@ApplicationScoped
public class DeadLettering {

    private static final Logger LOG = Logger.getLogger(DeadLettering.class);

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    public CompletionStage<Void> reject(Message<?> message, String reason) {
        Optional<IncomingKafkaRecordMetadata> in = message.getMetadata(IncomingKafkaRecordMetadata.class);
        String topic = in.map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
        LOG.warnf("dead-lettered a %s record (key %s): %s", topic == null ? "" : topic,
                in.map(IncomingKafkaRecordMetadata::getKey).orElse(null), reason);
        var headers = DeadLetters.headers(null, topic, in.map(IncomingKafkaRecordMetadata::getPartition).orElse(-1),
                in.map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L), reason, consumer);
        return message.nack(new UnusableRecordException(reason),
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build()));
    }
}
