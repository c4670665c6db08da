package dev.meshperf.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.contracts.events.ErrorClass;

/** Interval counters of one worker; touched only by its event loop, so plain fields and arrays suffice. */
final class WorkerCounters {

    private static final ErrorClass[] CLASSES = ErrorClass.values();

    long requests;
    long errors;
    long bytesSent;
    long bytesReceived;
    long dropped;
    long reconnects;
    final long[] status = new long[600];
    long otherStatus;
    final long[] errorClasses = new long[CLASSES.length];

    void status(int code) {
        if (code >= 0 && code < status.length) {
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
