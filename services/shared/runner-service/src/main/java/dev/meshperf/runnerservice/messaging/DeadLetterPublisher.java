package dev.meshperf.runnerservice.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.kafka.DeadLetters;

/** Sends a record this service could not use to {@code test.requested.dlq}: original bytes and headers, plus why. */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Channel(Channels.DEAD_LETTERS)
    Emitter<byte[]> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String consumerName;

    public void send(Message<byte[]> original, String reason) {
        Optional<IncomingKafkaRecordMetadata> in = original.getMetadata(IncomingKafkaRecordMetadata.class);
        RecordHeaders headers = DeadLetters.headers(in.map(IncomingKafkaRecordMetadata::getHeaders).orElse(null),
                in.map(IncomingKafkaRecordMetadata::getTopic).orElse(null), in.map(m -> m.getPartition()).orElse(-1),
                in.map(m -> m.getOffset()).orElse(-1L), reason, consumerName);
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<Object> metadata = OutgoingKafkaRecordMetadata
                .builder();
        in.ifPresent(m -> metadata.withKey(m.getKey()));
        LOG.warnf("dead-lettered a test.requested record: %s", reason);
        emitter.send(Message.of(original.getPayload() == null ? new byte[0] : original.getPayload())
                .addMetadata(metadata.withHeaders(headers).build()));
    }

}
