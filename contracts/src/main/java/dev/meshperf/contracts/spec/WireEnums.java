package dev.meshperf.contracts.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enums travel as lower-case names; parsing is case-insensitive and a bad value names the allowed ones. */
final class WireEnums {

    private WireEnums() {
    }

    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(WireEnums::wireName)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + value + "' is not one of: " + allowed);
    }
}
