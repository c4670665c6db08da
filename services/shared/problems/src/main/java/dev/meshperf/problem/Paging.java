package dev.meshperf.problem;

/** The page and size query parameters every list endpoint takes, checked the same way everywhere. */
public final class Paging {

    private Paging() {
    }

    /** Throws a 400 naming {@code page} or {@code size} when either is out of range. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must not be negative, was " + page);
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.badRequest("size", "must be from 1 to " + maxSize + ", was " + size);
        }
    }
}
