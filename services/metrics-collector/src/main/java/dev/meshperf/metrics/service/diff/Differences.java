package dev.meshperf.metrics.service.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.meshperf.contracts.api.EnvironmentComparison;
import dev.meshperf.contracts.api.EnvironmentComparison.Difference;

/** The differences of one run from the first, gathered in any order and listed by category. */
final class Differences {

    static final String ARROW = " → ";
    private final List<Difference> list = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * A value that differs, said as {@code label before → after (context)}; nothing when the values are equal.
     * An absent value reads {@code unset}.
     */
    void changed(String category, String subject, String field, String label, String before, String after,
            String context) {
        if (Objects.equals(before, after)) {
            return;
        }
        String words = label + " " + (before == null ? "unset" : before) + ARROW + (after == null ? "unset" : after)
                + (context == null || context.isEmpty() ? "" : " (" + context + ")");
        list.add(new Difference(category, subject, field, before, after, words));
    }

    /** A difference said in the caller's own words. */
    void add(String category, String subject, String field, String before, String after, String description) {
        list.add(new Difference(category, subject, field, before, after, description));
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** In the order of {@link EnvironmentComparison#CATEGORIES}; within one, in the order found. */
    List<Difference> ordered() {
        List<Difference> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(d -> EnvironmentComparison.CATEGORIES.indexOf(d.category())));
        return sorted;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
