package dev.meshperf.cli;

/** How the CLI's tables and lines show a value the API may leave out. */
final class Cells {

    private Cells() {
    }

    /** The value as text, or {@code absent} (such as "-" or "") when there is none. */
    static String or(Object value, String absent) {
        return value == null ? absent : value.toString();
    }

    /** A number the API may leave out, as the tables show it: 0. */
    static double orZero(Number n) {
        return n == null ? 0 : n.doubleValue();
    }

    /** A count the API may leave out, as the tables show it: 0. */
    static long orZero(Long n) {
        return n == null ? 0 : n;
    }
}
