package dev.meshperf.engine.schedule;

/**
 * A rate rising (or falling) linearly from r0 to r1 over d seconds: N(t) = r0·t + a·t²/2 with a = (r1 − r0)/d, so
 * N⁻¹(u) = (√(r0² + 2au) − r0)/a.
 */
public record RampRate(double startRate, double endRate, double durationSeconds) implements RateProfile {

    @Override
    public double timeOf(double u) {
        if (u >= totalCount()) {
            return Double.POSITIVE_INFINITY;
        }
        double a = (endRate - startRate) / durationSeconds;
        if (Math.abs(a) < 1e-12) {
            return u / startRate;
        }
        return (Math.sqrt(startRate * startRate + 2 * a * u) - startRate) / a;
    }

    @Override
    public double totalCount() {
        return (startRate + endRate) / 2 * durationSeconds;
    }
}
