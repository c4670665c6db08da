package dev.meshperf.analysis.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.kafka.DeadLetters;

/** Sends an unusable record to its topic's dead-letter topic: original key, bytes and headers, plus why. */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Channel(Channels.DEAD_LETTERS)
    Emitter<byte[]> emitter;

    public void send(Message<byte[]> original, String deadLetterTopic, String reason) {
        RecordHeaders headers = new RecordHeaders();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<Object> metadata = OutgoingKafkaRecordMetadata
                .builder().withTopic(deadLetterTopic);
        original.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(in -> {
            in.getHeaders().forEach(headers::add);
            headers.add(DeadLetters.SOURCE_TOPIC, bytes(in.getTopic()));
            headers.add(DeadLetters.SOURCE_PARTITION, bytes(String.valueOf(in.getPartition())));
            headers.add(DeadLetters.SOURCE_OFFSET, bytes(String.valueOf(in.getOffset())));
            metadata.withKey(in.getKey());
        });
        headers.add(DeadLetters.REASON, bytes(reason));
        headers.add(DeadLetters.CONSUMER, bytes(Channels.CONSUMER_NAME));
        LOG.warnf("dead-lettered a record to %s: %s", deadLetterTopic, reason);
        emitter.send(Message.of(original.getPayload() == null ? new byte[0] : original.getPayload())
                .addMetadata(metadata.withHeaders(headers).build()));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
