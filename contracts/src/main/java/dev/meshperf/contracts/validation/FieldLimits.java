package dev.meshperf.contracts.validation;

import java.util.List;

/**
 * The longest value, in characters, of every string a user (or a record on a topic) can send that a service stores.
 * Validators refuse a longer value naming the field; every database column that stores one is at least this wide
 * (each service's schema test walks its columns against these limits), so no accepted value is refused by a
 * database later.
 */
public final class FieldLimits {

    /** A test id: generated (a UUID) or given with a run (letters, digits, '.', '_', ':', '-'). */
    public static final int TEST_ID = 100;
    /** An id of a profile, schedule or connection, as a user sends it to refer to one. */
    public static final int ID = 100;
    public static final int PROFILE_NAME = 255;
    public static final int PROFILE_DESCRIPTION = 4096;
    /** A load generator's name ({@code native}, {@code wrk2}, ...). */
    public static final int GENERATOR = 50;
    public static final int LABEL_KEY = 63;
    public static final int LABEL_VALUE = 256;
    public static final int METRIC_NAME = 100;
    public static final int METRIC_QUERY = 2000;
    public static final int SCHEDULE_NAME = 255;
    /** A schedule's rule as written ({@code every}, {@code daily}, {@code weekly}, {@code monthly} or cron). */
    public static final int SCHEDULE_RULE = 200;
    /** A schedule's time zone (IANA zone id or offset). */
    public static final int TIME_ZONE = 64;
    /** A schedule's start or end as written (an instant or a date). */
    public static final int SCHEDULE_BOUND = 64;
    public static final int CONNECTION_NAME = 100;
    /** The URL of a Prometheus or Grafana connection. */
    public static final int CONNECTION_URL = 2000;
    public static final int CONNECTION_USERNAME = 200;
    /** A Grafana data source or dashboard uid. */
    public static final int GRAFANA_UID = 200;

    private FieldLimits() {
    }

    /** Adds a violation naming {@code field} when {@code value} is longer than {@code limit}; null is left alone. */
    public static void check(String value, int limit, String field, List<Violation> found) {
        if (value != null && value.length() > limit) {
            found.add(new Violation(field, "is " + value.length() + " characters; at most " + limit + " are allowed"));
        }
    }
}
