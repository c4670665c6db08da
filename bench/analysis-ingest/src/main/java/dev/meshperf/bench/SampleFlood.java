package dev.meshperf.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
 * Sends tests' requests and then all their samples, as fast as Kafka takes them, to a running analysis service, and
 * waits for every {@code test.completed}. Prints the ingest rate (samples over the time from the first sample to the
 * last completion) and, per test, the time from its last final sample being acknowledged by the broker to its
 * completion arriving.
 *
 * <pre>
 * SampleFlood BOOTSTRAP [tests=100] [shards=4] [intervals=50] [samples per second, 0 = as fast as possible] [staggered]
 * </pre>
 */
public final class SampleFlood {

    private SampleFlood() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int tests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int shards = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int intervals = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        double pace = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        boolean staggered = args.length > 5 && "staggered".equals(args[5]);

        List<String> ids = new ArrayList<>();
        for (int t = 0; t < tests; t++) {
            ids.add("bench-" + UUID.randomUUID());
        }
        java.util.Set<String> ours = java.util.Set.copyOf(ids);
        IntervalHistograms histograms = histograms();
        Map<String, Long> lastFinalAcked = new ConcurrentHashMap<>();
        Map<String, Long> completedAt = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(tests);
        java.util.concurrent.atomic.AtomicBoolean listening = new java.util.concurrent.atomic.AtomicBoolean(true);

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5,
                        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(),
                        new EventSerializer());
                KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5,
                        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(),
                        new ByteArraySerializer())) {
            consumer.subscribe(List.of(Topics.TEST_COMPLETED));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            // resolve "latest" now: left to the listener's first poll, it would skip completions published before it
            consumer.assignment().forEach(consumer::position);
            Thread listener = new Thread(() -> {
                while (listening.get()) {
                    consumer.poll(Duration.ofMillis(50)).forEach(r -> {
                        TestCompleted c = (TestCompleted) EventReader.read(r.topic(), r.headers(), r.value(),
                                EventType.TEST_COMPLETED_V1);
                        if (ours.contains(c.testId()) && completedAt.putIfAbsent(c.testId(),
                                System.nanoTime()) == null) {
                            done.countDown();
                        }
                    });
                }
            }, "completions");

            LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("http://bench.invalid/")), "GET",
                    List.of(), Map.of(), null, null, LoadModel.constant(1000), shards, null,
                    Duration.ofSeconds(intervals), null, null, null, null, null, null, Map.of());
            for (String id : ids) {
                for (int s = 0; s < shards; s++) {
                    producer.send(new ProducerRecord<>(Topics.TEST_REQUESTED, id, new TestRequested(id, Instant.now(),
                            Instant.now(), new ShardRef(s, shards), "bench", null, spec, List.of(), Map.of(), null)));
                }
            }
            producer.flush();
            listener.start();

            // every sample is serialized before the clock starts: the flood measures analysis, not this producer
            EventSerializer serializer = new EventSerializer();
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            List<Long> dueNanos = new ArrayList<>();
            // paced: each test sends one sample per shard per period, its phase spread over the period; staggered:
            // tests start one after another over a test's length, as in a busy installation, so that they also end
            // spread out (the rate then peaks at the pace half-way and is half of it on average)
            double period = pace > 0 ? tests * shards / pace * 1e9 : 0;
            double spread = staggered ? intervals : 1;
            for (int i = 0; i <= intervals; i++) {
                boolean last = i == intervals;
                for (int t = 0; t < tests; t++) {
                    String id = ids.get(t);
                    for (int s = 0; s < shards; s++) {
                        TestSample sample = new TestSample(id, new ShardRef(s, shards), i, last, "bench",
                                Instant.now(), Instant.now(), new Counters(100, 1, Map.of("timeout", 1L),
                                        Map.of("200", 99L), 10_000, 30_000, 0, 0),
                                histograms, false, null, "bench");
                        RecordHeaders headers = new RecordHeaders();
                        byte[] value = serializer.serialize(Topics.TEST_SAMPLES, headers, sample);
                        records.add(new ProducerRecord<>(Topics.TEST_SAMPLES, null, id, value, headers));
                        dueNanos.add((long) ((i + spread * t / tests) * period));
                    }
                }
            }
            long samples = records.size();
            java.util.Set<ProducerRecord<String, byte[]>> finals = java.util.Collections
                    .newSetFromMap(new java.util.IdentityHashMap<>());
            finals.addAll(records.subList(records.size() - tests * shards, records.size()));
            if (staggered) {
                List<Integer> order = new ArrayList<>();
                for (int r = 0; r < records.size(); r++) {
                    order.add(r);
                }
                order.sort(java.util.Comparator.comparing(dueNanos::get));
                List<ProducerRecord<String, byte[]>> sortedRecords = new ArrayList<>();
                List<Long> sortedDue = new ArrayList<>();
                for (int r : order) {
                    sortedRecords.add(records.get(r));
                    sortedDue.add(dueNanos.get(r));
                }
                records = sortedRecords;
                dueNanos = sortedDue;
            }
            long start = System.nanoTime();
            for (int r = 0; r < records.size(); r++) {
                long wait = start + dueNanos.get(r) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                ProducerRecord<String, byte[]> record = records.get(r);
                boolean last = finals.contains(record);
                raw.send(record, (m, e) -> {
                    if (last) {
                        lastFinalAcked.merge(record.key(), System.nanoTime(), Math::max);
                    }
                });
            }
            raw.flush();
            long sent = System.nanoTime();
            boolean all = done.await(300, TimeUnit.SECONDS);
            long end = System.nanoTime();
            listening.set(false);
            listener.join();
            report(tests, shards, intervals, samples, start, sent, end, all, lastFinalAcked, completedAt);
        }
    }

    private static void report(int tests, int shards, int intervals, long samples, long start, long sent, long end,
            boolean all, Map<String, Long> acked, Map<String, Long> completed) {
        double seconds = (end - start) / 1e9;
        long[] lags = completed.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - acked.get(e.getKey())) / 1_000_000).sorted().toArray();
        System.out.printf("tests=%d shards=%d intervals=%d samples=%d completed=%d%s%n", tests, shards, intervals,
                samples, completed.size(), all ? "" : " (timed out)");
        System.out.printf("producer_seconds=%.3f total_seconds=%.3f ingest_samples_per_second=%.0f%n",
                (sent - start) / 1e9, seconds, samples / seconds);
        if (lags.length > 0) {
            System.out.printf("completion_after_last_final_ms p50=%d p95=%d max=%d%n", lags[lags.length / 2],
                    lags[(int) Math.min(lags.length - 1, Math.ceil(lags.length * 0.95) - 1)], lags[lags.length - 1]);
        }
    }

    /** Three histograms of 100 values each, like a busy one-second interval. */
    private static IntervalHistograms histograms() {
        Random random = new Random(1);
        Histogram h = HistogramCodec.newHistogram();
        for (int i = 0; i < 100; i++) {
            h.recordValue(500 + (long) (Math.abs(random.nextGaussian()) * 5000));
        }
        String encoded = HistogramCodec.encode(h);
        return IntervalHistograms.of(encoded, encoded, encoded);
    }
}
