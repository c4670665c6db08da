package dev.meshperf.reliability;

/** Why a consumer could not use a record; its message is the dead letter's reason. */
public class UnusableRecordException extends RuntimeException {

    public UnusableRecordException(String reason) {
        super(reason, null, false, false);
    }
}
