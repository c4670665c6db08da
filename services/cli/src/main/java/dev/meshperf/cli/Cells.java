package dev.meshperf.cli;

/** How the CLI's tables and lines show a value the API may leave out. */
final class Cells {

    private Cells() {
    }

    /** The value as text, or {@code absent} (such as "-" or "") when there is none. */
    static String or(Object value, String absent) {
        return value == null ? absent : value.toString();
    }
}
