package dev.meshperf.launcher;

/** A failure the launcher reports as one line, {@code meshperf: MESSAGE}, and exit status 1. */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }
}
