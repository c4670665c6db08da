package dev.meshperf.engine.schedule;

import java.util.SplittableRandom;

/**
 * The intended send times of one stream of requests. A test's load is split into G independent streams (shards ×
 * event loops); stream g of G takes every G-th request of the whole profile, so together they send exactly what the
 * profile asks for. Uniform arrivals take global numbers g, g+G, g+2G …; Poisson arrivals give each stream its own
 * Poisson process of rate 1/G in count space (exponential gaps), and the superposition of those is Poisson again.
 */
public final class ArrivalSchedule {

    private final RateProfile profile;
    private final int stream;
    private final int streams;
    private final SplittableRandom random;
    private long k;
    private double poissonCount;

    private ArrivalSchedule(RateProfile profile, int stream, int streams, SplittableRandom random) {
        if (streams < 1 || stream < 0 || stream >= streams) {
            throw new IllegalArgumentException("stream " + stream + " of " + streams);
        }
        this.profile = profile;
        this.stream = stream;
        this.streams = streams;
        this.random = random;
    }

    public static ArrivalSchedule uniform(RateProfile profile, int stream, int streams) {
        return new ArrivalSchedule(profile, stream, streams, null);
    }

    public static ArrivalSchedule poisson(RateProfile profile, int stream, int streams, long seed) {
        return new ArrivalSchedule(profile, stream, streams, new SplittableRandom(seed));
    }

    /**
     * Nanoseconds after the start at which this stream's next request is due, or {@link Long#MAX_VALUE} when the
     * profile has ended.
     */
    public long next() {
        double u;
        if (random == null) {
            u = (double) k++ * streams + stream;
        } else {
            poissonCount += -Math.log(1.0 - random.nextDouble()) * streams;
            u = poissonCount;
        }
        double seconds = profile.timeOf(u);
        return Double.isInfinite(seconds) ? Long.MAX_VALUE : (long) (seconds * 1_000_000_000L);
    }
}
