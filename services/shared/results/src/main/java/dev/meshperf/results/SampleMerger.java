package dev.meshperf.results;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.contracts.histogram.SparseCounts;

/**
 * Merges the samples of one test, from any number of shards, exactly: histograms with {@link Histogram#add},
 * counters by addition. A sample seen before (same shard and sequence) is ignored, so redelivery never counts twice.
 * Not thread-safe.
 */
public final class SampleMerger {

    private final Histogram latency = HistogramCodec.newHistogram();
    private final Histogram serviceTime = HistogramCodec.newHistogram();
    private final Histogram schedulingLag = HistogramCodec.newHistogram();
    private final Totals totals = new Totals();
    private final Set<Long> seen = new HashSet<>();
    private final Map<Integer, Failure> failures = new HashMap<>();
    private final Set<Integer> finished = new HashSet<>();
    private final Set<String> runners = new java.util.TreeSet<>();
    private final TreeMap<Long, SeriesPoint.Builder> series = new TreeMap<>();
    private final TreeMap<Integer, long[]> perShard = new TreeMap<>();
    private final Map<Integer, String> shardRunners = new HashMap<>();
    private Instant first;
    private Instant last;
    private int shardCount;
    private boolean approximate;
    private long duplicates;

    /**
     * Adds a sample; returns false when it was a duplicate and changed nothing. A histogram that is not a valid
     * encoding throws {@link IllegalArgumentException} naming it, before anything is merged.
     */
    public boolean accept(TestSample sample) {
        long key = ((long) sample.shard().index() << 40) | sample.sequence();
        if (seen.contains(key)) {
            duplicates++;
            return false;
        }
        SparseCounts intervalLatency = null;
        SparseCounts intervalService = null;
        SparseCounts intervalLag = null;
        if (sample.histograms() != null) {
            intervalLatency = decode(sample.histograms().latency(), "histograms.latency");
            intervalService = decode(sample.histograms().serviceTime(), "histograms.serviceTime");
            intervalLag = decode(sample.histograms().schedulingLag(), "histograms.schedulingLag");
        }
        seen.add(key);
        shardCount = Math.max(shardCount, sample.shard().count());
        if (sample.finalSample()) {
            finished.add(sample.shard().index());
        }
        if (sample.failure() != null) {
            failures.put(sample.shard().index(), sample.failure());
        }
        approximate |= sample.approximate();
        if (sample.runner() != null) {
            runners.add(sample.runner());
        }
        if (sample.counters() != null) {
            totals.add(sample.counters());
            long[] shard = perShard.computeIfAbsent(sample.shard().index(), i -> new long[3]);
            shard[0] += sample.counters().requests();
            shard[1] += sample.counters().errors();
            shard[2] += sample.counters().dropped();
        }
        if (sample.runner() != null) {
            shardRunners.put(sample.shard().index(), sample.runner());
        }
        if (intervalLatency != null) {
            intervalLatency.addTo(latency);
            intervalService.addTo(serviceTime);
            intervalLag.addTo(schedulingLag);
        }
        if (sample.intervalStart() != null && (first == null || sample.intervalStart().isBefore(first))) {
            first = sample.intervalStart();
        }
        if (sample.intervalEnd() != null && (last == null || sample.intervalEnd().isAfter(last))) {
            last = sample.intervalEnd();
        }
        // a final sample that carries the last interval's requests is part of the series, so it adds up to the total
        if (sample.counters() != null && (!sample.finalSample() || sample.counters().requests() > 0)) {
            series.computeIfAbsent(sample.sequence(), s -> new SeriesPoint.Builder(s))
                    .add(sample.intervalEnd(), sample.counters(), intervalLatency, sample.shard().count());
        }
        return true;
    }

    private static SparseCounts decode(String encoded, String field) {
        try {
            return SparseCounts.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    public Histogram latency() {
        return latency;
    }

    public Histogram serviceTime() {
        return serviceTime;
    }

    public Histogram schedulingLag() {
        return schedulingLag;
    }

    public Totals totals() {
        return totals;
    }

    public Map<Integer, Failure> failures() {
        return Map.copyOf(failures);
    }

    /** True once every shard sent its final sample. */
    public boolean complete() {
        return shardCount > 0 && finished.size() == shardCount;
    }

    public int shardsReported() {
        return finished.size();
    }

    public int shardCount() {
        return shardCount;
    }

    /** The runner instances that produced samples; fewer than the shards means instances ran several shards. */
    public Set<String> runners() {
        return Set.copyOf(runners);
    }

    public boolean approximate() {
        return approximate;
    }

    public long duplicates() {
        return duplicates;
    }

    public Instant firstIntervalStart() {
        return first;
    }

    public Instant lastIntervalEnd() {
        return last;
    }

    /** The intervals every shard has reported so far, for live progress; leaves the others open. */
    public java.util.List<SeriesPoint> sealedSeries() {
        return series.values().stream().filter(SeriesPoint.Builder::sealed).map(SeriesPoint.Builder::build).toList();
    }

    /** Each shard that reported, in shard order: its runner, counters, and whether it finished or failed. */
    public java.util.List<ShardStats> shardBreakdown() {
        java.util.Set<Integer> known = new java.util.TreeSet<>(perShard.keySet());
        known.addAll(finished);
        known.addAll(failures.keySet());
        return known.stream().map(i -> {
            long[] c = perShard.getOrDefault(i, new long[3]);
            Failure f = failures.get(i);
            return new ShardStats(i, shardRunners.get(i), c[0], c[1], c[2], finished.contains(i),
                    f == null ? null : f.reason());
        }).toList();
    }

    /** One point per interval number, all shards together. */
    public java.util.List<SeriesPoint> series() {
        return series.values().stream().map(SeriesPoint.Builder::build).toList();
    }

    /** Running sums of every counter. */
    public static final class Totals {

        private long requests;
        private long errors;
        private long bytesSent;
        private long bytesReceived;
        private long dropped;
        private long reconnects;
        private final Map<String, Long> statusCodes = new TreeMap<>();
        private final Map<String, Long> errorsByClass = new TreeMap<>();

        void add(Counters c) {
            requests += c.requests();
            errors += c.errors();
            bytesSent += c.bytesSent();
            bytesReceived += c.bytesReceived();
            dropped += c.dropped();
            reconnects += c.reconnects();
            if (c.statusCodes() != null) {
                c.statusCodes().forEach((k, v) -> statusCodes.merge(k, v, Long::sum));
            }
            if (c.errorsByClass() != null) {
                c.errorsByClass().forEach((k, v) -> errorsByClass.merge(k, v, Long::sum));
            }
        }

        public long requests() {
            return requests;
        }

        public long errors() {
            return errors;
        }

        public long bytesSent() {
            return bytesSent;
        }

        public long bytesReceived() {
            return bytesReceived;
        }

        public long dropped() {
            return dropped;
        }

        public long reconnects() {
            return reconnects;
        }

        public Map<String, Long> statusCodes() {
            return Map.copyOf(statusCodes);
        }

        public Map<String, Long> errorsByClass() {
            return Map.copyOf(errorsByClass);
        }
    }
}
