package dev.meshperf.cli;

/** How every command ends; scripts and CI rely on these. */
public final class ExitCodes {

    /** The command did what it was asked; a test completed and met its SLOs. */
    public static final int OK = 0;
    /** A test ran but failed its SLOs or did not complete (FAILED, PARTIAL, CANCELLED). */
    public static final int TEST_FAILED = 1;
    /** The input was refused: a bad option here, or a 4xx answer from the gateway. */
    public static final int BAD_INPUT = 2;
    /** The gateway could not be reached or failed (5xx). */
    public static final int UNAVAILABLE = 3;
    /** Something went wrong inside the CLI itself; the message says what (MESHPERF_DEBUG=1 shows the trace). */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
