package dev.meshperf.scheduler.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.cronutils.model.time.ExecutionTime;

/** When a rule fires. Wall-clock rules follow their time zone, daylight saving included; intervals do not. */
public final class FireTimes {

    private FireTimes() {
    }

    /** The first fire time strictly after {@code after}, within the rule's start and end; null when there is none. */
    public static Instant next(Rule rule, Instant after) {
        Instant from = after;
        if (rule.start() != null && from.isBefore(rule.start())) {
            from = rule.start().minusNanos(1);
        }
        Instant next = rule.interval() != null ? nextInterval(rule, from) : nextCron(rule, from);
        if (next == null || rule.end() != null && next.isAfter(rule.end())) {
            return null;
        }
        return next;
    }

    /** Up to {@code count} fire times after {@code after}, also bounded by the rule's run count. */
    public static List<Instant> upcoming(Rule rule, Instant after, int count, int runsSoFar) {
        List<Instant> out = new ArrayList<>();
        int left = rule.maxRuns() == null ? count : Math.min(count, rule.maxRuns() - runsSoFar);
        Instant t = after;
        while (out.size() < left && (t = next(rule, t)) != null) {
            out.add(t);
        }
        return out;
    }

    private static Instant nextInterval(Rule rule, Instant from) {
        Instant anchor = rule.anchor();
        if (from.isBefore(anchor)) {
            return anchor;
        }
        long step = rule.interval().toNanos();
        long elapsed = Duration.between(anchor, from).toNanos();
        return anchor.plusNanos((elapsed / step + 1) * step);
    }

    private static Instant nextCron(Rule rule, Instant from) {
        Optional<ZonedDateTime> next = ExecutionTime.forCron(rule.cron()).nextExecution(from.atZone(rule.zone()));
        return next.map(ZonedDateTime::toInstant).orElse(null);
    }
}
