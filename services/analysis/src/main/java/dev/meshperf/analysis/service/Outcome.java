package dev.meshperf.analysis.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestStatus;

/**
 * How a test ended, decided from what its shards reported:
 * <ul>
 * <li>every shard ended without failure and nothing is missing: COMPLETED;</li>
 * <li>a shard was cancelled: CANCELLED;</li>
 * <li>nothing was heard from any runner by the deadline, every shard that finished failed, or the shards that did not
 * finish measured nothing: FAILED;</li>
 * <li>otherwise (a shard failed, went silent or did not finish, or samples are missing, while others measured):
 * PARTIAL, saying which shard, which runner and which seconds.</li>
 * </ul>
 */
public record Outcome(TestStatus status, String reason) {

    /**
     * What the shards of a test delivered.
     *
     * @param finished
     * shards that sent their final sample
     * @param unfinished
     * one sentence per shard that did not (went silent, or was still running at the deadline), naming its runner
     * and the last second it covered
     * @param gaps
     * samples missing before a finished shard's final sample
     * @param measured
     * whether any request was measured at all
     * @param heardAny
     * whether any runner sent anything for the test
     */
    public record Shards(int count, int finished, Map<Integer, Failure> failures, List<String> unfinished,
            List<String> gaps, boolean measured, boolean heardAny) {
    }

    public static Outcome decide(int shards, int reported, Map<Integer, Failure> failures, boolean deadlinePassed,
            String generator) {
        return decide(new Shards(shards, reported, failures, List.of(), List.of(), reported > failures.size(),
                reported > 0), deadlinePassed, generator);
    }

    public static Outcome decide(Shards s, boolean deadlinePassed, String generator) {
        if (s.failures().values().stream().anyMatch(f -> f.code() == FailureCode.CANCELLED)) {
            return new Outcome(TestStatus.CANCELLED, reasons(s.failures()));
        }
        if (!s.heardAny() && deadlinePassed) {
            return new Outcome(TestStatus.FAILED, "no runner of generator '" + generator
                    + "' reported by the deadline; is one running and able to take the test?");
        }
        List<String> missing = new ArrayList<>(s.unfinished());
        if (missing.isEmpty() && s.finished() < s.count()) {
            missing.add((s.count() - s.finished()) + " of " + s.count() + " shards did not finish by the deadline");
        }
        int succeeded = s.finished() - s.failures().size();
        if (succeeded <= 0 && (missing.isEmpty() || !s.measured())) {
            List<String> why = new ArrayList<>(missing);
            if (!s.failures().isEmpty()) {
                why.add(reasons(s.failures()));
            }
            return new Outcome(TestStatus.FAILED, String.join("; ", why));
        }
        if (s.failures().isEmpty() && missing.isEmpty() && s.gaps().isEmpty()) {
            return new Outcome(TestStatus.COMPLETED, null);
        }
        List<String> why = new ArrayList<>(missing);
        if (!s.failures().isEmpty()) {
            why.add(reasons(s.failures()));
        }
        why.addAll(s.gaps());
        return new Outcome(TestStatus.PARTIAL, String.join("; ", why));
    }

    private static String reasons(Map<Integer, Failure> failures) {
        return failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "shard " + e.getKey() + ": " + e.getValue().reason())
                .collect(Collectors.joining("; "));
    }
}
