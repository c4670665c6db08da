package dev.meshperf.scheduler.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.spec.HumanDuration;
import dev.meshperf.contracts.validation.Violation;

class RuleParserTest {

    /** Thursday 3 December 2026, 10:07:30 UTC. */
    static final Instant NOW = Instant.parse("2026-12-03T10:07:30Z");
    static final Duration MIN = Duration.ofMinutes(5);

    static ScheduleDocument doc(String every, String daily, String weekly, String monthly, String cron, String zone,
            String start, String end, Integer maxRuns) {
        return new ScheduleDocument(null, "s", "p", every, daily, weekly, monthly, cron, zone, start, end, maxRuns,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Rule rule(ScheduleDocument d) {
        RuleParser.Result r = RuleParser.parse(d, NOW, MIN);
        assertThat(r.violations()).isEmpty();
        return r.rule();
    }

    static List<Violation> violations(ScheduleDocument d) {
        RuleParser.Result r = RuleParser.parse(d, NOW, MIN);
        assertThat(r.rule()).isNull();
        return r.violations();
    }

    @Test
    void everyAlignedIsCronAndFiresOnTheQuarterHours() {
        Rule r = rule(doc("15m", null, null, null, null, null, null, null, null));
        assertThat(r.cronEquivalent()).isEqualTo("*/15 * * * *");
        assertThat(Describer.describe(r)).isEqualTo("every 15 minutes UTC");
        assertThat(FireTimes.upcoming(r, NOW, 3, 0)).containsExactly(Instant.parse("2026-12-03T10:15:00Z"),
                Instant.parse("2026-12-03T10:30:00Z"), Instant.parse("2026-12-03T10:45:00Z"));
        assertThat(rule(doc("2h", null, null, null, null, "UTC", null, null, null)).cronEquivalent())
                .isEqualTo("0 */2 * * *");
    }

    @Test
    void anIntervalCronCannotExpressRunsFromItsAnchorAndHasNoCronForm() {
        Rule r = rule(doc("90m", null, null, null, null, null, null, null, null));
        assertThat(r.cronEquivalent()).isNull();
        assertThat(FireTimes.upcoming(r, NOW, 2, 0)).containsExactly(Instant.parse("2026-12-03T11:37:00Z"),
                Instant.parse("2026-12-03T13:07:00Z"));
        Rule started = rule(doc("15m", null, null, null, null, null, "2026-12-03T10:10:00Z", null, null));
        assertThat(started.cronEquivalent()).isNull();
        assertThat(FireTimes.next(started, NOW)).isEqualTo(Instant.parse("2026-12-03T10:10:00Z"));
    }

    @Test
    void weekdaysInATimeZoneFollowItsWallClockAcrossDaylightSaving() {
        Rule r = rule(doc(null, null, "weekdays@09:00", null, null, "Europe/Paris", null, null, null));
        assertThat(r.cronEquivalent()).isEqualTo("0 9 * * 1,2,3,4,5");
        assertThat(Describer.describe(r)).isEqualTo("every weekday at 09:00 Europe/Paris");
        // Thursday 3 December is past 09:00 in Paris (11:07): next is Friday 4th, then Monday 7th
        assertThat(FireTimes.upcoming(r, NOW, 2, 0)).containsExactly(Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2026-12-07T08:00:00Z"));
        // 29 March 2027: summer time, 09:00 in Paris is 07:00 UTC
        assertThat(FireTimes.next(r, Instant.parse("2027-03-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
        Rule two = rule(doc(null, null, "mon,fri@7:30", null, null, null, null, null, null));
        assertThat(Describer.describe(two)).isEqualTo("every Monday and Friday at 07:30 UTC");
    }

    @Test
    void dailyMonthlyAndCron() {
        Rule daily = rule(doc(null, "23:59", null, null, null, "Asia/Tokyo", null, null, 3));
        assertThat(daily.cronEquivalent()).isEqualTo("59 23 * * *");
        assertThat(Describer.describe(daily)).isEqualTo("every day at 23:59 Asia/Tokyo, 3 times at most");
        assertThat(FireTimes.upcoming(daily, NOW, 10, 1)).hasSize(2);

        Rule monthly = rule(doc(null, null, null, "31@06:00", null, null, null, null, null));
        assertThat(Describer.describe(monthly)).contains("on day 31 of every month at 06:00")
                .contains("months without a day 31 are skipped");
        assertThat(FireTimes.upcoming(monthly, NOW, 3, 0)).containsExactly(Instant.parse("2026-12-31T06:00:00Z"),
                Instant.parse("2027-01-31T06:00:00Z"), Instant.parse("2027-03-31T06:00:00Z"));

        Rule cron = rule(doc(null, null, null, null, "0 9 * * 1-5", "UTC", null, "2026-12-08", null));
        assertThat(cron.cronEquivalent()).isEqualTo("0 9 * * 1-5");
        assertThat(Describer.describe(cron)).startsWith("cron '0 9 * * 1-5' (").endsWith("UTC, until 2026-12-08");
        assertThat(FireTimes.upcoming(cron, NOW, 10, 0)).hasSize(3);
    }

    @Test
    void datesInTheSentenceReadAsTheyWereWritten() {
        Rule bounded = rule(doc(null, "09:30", null, null, null, "Europe/Berlin", "2027-03-01", "2027-06-30", null));
        assertThat(Describer.describe(bounded))
                .isEqualTo("every day at 09:30 Europe/Berlin, from 2027-03-01, until 2027-06-30");
        Rule timed = rule(doc(null, "09:30", null, null, null, "Europe/Berlin", "2027-03-01T10:15:00+01:00", null,
                null));
        assertThat(Describer.describe(timed)).endsWith("from 2027-03-01 10:15");
    }

    @Test
    void aCronThatFiresMoreOftenThanTheMinimumIsRefusedLikeAnEveryRule() {
        List<Violation> v = violations(doc(null, null, null, null, "*/2 * * * *", null, null, null, null));
        assertThat(v).extracting(Violation::field).containsExactly("cron");
        assertThat(v.get(0).reason()).contains("fires every 2m").contains("at most every " + HumanDuration.format(
                MIN));
        assertThat(violations(doc(null, null, null, null, "0,1 9 * * *", null, null, null, null)).get(0).reason())
                .as("two fires a minute apart once a day").contains("fires every 1m");
        assertThat(rule(doc(null, null, null, null, "*/15 * * * *", null, null, null, null)).cronEquivalent())
                .isEqualTo("*/15 * * * *");
    }

    @Test
    void badRulesNameTheFieldAndTheReason() {
        assertThat(violations(doc(null, null, null, null, "0 9 * *", null, null, null, null)))
                .extracting(Violation::field).containsExactly("cron");
        assertThat(violations(doc(null, null, null, null, "61 9 * * *", null, null, null, null)).get(0).reason())
                .contains("not a valid cron expression");
        assertThat(violations(doc(null, "09:00", null, null, null, null, null, "2027-02-30", null)).get(0))
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("endAt");
                    assertThat(v.reason()).contains("2027-02-30").contains("FEBRUARY 30");
                });
        assertThat(violations(doc(null, "09:00", null, null, null, "Mars/Olympus", null, null, null)).get(0))
                .satisfies(v -> assertThat(v.field()).isEqualTo("timeZone"));
        assertThat(violations(doc("1m", null, null, null, null, null, null, null, null)).get(0).reason())
                .contains("at least 5m");
        assertThat(violations(doc("10m", "09:00", null, null, null, null, null, null, null)).get(0).field())
                .isEqualTo("rule");
        assertThat(violations(doc(null, null, null, null, null, null, null, null, null)).get(0).field())
                .isEqualTo("rule");
        assertThat(violations(doc(null, "25:00", null, null, null, null, null, null, null)).get(0).field())
                .isEqualTo("daily");
        assertThat(violations(doc(null, null, "funday@09:00", null, null, null, null, null, null)).get(0).reason())
                .contains("funday");
        assertThat(violations(doc(null, null, null, "32@09:00", null, null, null, null, null)).get(0).field())
                .isEqualTo("monthly");
        assertThat(violations(doc(null, "09:00", null, null, null, null, null, "2026-01-01", null)).get(0).reason())
                .contains("in the past");
        assertThat(violations(doc(null, "09:00", null, null, null, null, null, null, 0)).get(0).field())
                .isEqualTo("maxRuns");
    }
}
