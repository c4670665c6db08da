package dev.meshperf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import dev.meshperf.contracts.api.ProfileSummary;
import dev.meshperf.contracts.api.ScheduleDocument;
import dev.meshperf.contracts.api.ScheduleFire;
import dev.meshperf.contracts.api.ScheduleHistory;
import dev.meshperf.contracts.api.SchedulePage;
import dev.meshperf.contracts.api.SchedulePreview;
import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.contracts.api.endpoints.ScheduleEndpoints;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./meshperf schedule create|list|get|next|pause|resume|delete|history}. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Scheduled tests.", subcommands = {
        ScheduleCommand.Create.class, ScheduleCommand.ListSchedules.class, ScheduleCommand.Get.class,
        ScheduleCommand.Next.class, ScheduleCommand.Pause.class, ScheduleCommand.Resume.class,
        ScheduleCommand.Delete.class, ScheduleCommand.History.class})
public final class ScheduleCommand {

    final PrintStream out;

    ScheduleCommand(PrintStream out) {
        this.out = out;
    }

    /** Exactly one rule. */
    static final class RuleOptions {

        @Option(names = "--every", description = "an interval: 15m, 2h (at least the server's minimum, 5m)")
        String every;

        @Option(names = "--daily", description = "a time of day: 09:00")
        String daily;

        @Option(names = "--weekly", description = "days and a time: mon,fri@09:00 (also weekdays, weekends)")
        String weekly;

        @Option(names = "--monthly", description = "a day of the month and a time: 1@09:00")
        String monthly;

        @Option(names = "--cron", description = "a cron expression: minute hour day-of-month month day-of-week")
        String cron;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Schedule a profile; --dry-run shows "
            + "what the rule means and when it would fire, without saving it.")
    static final class Create implements Callable<Integer> {

        @ParentCommand
        ScheduleCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "PROFILE", description = "the profile's id or name")
        String profile;

        @ArgGroup(exclusive = true, multiplicity = "1")
        RuleOptions rule;

        @Option(names = "--tz", description = "the time zone of the rule's times (default UTC), e.g. Europe/Paris")
        String zone;

        @Option(names = "--start", description = "no fire before: 2027-01-04 or 2027-01-04T09:00:00+01:00")
        String start;

        @Option(names = "--until", description = "no fire after: a date (through its end) or a date-time")
        String until;

        @Option(names = "--count", description = "stop after this many runs")
        Integer count;

        @Option(names = "--name", description = "a name for the schedule")
        String name;

        @Option(names = "--generator", description = "run with this one of the profile's load generators")
        String generator;

        @Option(names = "--shards", description = "run over this many shards")
        Integer shards;

        @Option(names = "--dry-run", description = "preview only")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            GatewayClient g = new GatewayClient(gateway);
            ScheduleEndpoints schedules = GatewayProxy.of(g, ScheduleEndpoints.class);
            ScheduleDocument asked = new ScheduleDocument(null, name, dryRun ? null : profileId(g, profile),
                    rule.every, rule.daily, rule.weekly, rule.monthly, rule.cron, zone, start, until, count, generator,
                    shards, null, null, null, null, null, null, null, null, null, null, null);
            if (dryRun) {
                printPreview(parent.out, schedules.previewSchedule(5, asked));
                return ExitCodes.OK;
            }
            ScheduleDocument s = schedules.createSchedule(asked).readEntity(ScheduleDocument.class);
            parent.out.printf("created schedule %s: %s%n", s.id(), Cells.or(s.description(), ""));
            parent.out.printf("  cron: %s%n  next: %s%n", Cells.or(s.cronEquivalent(), "(none: not expressible)"),
                    Cells.or(s.nextFireAt(), "-"));
            return ExitCodes.OK;
        }

        /** A profile id as it is, or the id of the profile with exactly that name. */
        private static String profileId(GatewayClient g, String idOrName) {
            List<ProfileSummary> found = GatewayProxy.of(g, ProfileEndpoints.class).listProfiles(idOrName, null, 0,
                    200).profiles();
            for (ProfileSummary p : found == null ? List.<ProfileSummary>of() : found) {
                if (idOrName.equals(p.name()) || idOrName.equals(p.id())) {
                    return p.id();
                }
            }
            return idOrName;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List schedules.")
    static final class ListSchedules implements Callable<Integer> {

        @ParentCommand
        ScheduleCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Option(names = "--profile", description = "only this profile's (id)")
        String profileId;

        @Override
        public Integer call() {
            SchedulePage page = schedules(gateway).listSchedules(profileId, 0, 200);
            PrintStream out = parent.out;
            out.printf("%-36s  %-7s %4s  %-24s  %s%n", "ID", "STATE", "RUNS", "NEXT", "RULE");
            List<ScheduleDocument> schedules = page.schedules() == null ? List.of() : page.schedules();
            for (ScheduleDocument s : schedules) {
                out.printf("%-36s  %-7s %4d  %-24s  %s%n", s.id(), Cells.or(s.state(), ""),
                        s.runs() == null ? 0 : s.runs(),
                        Cells.or(s.nextFireAt(), "-"), Cells.or(s.description(), ""));
            }
            out.printf("%d of %d schedule(s)%n", schedules.size(), page.totalCount());
            return ExitCodes.OK;
        }
    }

    /** A command on one schedule that prints the schedule it gets back. */
    abstract static class OnOne implements Callable<Integer> {

        @ParentCommand
        ScheduleCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one schedule as JSON.")
    static final class Get extends OnOne {

        @Override
        public Integer call() throws IOException {
            parent.out.println(GatewayClient.print(schedules(gateway)
                    .getSchedule(id)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "next", mixinStandardHelpOptions = true, description = "The next fire times of a schedule.")
    static final class Next extends OnOne {

        @Option(names = "--count", description = "how many (default 5)")
        int count = 5;

        @Override
        public Integer call() {
            printPreview(parent.out, schedules(gateway).nextFires(id, count));
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a schedule.")
    static final class Pause extends OnOne {

        @Option(names = "--reason", description = "why, shown with the schedule")
        String reason;

        @Override
        public Integer call() {
            ScheduleDocument s = schedules(gateway).pauseSchedule(id, reason);
            parent.out.printf("paused %s (%s)%n", id, Cells.or(s.pausedReason(), ""));
            return ExitCodes.OK;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a schedule; occurrences "
            + "during the pause are skipped.")
    static final class Resume extends OnOne {

        @Override
        public Integer call() {
            ScheduleDocument s = schedules(gateway).resumeSchedule(id);
            parent.out.printf("resumed %s; next fire %s%n", id, Cells.or(s.nextFireAt(), "-"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a schedule and its history.")
    static final class Delete extends OnOne {

        @Override
        public Integer call() {
            schedules(gateway).deleteSchedule(id);
            parent.out.printf("deleted %s%n", id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Each occurrence, newest first: "
            + "FIRED with its test and the run's end, MISSED or FAILED with why.")
    static final class History extends OnOne {

        @Override
        public Integer call() {
            ScheduleHistory page = schedules(gateway).scheduleHistory(id, 0, 200);
            PrintStream out = parent.out;
            out.printf("%-24s  %-7s %-36s  %-10s  %s%n", "FIRE TIME", "OUTCOME", "TEST", "RUN", "DETAIL");
            List<ScheduleFire> fires = page.fires() == null ? List.of() : page.fires();
            for (ScheduleFire f : fires) {
                out.printf("%-24s  %-7s %-36s  %-10s  %s%n", Cells.or(f.fireAt(), ""), Cells.or(f.outcome(), ""),
                        Cells.or(f.testId(), "-"), Cells.or(f.runStatus(), "-"), Cells.or(f.detail(), ""));
            }
            out.printf("%d of %d occurrence(s)%n", fires.size(), page.totalCount());
            return ExitCodes.OK;
        }
    }

    static ScheduleEndpoints schedules(GatewayOptions gateway) {
        return GatewayProxy.of(new GatewayClient(gateway), ScheduleEndpoints.class);
    }

    static void printPreview(PrintStream out, SchedulePreview preview) {
        out.printf("%s%n  cron: %s%n", Cells.or(preview.description(), ""), Cells.or(preview.cronEquivalent(),
                "(none: not expressible)"));
        List<Instant> fires = preview.nextFires() == null ? List.of() : preview.nextFires();
        if (fires.isEmpty()) {
            out.println("  no fire times ahead (paused, ended or used up)");
        }
        for (Instant t : fires) {
            out.printf("  %s%n", t);
        }
    }
}
