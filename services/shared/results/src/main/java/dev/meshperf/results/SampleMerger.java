package dev.meshperf.results;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.api.SeriesPoint;
import dev.meshperf.contracts.api.ShardStats;
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
    private final TreeMap<Long, SeriesPointBuilder> series = new TreeMap<>();
    private final TreeMap<Integer, long[]> perShard = new TreeMap<>();
    private final Map<Integer, String> shardRunners = new HashMap<>();
    /** Per shard: each sequence received, with the end of its interval (epoch ms, or -1): for gaps and coverage. */
    private final Map<Integer, TreeMap<Long, Long>> received = new HashMap<>();
    private final Map<Integer, Long> finalSequences = new HashMap<>();
    /**
     * Per shard: the sequence numbers its heartbeats took, ascending. A heartbeat numbers itself like any sample, so
     * a shard's measured samples are counted by interval only once the heartbeats before them are taken out. A
     * sorted list, so that count is a binary search (a day of wrk holds 43,200 heartbeats per shard).
     */
    private final Map<Integer, java.util.ArrayList<Long>> heartbeats = new HashMap<>();
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
        if (sample.heartbeatOnly()) {
            java.util.ArrayList<Long> beats = heartbeats.computeIfAbsent(sample.shard().index(),
                    i -> new java.util.ArrayList<>());
            // samples of a shard arrive in order, so this appends; a replay out of order is put in its place
            beats.add(-java.util.Collections.binarySearch(beats, sample.sequence()) - 1, sample.sequence());
        }
        shardCount = Math.max(shardCount, sample.shard().count());
        received.computeIfAbsent(sample.shard().index(), i -> new TreeMap<>()).put(sample.sequence(),
                sample.intervalEnd() == null ? -1L : sample.intervalEnd().toEpochMilli());
        if (sample.finalSample()) {
            finished.add(sample.shard().index());
            finalSequences.put(sample.shard().index(), sample.sequence());
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
        // a heartbeat's interval is when it was sent, not a measured span: it moves neither end of the measurement
        if (!sample.heartbeatOnly() && sample.intervalStart() != null
                && (first == null || sample.intervalStart().isBefore(first))) {
            first = sample.intervalStart();
        }
        if (!sample.heartbeatOnly() && sample.intervalEnd() != null
                && (last == null || sample.intervalEnd().isAfter(last))) {
            last = sample.intervalEnd();
        }
        // a final sample that carries the last interval's requests is part of the series, so it adds up to the total;
        // a heartbeat measured nothing and is no point of it
        if (sample.counters() != null && !sample.heartbeatOnly()
                && (!sample.finalSample() || sample.counters().requests() > 0)) {
            series.computeIfAbsent(measuredIndex(sample), s -> new SeriesPointBuilder(s))
                    .add(sample.intervalEnd(), sample.counters(), intervalLatency, sample.shard().count());
        }
        return true;
    }

    /**
     * Which measured interval of its shard a sample is: its sequence number less the heartbeats before it (samples
     * of a shard arrive in order, so those heartbeats are here), so the same second of every shard merges into one
     * point however many heartbeats each sent.
     */
    private long measuredIndex(TestSample sample) {
        java.util.ArrayList<Long> beats = heartbeats.get(sample.shard().index());
        if (beats == null) {
            return sample.sequence();
        }
        int at = java.util.Collections.binarySearch(beats, sample.sequence());
        return sample.sequence() - (at >= 0 ? at : -at - 1);
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

    /** The shards that sent their final sample. */
    public Set<Integer> finishedShards() {
        return Set.copyOf(finished);
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

    /**
     * What finished shards did not deliver: each run of sequence numbers missing before a shard's final sample, with
     * the seconds of the run it covers (counted from the first interval's start). Empty when nothing is missing.
     */
    public java.util.List<String> gaps() {
        java.util.List<String> gaps = new java.util.ArrayList<>();
        for (int shard : new java.util.TreeSet<>(finalSequences.keySet())) {
            long last = finalSequences.get(shard);
            TreeMap<Long, Long> got = received.get(shard);
            long s = 0;
            while (s <= last) {
                if (got.containsKey(s)) {
                    s++;
                    continue;
                }
                long from = s;
                while (s <= last && !got.containsKey(s)) {
                    s++;
                }
                gaps.add(describeGap(shard, from, s - 1, last, got));
            }
        }
        return gaps;
    }

    private String describeGap(int shard, long from, long to, long last, TreeMap<Long, Long> got) {
        var before = got.lowerEntry(from);
        var after = got.higherEntry(to);
        String seconds = "";
        if (first != null && after != null && after.getValue() >= 0) {
            long start = before == null || before.getValue() < 0 ? 0 : second(before.getValue());
            seconds = " (between second " + start + " and second " + second(after.getValue()) + " of the run)";
        }
        return "shard " + shard + runnerOf(shard) + ": " + (from == to
                ? "sample " + from
                : "samples " + from + " to " + to) + " of " + (last + 1) + " missing" + seconds;
    }

    /** The second of the run (from the first interval's start) that a shard's samples reach, or -1 when none. */
    public long coveredUntilSecond(int shard) {
        TreeMap<Long, Long> got = received.get(shard);
        if (got == null || first == null) {
            return -1;
        }
        return got.values().stream().mapToLong(Long::longValue).filter(end -> end >= 0).map(this::second).max()
                .orElse(-1);
    }

    /** The runner a shard's samples came from, for a reason a user reads: " (host/pid)", or empty when unknown. */
    public String runnerOf(int shard) {
        String runner = shardRunners.get(shard);
        return runner == null ? "" : " (" + runner + ")";
    }

    /** Shards that sent at least one sample (a heartbeat counts). */
    public java.util.Set<Integer> shardsHeardFrom() {
        return java.util.Set.copyOf(received.keySet());
    }

    private long second(long epochMilli) {
        return Math.max(0, (epochMilli - first.toEpochMilli() + 500) / 1000);
    }

    /** The intervals every shard has reported so far, for live progress; leaves the others open. */
    public java.util.List<SeriesPoint> sealedSeries() {
        return series.values().stream().filter(SeriesPointBuilder::sealed).map(SeriesPointBuilder::build).toList();
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
        return series.values().stream().map(SeriesPointBuilder::build).toList();
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
