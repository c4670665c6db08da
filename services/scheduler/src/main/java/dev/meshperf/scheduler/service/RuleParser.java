package dev.meshperf.scheduler.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.spec.HumanDuration;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.contracts.validation.Violation;

/**
 * Reads the rule of a schedule document and says what is wrong with it, field by field. Friendly forms are turned
 * into cron when cron expresses them exactly: daily, weekly and monthly always, {@code every} when the interval
 * divides an hour or a day and no start is given (it is then aligned like cron: every 15m fires at :00, :15, ...).
 */
public final class RuleParser {

    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(
            ResolverStyle.STRICT);
    private static final Map<String, Set<DayOfWeek>> DAY_NAMES = dayNames();
    private static final ZoneId UTC = ZoneId.of("UTC");

    private RuleParser() {
    }

    /** The rule, or the violations (never both empty). */
    public record Result(Rule rule, List<Violation> violations) {
    }

    /**
     * Reads and validates a rule sent by a user; {@code now} is when it is saved (an {@code every} rule without a start
     * is anchored there, an end in the past is refused). With {@code now} null, a stored rule is read back without
     * the checks that depend on the time.
     */
    public static Result parse(ScheduleDocument d, Instant now, Duration minInterval) {
        List<Violation> v = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        put(given, Rule.EVERY, d.every());
        put(given, Rule.DAILY, d.daily());
        put(given, Rule.WEEKLY, d.weekly());
        put(given, Rule.MONTHLY, d.monthly());
        put(given, Rule.CRON, d.cron());
        if (given.size() != 1) {
            v.add(new Violation("rule", given.isEmpty()
                    ? "give one of every, daily, weekly, monthly or cron"
                    : "give only one of every, daily, weekly, monthly or cron, not " + given.keySet()));
            return new Result(null, v);
        }
        String kind = given.keySet().iterator().next();
        String text = given.get(kind).trim();
        FieldLimits.check(text, FieldLimits.SCHEDULE_RULE, kind, v);
        FieldLimits.check(d.timeZone(), FieldLimits.TIME_ZONE, "timeZone", v);
        FieldLimits.check(d.startAt(), FieldLimits.SCHEDULE_BOUND, "startAt", v);
        FieldLimits.check(d.endAt(), FieldLimits.SCHEDULE_BOUND, "endAt", v);
        if (!v.isEmpty()) {
            return new Result(null, v);
        }
        ZoneId zone = zone(d.timeZone(), v);
        Instant start = instant(d.startAt(), "startAt", zone, false, v);
        Instant end = instant(d.endAt(), "endAt", zone, true, v);
        if (start != null && end != null && !end.isAfter(start)) {
            v.add(new Violation("endAt", "must be after startAt"));
        }
        if (end != null && now != null && !end.isAfter(now)) {
            v.add(new Violation("endAt", "is in the past (" + end + ")"));
        }
        if (d.maxRuns() != null && d.maxRuns() < 1) {
            v.add(new Violation("maxRuns", "must be at least 1, was " + d.maxRuns()));
        }
        if (d.shards() != null && d.shards() < 1) {
            v.add(new Violation("shards", "must be at least 1, was " + d.shards()));
        }
        String cron = null;
        Duration interval = null;
        Instant anchor = null;
        switch (kind) {
            case Rule.EVERY -> {
                interval = every(text, minInterval, v);
                if (interval != null) {
                    cron = start == null ? alignedCron(interval) : null;
                    if (cron == null) {
                        anchor = start != null ? start : now.truncatedTo(ChronoUnit.MINUTES);
                    }
                }
            }
            case Rule.DAILY -> {
                LocalTime at = time(text, Rule.DAILY, v);
                cron = at == null ? null : at.getMinute() + " " + at.getHour() + " * * *";
            }
            case Rule.WEEKLY -> cron = weekly(text, v);
            case Rule.MONTHLY -> cron = monthly(text, v);
            default -> cron = text;
        }
        Cron parsed = null;
        if (cron != null) {
            try {
                parsed = CRON.parse(cron).validate();
            } catch (IllegalArgumentException e) {
                v.add(new Violation(kind, "'" + text + "' is not a valid cron expression (minute hour day-of-month "
                        + "month day-of-week): " + e.getMessage()));
            }
        }
        if (!v.isEmpty()) {
            return new Result(null, v);
        }
        Rule rule = new Rule(kind, text, parsed, parsed != null ? null : interval, anchor,
                parsed == null ? null : parsed.asString(), zone, start, end, d.maxRuns());
        if (now != null && FireTimes.next(rule, now) == null) {
            v.add(new Violation(kind, "never fires" + (end != null ? " before endAt " + end : "")));
            return new Result(null, v);
        }
        Duration gap = parsed == null || now == null ? null : shortestGap(rule, now);
        if (gap != null && gap.compareTo(minInterval) < 0) {
            v.add(new Violation(kind, "fires every " + HumanDuration.format(gap) + " at times; schedules may fire at"
                    + " most every " + HumanDuration.format(minInterval) + " (the scheduler's min-interval)"));
            return new Result(null, v);
        }
        return new Result(rule, v);
    }

    /** The shortest time between two of a rule's next fires (60 of them: every cron pattern repeats within those). */
    static Duration shortestGap(Rule rule, Instant now) {
        List<Instant> fires = FireTimes.upcoming(rule, now, 60, 0);
        Duration shortest = null;
        for (int i = 1; i < fires.size(); i++) {
            Duration gap = Duration.between(fires.get(i - 1), fires.get(i));
            if (shortest == null || gap.compareTo(shortest) < 0) {
                shortest = gap;
            }
        }
        return shortest;
    }

    private static void put(Map<String, String> given, String kind, String value) {
        if (value != null) {
            given.put(kind, value);
        }
    }

    private static ZoneId zone(String text, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            v.add(new Violation("timeZone", "'" + text + "' is not a known time zone (use an IANA name such as "
                    + "Europe/Paris, or UTC)"));
            return UTC;
        }
    }

    /** An instant, or a date: the start of that day, or with {@code endOfDay} its last moment, in the zone. */
    static Instant instant(String text, String field, ZoneId zone, boolean endOfDay, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            if (t.length() == 10) {
                LocalDate date = LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(
                        ResolverStyle.STRICT));
                return endOfDay
                        ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
                        : date.atStartOfDay(zone).toInstant();
            }
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, "'" + t + "' is not a date (YYYY-MM-DD) or a date-time with offset ("
                    + "2027-01-31T18:00:00+01:00)" + (e.getCause() != null ? ": " + e.getCause().getMessage() : "")));
            return null;
        }
    }

    private static Duration every(String text, Duration min, List<Violation> v) {
        Duration d;
        try {
            d = HumanDuration.parse(text);
        } catch (IllegalArgumentException e) {
            v.add(new Violation(Rule.EVERY, "'" + text + "' is not an interval such as 15m, 2h or 1d"));
            return null;
        }
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            v.add(new Violation(Rule.EVERY, "must be whole minutes, was " + text));
            return null;
        }
        if (d.compareTo(min) < 0) {
            v.add(new Violation(Rule.EVERY, "must be at least " + HumanDuration.format(min)
                    + " (meshperf.scheduler.min-interval), was " + text));
            return null;
        }
        return d;
    }

    /** Cron for an interval that divides an hour (in minutes) or a day (in hours), else null. */
    private static String alignedCron(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes < 60 && 60 % minutes == 0) {
            return minutes == 1 ? "* * * * *" : "*/" + minutes + " * * * *";
        }
        if (minutes % 60 == 0 && 24 % (minutes / 60) == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "0 * * * *" : hours == 24 ? "0 0 * * *" : "0 */" + hours + " * * *";
        }
        return null;
    }

    private static LocalTime time(String text, String field, List<Violation> v) {
        try {
            return LocalTime.parse(text.trim(), TIME);
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, "'" + text.trim() + "' is not a time of day HH:MM (00:00 to 23:59)"));
            return null;
        }
    }

    private static String weekly(String text, List<Violation> v) {
        String[] parts = text.split("@");
        if (parts.length != 2) {
            v.add(new Violation(Rule.WEEKLY, "'" + text + "' is not DAYS@HH:MM, for example mon,fri@09:00"));
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : parts[0].toLowerCase(Locale.ROOT).split(",")) {
            Set<DayOfWeek> named = DAY_NAMES.get(name.trim());
            if (named == null) {
                v.add(new Violation(Rule.WEEKLY, "'" + name.trim() + "' is not a day (mon to sun, weekdays, "
                        + "weekends)"));
                return null;
            }
            days.addAll(named);
        }
        LocalTime at = time(parts[1], Rule.WEEKLY, v);
        if (at == null) {
            return null;
        }
        String dow = days.stream().map(d -> Integer.toString(d.getValue() % 7)).collect(Collectors.joining(","));
        return at.getMinute() + " " + at.getHour() + " * * " + dow;
    }

    private static String monthly(String text, List<Violation> v) {
        String[] parts = text.split("@");
        int day;
        try {
            day = parts.length == 2 ? Integer.parseInt(parts[0].trim()) : -1;
        } catch (NumberFormatException e) {
            day = -1;
        }
        if (day < 1 || day > 31) {
            v.add(new Violation(Rule.MONTHLY, "'" + text + "' is not DAY@HH:MM with a day from 1 to 31, for example "
                    + "1@09:00"));
            return null;
        }
        LocalTime at = time(parts[1], Rule.MONTHLY, v);
        return at == null ? null : at.getMinute() + " " + at.getHour() + " " + day + " * *";
    }

    /** The days a validated weekly rule names. */
    static Set<DayOfWeek> days(String names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names.toLowerCase(Locale.ROOT).split(",")) {
            days.addAll(DAY_NAMES.getOrDefault(name.trim(), Set.of()));
        }
        return days;
    }

    private static Map<String, Set<DayOfWeek>> dayNames() {
        Map<String, Set<DayOfWeek>> names = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            names.put(full, EnumSet.of(d));
            names.put(full.substring(0, 3), EnumSet.of(d));
        }
        names.put("weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        names.put("weekends", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        return names;
    }
}
