package dev.meshperf.analysis.service;

import java.util.Map;
import java.util.stream.Collectors;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.events.TestStatus;

/**
 * How a test ended, decided from what its shards reported:
 * <ul>
 * <li>every shard ended without failure: COMPLETED;</li>
 * <li>a shard was cancelled: CANCELLED;</li>
 * <li>every shard that reported failed, or nothing reported by the deadline: FAILED;</li>
 * <li>otherwise (some shards failed or never reported, others measured): PARTIAL.</li>
 * </ul>
 */
public record Outcome(TestStatus status, String reason) {

    public static Outcome decide(int shards, int reported, Map<Integer, Failure> failures, boolean deadlinePassed,
            String generator) {
        if (failures.values().stream().anyMatch(f -> f.code() == FailureCode.CANCELLED)) {
            return new Outcome(TestStatus.CANCELLED, reasons(failures));
        }
        int succeeded = reported - failures.size();
        if (reported == 0 && deadlinePassed) {
            return new Outcome(TestStatus.FAILED, "no runner of generator '" + generator
                    + "' reported by the deadline; is one running and able to take the test?");
        }
        if (succeeded <= 0) {
            return new Outcome(TestStatus.FAILED, reasons(failures));
        }
        if (failures.isEmpty() && reported >= shards) {
            return new Outcome(TestStatus.COMPLETED, null);
        }
        String missing = reported < shards
                ? (shards - reported) + " of " + shards + " shards did not finish by the"
                        + " deadline"
                : null;
        String failed = failures.isEmpty() ? null : reasons(failures);
        return new Outcome(TestStatus.PARTIAL, missing == null
                ? failed
                : failed == null ? missing : missing + "; " + failed);
    }

    private static String reasons(Map<Integer, Failure> failures) {
        return failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "shard " + e.getKey() + ": " + e.getValue().reason())
                .collect(Collectors.joining("; "));
    }
}
