package dev.meshperf.cli;

/** A failure to tell the user in one message, with the exit code the command ends with. */
public class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
