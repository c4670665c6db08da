package dev.meshperf.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.EventType;
import dev.meshperf.contracts.events.IntervalHistograms;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestCompleted;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.events.Topics;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.kafka.EventReader;
import dev.meshperf.contracts.kafka.EventSerializer;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

/**
 * Makes one long stored run, for the web UI's rendering benchmark: one shard, one sample per second for the given
 * seconds (a day by default, so 86,400 points per series), its intervals a second apart in the past, latency following
 * a slow wave with a few spikes. Prints {@code testId=ID} once analysis has published its test.completed.
 *
 * <pre>
 * java dev.meshperf.bench.DayOfSamples BOOTSTRAP [SECONDS=86400]
 * </pre>
 */
public final class DayOfSamples {

    private static final Counters NOTHING = new Counters(0, 0, Map.of(), Map.of(), 0, 0, 0, 0);
    private static final IntervalHistograms EMPTY;

    static {
        String none = HistogramCodec.encode(HistogramCodec.newHistogram());
        EMPTY = IntervalHistograms.of(none, none, none);
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 86_400;
        String id = "day-" + UUID.randomUUID();
        // a day that ends five minutes from now: analysis' deadline (planned end + grace) must not have passed already
        Instant start = Instant.now().minusSeconds(seconds).plusSeconds(300);
        LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://bench.invalid/")), "GET", List.of(),
                Map.of(), null, null, LoadModel.constant(100), 8, null, Duration.ofSeconds(seconds), null, null, null,
                null, null, null, Map.of());
        Random random = new Random(42);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024), new StringSerializer(), new EventSerializer());
                KafkaConsumer<String, byte[]> completions = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new ByteArrayDeserializer())) {
            producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED, id, new TestRequested(id, start, start,
                    new ShardRef(0, 1), "native", null, spec, List.of(), Map.of("name", "a day of samples"), null)));
            for (int i = 0; i <= seconds; i++) {
                boolean last = i == seconds;
                Histogram h = HistogramCodec.newHistogram();
                double wave = 2 + Math.sin(2 * Math.PI * i / 86_400.0) + 0.3 * Math.sin(i / 300.0);
                for (int r = 0; r < 100; r++) {
                    double jitter = Math.max(0.1, 1 + 0.2 * random.nextGaussian() * random.nextGaussian());
                    h.recordValue((long) (1000 * wave * jitter + (i % 7919 == 0 ? 250_000 : 0)) + 100);
                }
                String encoded = HistogramCodec.encode(h);
                TestSample sample = new TestSample(id, new ShardRef(0, 1), i, last, "native",
                        start.plusSeconds(i), start.plusSeconds(i + 1L), last
                                ? NOTHING
                                : new Counters(100, i % 600 == 0 ? 1 : 0, Map.of(), Map.of("200", 100L), 10_000,
                                        30_000, 0, 0),
                        last ? EMPTY : IntervalHistograms.of(encoded, encoded, encoded), false, null, "bench");
                producer.send(new ProducerRecord<>(Topics.TEST_SAMPLES, id, sample));
            }
            producer.flush();
            completions.subscribe(List.of(Topics.TEST_COMPLETED));
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : completions.poll(Duration.ofMillis(200))) {
                    TestCompleted c = (TestCompleted) EventReader.read(record.topic(), record.headers(), record.value(),
                            EventType.TEST_COMPLETED_V1);
                    if (id.equals(c.testId())) {
                        System.out.println("testId=" + id + " status=" + c.status());
                        return;
                    }
                }
            }
            throw new IllegalStateException("analysis did not complete " + id + " within 10 minutes");
        }
    }
}
