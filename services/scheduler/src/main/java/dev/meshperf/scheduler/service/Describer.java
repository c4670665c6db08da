package dev.meshperf.scheduler.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cronutils.descriptor.CronDescriptor;

import dev.meshperf.contracts.spec.HumanDuration;

/** A rule in words: "every weekday at 09:00 Europe/Paris", "every 15 minutes UTC, 10 times at most". */
public final class Describer {

    private Describer() {
    }

    public static String describe(Rule rule) {
        StringBuilder out = new StringBuilder(switch (rule.kind()) {
            case Rule.EVERY -> every(rule);
            case Rule.DAILY -> "every day at " + at(rule.text());
            case Rule.WEEKLY -> weekly(rule.text());
            case Rule.MONTHLY -> monthly(rule.text());
            default -> "cron '" + rule.text() + "' (" + CronDescriptor.instance(Locale.UK).describe(rule.cron()) + ")";
        });
        out.append(' ').append(rule.zone().getId());
        if (rule.start() != null && !Rule.EVERY.equals(rule.kind())) {
            out.append(", from ").append(local(rule.start(), rule.zone()));
        }
        if (rule.end() != null) {
            out.append(", until ").append(local(rule.end(), rule.zone()));
        }
        if (rule.maxRuns() != null) {
            out.append(", ").append(rule.maxRuns()).append(rule.maxRuns() == 1 ? " time" : " times").append(" at most");
        }
        return out.toString();
    }

    private static String every(Rule rule) {
        Duration d = rule.interval() != null ? rule.interval() : HumanDuration.parse(rule.text());
        long minutes = d.toMinutes();
        String span = minutes % 1440 == 0
                ? plural(minutes / 1440, "day")
                : minutes % 60 == 0
                        ? plural(minutes / 60, "hour")
                        : plural(minutes, "minute");
        return "every " + span + (rule.interval() != null ? " from " + local(rule.anchor(), rule.zone()) : "");
    }

    /**
     * An instant as people wrote it, in the rule's zone: a date for the start or the last moment of a day
     * ("2027-06-30"), a date and a time otherwise ("2027-03-01 09:30").
     */
    static String local(java.time.Instant instant, java.time.ZoneId zone) {
        java.time.ZonedDateTime t = instant.atZone(zone);
        java.time.LocalTime time = t.toLocalTime();
        if (time.equals(java.time.LocalTime.MIDNIGHT) || time.equals(java.time.LocalTime.MAX)) {
            return t.toLocalDate().toString();
        }
        return t.toLocalDate() + " " + String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
                + (time.getSecond() == 0 ? "" : String.format(Locale.ROOT, ":%02d", time.getSecond()));
    }

    private static String plural(long n, String unit) {
        return n == 1 ? unit : n + " " + unit + "s";
    }

    private static String weekly(String text) {
        String[] parts = text.split("@");
        Set<DayOfWeek> days = RuleParser.days(parts[0]);
        String which;
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            which = "weekday";
        } else if (days.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            which = "Saturday and Sunday";
        } else {
            List<String> names = new ArrayList<>();
            days.forEach(d -> names.add(d.getDisplayName(TextStyle.FULL, Locale.UK)));
            which = names.size() == 1
                    ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return "every " + which + " at " + at(parts[1]);
    }

    private static String monthly(String text) {
        String[] parts = text.split("@");
        int day = Integer.parseInt(parts[0].trim());
        return "on day " + day + " of every month at " + at(parts[1])
                + (day > 28 ? " (months without a day " + day + " are skipped)" : "");
    }

    private static String at(String time) {
        String t = time.trim();
        return t.length() == 4 ? "0" + t : t;
    }
}
