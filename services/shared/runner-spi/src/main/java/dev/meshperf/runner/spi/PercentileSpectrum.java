package dev.meshperf.runner.spi;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

import dev.meshperf.contracts.histogram.HistogramCodec;

/**
 * Rebuilds a histogram from a generator's percentile spectrum (wrk's {@code latency:percentile(p)}, fortio's and
 * Nighthawk's percentile lists). The counts between two listed percentiles are put at the upper one's value, so a
 * percentile read back from the rebuilt histogram is never below the generator's own; between listed points the shape
 * is lost, which is why results built this way are flagged approximate.
 */
public final class PercentileSpectrum {

    /** One point: {@code percentile} in 0..100, {@code valueMicros} the latency at it. */
    public record Point(double percentile, long valueMicros) {
    }

    private PercentileSpectrum() {
    }

    /**
     * The percentiles to ask a generator for: every percent to 90, then HdrHistogram's halving ticks (5 per halving
     * of the remaining distance) down to 1 in 10 million, then 100 (the maximum).
     */
    public static List<Double> grid() {
        List<Double> grid = new ArrayList<>();
        for (int p = 1; p < 90; p++) {
            grid.add((double) p);
        }
        double base = 90;
        double remaining = 10;
        while (remaining > 1e-5) {
            for (int tick = 0; tick < 5; tick++) {
                grid.add(base + remaining / 2 * tick / 5);
            }
            base += remaining / 2;
            remaining /= 2;
        }
        grid.add(100.0);
        return grid;
    }

    /**
     * Spreads {@code total} counts over the spectrum.
     *
     * @param points
     * in increasing percentile order; values must not decrease
     * @throws IllegalArgumentException
     * naming the first point out of order
     */
    public static Histogram toHistogram(List<Point> points, long total) {
        Histogram histogram = HistogramCodec.newHistogram();
        if (total <= 0 || points.isEmpty()) {
            return histogram;
        }
        long placed = 0;
        double lastPercentile = -1;
        long lastValue = 0;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (point.percentile() < lastPercentile || point.percentile() > 100 || point.valueMicros() < lastValue) {
                throw new IllegalArgumentException("percentile spectrum point " + i + " (" + point.percentile() + "% = "
                        + point.valueMicros() + " us) is out of order or out of range");
            }
            long upTo = i == points.size() - 1 ? total : Math.round(total * point.percentile() / 100.0);
            if (upTo > placed) {
                histogram.recordValueWithCount(Math.max(HistogramCodec.LOWEST_US, point.valueMicros()),
                        upTo - placed);
                placed = upTo;
            }
            lastPercentile = point.percentile();
            lastValue = point.valueMicros();
        }
        return histogram;
    }
}
