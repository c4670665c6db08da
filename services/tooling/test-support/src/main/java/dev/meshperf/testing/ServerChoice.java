package dev.meshperf.testing;

import java.util.Locale;

/**
 * Which servers the tests use. Each is read from a system property or, failing that, an environment variable:
 *
 * <ul>
 * <li>{@code meshperf.test.kafka} / {@code MESHPERF_TEST_KAFKA}: {@code embedded} (default, a child broker JVM),
 * {@code testcontainers} (the apache/kafka image, only when a Docker engine answers; otherwise embedded), or
 * {@code bootstrap:HOST:PORT} for a broker that is already running.</li>
 * <li>{@code meshperf.test.postgres} / {@code MESHPERF_TEST_POSTGRES}: {@code embedded} (default, zonky's binaries),
 * {@code system} (the binaries under /usr/lib/postgresql), or a JDBC URL of a running server (credentials in
 * {@code MESHPERF_TEST_POSTGRES_USER} and {@code MESHPERF_TEST_POSTGRES_PASSWORD}).</li>
 * </ul>
 */
record ServerChoice(String kafka, String postgres, String postgresUser, String postgresPassword) {

    static ServerChoice fromEnvironment() {
        return new ServerChoice(
                setting("meshperf.test.kafka", "embedded").toLowerCase(Locale.ROOT),
                setting("meshperf.test.postgres", "embedded"),
                setting("meshperf.test.postgres.user", "postgres"),
                setting("meshperf.test.postgres.password", ""));
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
