package dev.meshperf.runner.spi;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongBinaryOperator;

import dev.meshperf.contracts.events.Counters;

/** Sums and differences of counters, field by field (a difference never below zero). */
public final class CounterSums {

    private CounterSums() {
    }

    public static Counters plus(Counters a, Counters b) {
        return combine(a, b, Long::sum);
    }

    /** {@code a} less {@code b}: what a final result holds beyond the progress already reported. */
    public static Counters minus(Counters a, Counters b) {
        return combine(a, b, (x, y) -> Math.max(0, x - y));
    }

    private static Counters combine(Counters a, Counters b, LongBinaryOperator op) {
        return new Counters(op.applyAsLong(a.requests(), b.requests()), op.applyAsLong(a.errors(), b.errors()),
                combine(a.errorsByClass(), b.errorsByClass(), op), combine(a.statusCodes(), b.statusCodes(), op),
                op.applyAsLong(a.bytesSent(), b.bytesSent()), op.applyAsLong(a.bytesReceived(), b.bytesReceived()),
                op.applyAsLong(a.dropped(), b.dropped()), op.applyAsLong(a.reconnects(), b.reconnects()));
    }

    private static Map<String, Long> combine(Map<String, Long> a, Map<String, Long> b, LongBinaryOperator op) {
        Map<String, Long> out = new TreeMap<>();
        if (a != null) {
            out.putAll(a);
        }
        if (b != null) {
            b.forEach((k, v) -> out.put(k, op.applyAsLong(out.getOrDefault(k, 0L), v)));
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }
}
