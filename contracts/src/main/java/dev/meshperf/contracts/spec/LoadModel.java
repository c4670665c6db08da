package dev.meshperf.contracts.spec;

import java.util.List;

/**
 * How load is paced. Rates are totals over all shards and connections, in requests per second.
 *
 * @param rate
 * for {@code constant}
 * @param startRate
 * for {@code ramp}, rising linearly to {@code endRate} over the test's duration
 * @param steps
 * for {@code steps}; the test lasts as long as the steps together
 * @param pipelining
 * for {@code max} over HTTP/1.1: requests in flight per connection (default 1)
 */
public record LoadModel(
        LoadModelType type,
        Double rate,
        Double startRate,
        Double endRate,
        List<RateStep> steps,
        Arrival arrival,
        Integer pipelining) {

    public static LoadModel max() {
        return new LoadModel(LoadModelType.MAX, null, null, null, null, null, null);
    }

    public static LoadModel constant(double rate) {
        return new LoadModel(LoadModelType.CONSTANT, rate, null, null, null, Arrival.UNIFORM, null);
    }
}
