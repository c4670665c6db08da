package dev.meshperf.contracts.validation;

import java.util.List;

import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.events.TestSample;

/**
 * Checks events that were read successfully as JSON but carry values no consumer can act on. Histogram encodings
 * are checked where they are decoded (the merge), so that a hot path decodes each one once. Consumers send a record
 * that fails here to the dead-letter topic with {@link #describe(List)} as the reason.
 */
public final class EventValidator {

    private EventValidator() {
    }

    public static List<Violation> validate(TestRequested event) {
        Violations v = new Violations();
        if (!v.require(event, "$")) {
            return v.list();
        }
        v.require(event.testId(), "testId");
        v.atMostChars(event.testId(), FieldLimits.TEST_ID, "testId");
        v.require(event.generator(), "generator");
        v.atMostChars(event.generator(), FieldLimits.GENERATOR, "generator");
        v.require(event.startAt(), "startAt");
        shard(event.shard(), v);
        if (event.profile() != null) {
            v.atMostChars(event.profile().id(), FieldLimits.ID, "profile.id");
            v.atMostChars(event.profile().name(), FieldLimits.PROFILE_NAME, "profile.name");
        }
        List<Violation> spec = LoadSpecValidator.validate(event.spec(), "spec");
        spec.forEach(s -> v.add(s.field(), s.reason()));
        SloCheckValidator.validate(event.slos(), "slos").forEach(s -> v.add(s.field(), s.reason()));
        return v.list();
    }

    public static List<Violation> validate(TestSample sample) {
        Violations v = new Violations();
        if (!v.require(sample, "$")) {
            return v.list();
        }
        v.require(sample.testId(), "testId");
        v.atMostChars(sample.testId(), FieldLimits.TEST_ID, "testId");
        v.atMostChars(sample.generator(), FieldLimits.GENERATOR, "generator");
        shard(sample.shard(), v);
        v.notNegative(sample.sequence(), "sequence");
        if (sample.failure() == null && v.require(sample.counters(), "counters")) {
            v.notNegative(sample.counters().requests(), "counters.requests");
            v.notNegative(sample.counters().errors(), "counters.errors");
        }
        return v.list();
    }

    public static String describe(List<Violation> violations) {
        return Violations.describe(violations);
    }

    private static void shard(ShardRef shard, Violations v) {
        if (!v.require(shard, "shard")) {
            return;
        }
        v.positive(shard.count(), "shard.count");
        if (shard.index() < 0 || shard.index() >= Math.max(shard.count(), 1)) {
            v.add("shard.index", "must be between 0 and shard.count - 1, was " + shard.index());
        }
    }

}
