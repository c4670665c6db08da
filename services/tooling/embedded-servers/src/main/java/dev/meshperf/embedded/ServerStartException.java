package dev.meshperf.embedded;

/** A server could not be started; the message says why in one line and, where there is one, names the log file. */
public class ServerStartException extends RuntimeException {

    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
