package dev.meshperf.launcher;

/** The launcher's lines: {@code meshperf: ...} on standard output. */
final class Console {

    private Console() {
    }

    static void say(String message) {
        System.out.println("meshperf: " + message);
    }
}
