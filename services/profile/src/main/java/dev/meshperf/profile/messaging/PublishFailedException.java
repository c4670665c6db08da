package dev.meshperf.profile.messaging;

/** The broker did not take a test's records; the run is not accepted and nothing of it is stored. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
