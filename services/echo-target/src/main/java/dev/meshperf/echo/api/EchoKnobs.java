package dev.meshperf.echo.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The query knobs of one request. Each of {@code delay} and {@code status} is a comma-separated list of
 * {@code value[:percent]}; a value without a percent applies to every request not taken by an earlier entry.
 *
 * @param size
 * response body bytes, or -1 to echo the request body
 */
record EchoKnobs(List<Chance<Long>> delays, List<Chance<Integer>> statuses, int size) {

    static final int MAX_SIZE = 10 * 1024 * 1024;
    static final long MAX_DELAY_MS = 60_000;

    /** A value chosen for {@code percent} of requests. */
    record Chance<T>(T value, double percent) {
    }

    static EchoKnobs parse(String delay, String status, String size) {
        List<Chance<Long>> delays = list(delay, "delay", EchoKnobs::millis);
        List<Chance<Integer>> statuses = list(status, "status", EchoKnobs::status);
        int bytes = -1;
        if (size != null && !size.isBlank()) {
            try {
                bytes = Integer.parseInt(size.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("size: '" + size + "' is not a number of bytes");
            }
            if (bytes < 0 || bytes > MAX_SIZE) {
                throw new IllegalArgumentException("size: must be from 0 to " + MAX_SIZE + ", was " + bytes);
            }
        }
        return new EchoKnobs(delays, statuses, bytes);
    }

    /** The delay for a request whose dice (0 to 100) fell at {@code dice}. */
    long delayMs(double dice) {
        return pick(delays, dice, 0L);
    }

    int status(double dice) {
        return pick(statuses, dice, 200);
    }

    private static <T> T pick(List<Chance<T>> chances, double dice, T otherwise) {
        double upTo = 0;
        for (Chance<T> c : chances) {
            upTo += c.percent();
            if (dice < upTo) {
                return c.value();
            }
        }
        return otherwise;
    }

    private static <T> List<Chance<T>> list(String text, String name, java.util.function.Function<String, T> parse) {
        List<Chance<T>> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] valueAndPercent = part.trim().split(":");
            T value;
            try {
                value = parse.apply(valueAndPercent[0].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage());
            }
            double percent = 100;
            if (valueAndPercent.length > 1) {
                try {
                    percent = Double.parseDouble(valueAndPercent[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ": '" + valueAndPercent[1] + "' is not a percentage");
                }
                if (percent < 0 || percent > 100) {
                    throw new IllegalArgumentException(name + ": percentage must be from 0 to 100");
                }
            }
            out.add(new Chance<>(value, percent));
        }
        return out;
    }

    private static Long millis(String text) {
        long ms;
        try {
            if (text.endsWith("ms")) {
                ms = Math.round(Double.parseDouble(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("s")) {
                ms = Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000);
            } else {
                ms = Math.round(Double.parseDouble(text));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 50ms or 1s");
        }
        if (ms < 0 || ms > MAX_DELAY_MS) {
            throw new IllegalArgumentException("must be from 0 to " + MAX_DELAY_MS + " ms, was " + ms);
        }
        return ms;
    }

    private static Integer status(String text) {
        int code;
        try {
            code = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an HTTP status code");
        }
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("must be from 100 to 599, was " + code);
        }
        return code;
    }
}
