package dev.meshperf.analysis.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.meshperf.analysis.repository.TestRunRepository;
import dev.meshperf.contracts.api.RunDay;
import dev.meshperf.contracts.api.endpoints.RunDayEndpoints;
import dev.meshperf.problem.ProblemException;

/** How many runs started on each day of a range, for a calendar; days without runs are left out. */
public class CalendarResource implements RunDayEndpoints {

    static final int MAX_DAYS = 400;

    @Inject
    TestRunRepository runs;

    /**
     * @param from first day (inclusive), default 12 weeks before {@code to}
     * @param to last day (inclusive), default today in {@code zone}
     * @param zone IANA time zone the days are counted in, default UTC
     */
    @Override
    @Transactional
    public List<RunDay> listRunDays(String from, String to,
            String zone) {
        ZoneId timeZone = zone(zone);
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(timeZone) : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusWeeks(12).plusDays(1) : date("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("from", "'" + first + "' is after to '" + last + "'");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.badRequest("from", "at most " + MAX_DAYS + " days can be asked at once");
        }
        return runs.daily(first.atStartOfDay(timeZone).toInstant(),
                last.plusDays(1).atStartOfDay(timeZone).toInstant(), timeZone);
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("zone", "'" + zone + "' is not a time zone such as Europe/Paris or UTC");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + value + "' is not a date such as 2026-11-21");
        }
    }
}
