package dev.meshperf.scheduler.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.cronutils.model.Cron;

/**
 * A schedule's rule as read: either a cron expression (every friendly form cron can express exactly becomes one) or
 * an interval from an anchor (intervals cron cannot express, such as every 90 minutes). Start, end and a run count
 * bound both.
 *
 * @param kind
 * every, daily, weekly, monthly or cron
 * @param text
 * the rule as given
 * @param cron
 * what fire times follow, unless {@code interval} is set
 * @param interval
 * with {@code anchor}: fires at anchor + k × interval
 * @param cronEquivalent
 * the cron form, null when cron cannot express the rule
 */
public record Rule(
        String kind,
        String text,
        Cron cron,
        Duration interval,
        Instant anchor,
        String cronEquivalent,
        ZoneId zone,
        Instant start,
        Instant end,
        Integer maxRuns) {

    public static final String EVERY = "every";
    public static final String DAILY = "daily";
    public static final String WEEKLY = "weekly";
    public static final String MONTHLY = "monthly";
    public static final String CRON = "cron";
}
