package dev.meshperf.metrics.service.diff;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.meshperf.metrics.domain.RunSettings;

/** The load generator and its settings, and the profile (its version and each field) of two runs. */
final class SettingsChanges {

    private SettingsChanges() {
    }

    static void compare(RunSettings a, RunSettings b, Differences out) {
        fields("generator", "generator", a.generator(), b.generator(), out);
        String name = b.profileName() != null ? b.profileName() : a.profileName();
        String subject = name == null ? "profile" : "profile " + name;
        if (!Objects.equals(a.profileId(), b.profileId())) {
            out.changed("profile", subject, "profile", "profile", profile(a), profile(b), null);
        } else if (a.profileId() != null) {
            out.changed("profile", subject, "version", "profile version", String.valueOf(a.profileVersion()),
                    String.valueOf(b.profileVersion()), name);
        }
        fields("profile", subject, a.profile(), b.profile(), out);
    }

    private static void fields(String category, String subject, Map<String, String> a, Map<String, String> b,
            Differences out) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            out.changed(category, subject, k, k, a.get(k), b.get(k), null);
        }
    }

    private static String profile(RunSettings s) {
        return s.profileId() == null
                ? "ad-hoc run"
                : (s.profileName() == null ? s.profileId() : s.profileName()) + " v" + s.profileVersion();
    }
}
