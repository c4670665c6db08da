package dev.meshperf.analysis.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import dev.meshperf.contracts.kafka.DeadLetters;
import dev.meshperf.reliability.UntilAcked;

/**
 * Sends an unusable sample to {@code test.samples.dlq}: original key, bytes and headers, plus why. Samples arrive a
 * poll
 * at a time, and a nack of a batch would dead-letter every record of it, so a sample is dead-lettered here, alone;
 * the per-record channels use the connector's dead-letter queue ({@code DeadLettering}).
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Channel(AnalysisChannels.DEAD_LETTERS)
    Emitter<byte[]> emitter;

    @Inject
    UntilAcked sender;

    /** Completes once the broker has the dead letter (it is sent again until then, see {@link UntilAcked}). */
    public CompletionStage<Void> send(RawRecord original, String deadLetterTopic, String reason) {
        RecordHeaders headers = DeadLetters.headers(original.headers(), original.topic(), original.partition(),
                original.offset(), reason, AnalysisChannels.CONSUMER_NAME);
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<Object> metadata = OutgoingKafkaRecordMetadata
                .builder().withTopic(deadLetterTopic);
        if (original.key() != null) {
            metadata.withKey(original.key());
        }
        LOG.warnf("dead-lettered a record to %s: %s", deadLetterTopic, reason);
        OutgoingKafkaRecordMetadata<Object> outgoing = metadata.withHeaders(headers).build();
        byte[] value = original.value() == null ? new byte[0] : original.value();
        return sender.send(emitter, () -> Message.of(value).addMetadata(outgoing),
                "the dead letter of " + original.topic() + "/" + original.partition() + "@" + original.offset());
    }
}
