package dev.meshperf.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;

/**
 * Interval counters of one worker; touched only by its event loop, so plain fields and arrays suffice. Status codes
 * are HTTP statuses, or {@link #GRPC_BASE} plus a gRPC status code for gRPC calls (reported by name).
 */
final class WorkerCounters {

    static final int GRPC_BASE = 1000;
    private static final String[] GRPC_NAMES = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT",
            "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
            "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
            "UNAUTHENTICATED"};

    private static final ErrorClass[] CLASSES = ErrorClass.values();

    long requests;
    long errors;
    long bytesSent;
    long bytesReceived;
    long dropped;
    long reconnects;
    final long[] status = new long[600];
    final long[] grpcStatus = new long[GRPC_NAMES.length];
    long otherStatus;
    final long[] errorClasses = new long[CLASSES.length];

    /** HTTP 400 and above, and every gRPC status but OK, count as errors. */
    static boolean isError(int code) {
        return code >= GRPC_BASE ? code != GRPC_BASE : code >= 400;
    }

    void status(int code) {
        if (code >= GRPC_BASE && code < GRPC_BASE + grpcStatus.length) {
            grpcStatus[code - GRPC_BASE]++;
        } else if (code >= 0 && code < status.length) {
            status[code]++;
        } else {
            otherStatus++;
        }
    }

    void error(ErrorClass errorClass) {
        errors++;
        requests++;
        errorClasses[errorClass.ordinal()]++;
    }

    /**
     * Forgets the byte and reconnect counts of the warm-up; request counts need no reset, because requests intended
     * during the warm-up are never counted.
     */
    void resetTraffic() {
        bytesSent = bytesReceived = reconnects = 0;
    }

    /** The counts as a wire record; then starts a new interval. */
    Counters takeSnapshot() {
        Map<String, Long> codes = new LinkedHashMap<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i] > 0) {
                codes.put(String.valueOf(i), status[i]);
                status[i] = 0;
            }
        }
        for (int i = 0; i < grpcStatus.length; i++) {
            if (grpcStatus[i] > 0) {
                codes.put(GRPC_NAMES[i], grpcStatus[i]);
                grpcStatus[i] = 0;
            }
        }
        if (otherStatus > 0) {
            codes.put("other", otherStatus);
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        for (int i = 0; i < errorClasses.length; i++) {
            if (errorClasses[i] > 0) {
                classes.put(CLASSES[i].wireName(), errorClasses[i]);
                errorClasses[i] = 0;
            }
        }
        Counters counters = new Counters(requests, errors, classes, codes, bytesSent, bytesReceived, dropped,
                reconnects);
        requests = errors = bytesSent = bytesReceived = dropped = reconnects = otherStatus = 0;
        return counters;
    }
}
