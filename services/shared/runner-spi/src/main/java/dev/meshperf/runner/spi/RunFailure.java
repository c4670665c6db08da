package dev.meshperf.runner.spi;

import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;

/** A shard that cannot run, with a machine-readable code and a reason for people. */
public class RunFailure extends RuntimeException {

    private final FailureCode code;

    public RunFailure(FailureCode code, String reason) {
        super(reason);
        this.code = code;
    }

    public RunFailure(FailureCode code, String reason, Throwable cause) {
        super(reason, cause);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }

    public Failure toFailure() {
        return new Failure(code, getMessage());
    }
}
