package dev.meshperf.contracts.spec;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as people type them: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h30m}, or ISO-8601. */
public final class HumanDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private HumanDuration() {
    }

    /** The shortest form {@link #parse} reads back: {@code 30s}, {@code 1m30s}, {@code 250ms}; ISO-8601 for sub-ms. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long ms = duration.toMillis();
        StringBuilder out = new StringBuilder();
        long[] units = {3_600_000, 60_000, 1_000, 1};
        String[] names = {"h", "m", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (ms >= units[i]) {
                out.append(ms / units[i]).append(names[i]);
                ms %= units[i];
            }
        }
        return out.toString();
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is required, for example 30s");
        }
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.startsWith("p") || value.startsWith("-p")) {
            try {
                return Duration.parse(value.toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration");
            }
        }
        Matcher m = PART.matcher(value);
        long nanos = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            double amount = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2)) {
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos += (long) (amount * unit);
            end = m.end();
        }
        if (end != value.length() || end == 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration; use for example 500ms, 30s, 2m or 1h");
        }
        return Duration.ofNanos(nanos);
    }
}
