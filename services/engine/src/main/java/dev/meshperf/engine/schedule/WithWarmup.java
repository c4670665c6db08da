package dev.meshperf.engine.schedule;

/** A warm-up of w seconds at the measured profile's initial rate, followed by the profile itself. */
public record WithWarmup(double warmupSeconds, double warmupRate, RateProfile measured) implements RateProfile {

    @Override
    public double timeOf(double u) {
        double warmupCount = warmupRate * warmupSeconds;
        if (u < warmupCount) {
            return u / warmupRate;
        }
        return warmupSeconds + measured.timeOf(u - warmupCount);
    }

    @Override
    public double totalCount() {
        return warmupRate * warmupSeconds + measured.totalCount();
    }

    @Override
    public double durationSeconds() {
        return warmupSeconds + measured.durationSeconds();
    }
}
