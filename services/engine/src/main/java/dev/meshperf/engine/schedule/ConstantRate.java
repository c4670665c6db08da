package dev.meshperf.engine.schedule;

/** R requests per second for d seconds. */
public record ConstantRate(double rate, double durationSeconds) implements RateProfile {

    @Override
    public double timeOf(double u) {
        return u >= totalCount() ? Double.POSITIVE_INFINITY : u / rate;
    }

    @Override
    public double totalCount() {
        return rate * durationSeconds;
    }
}
