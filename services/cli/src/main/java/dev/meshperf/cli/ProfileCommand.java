package dev.meshperf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ws.rs.core.Response;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileSummary;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.contracts.api.endpoints.ProfileEndpoints;
import dev.meshperf.contracts.api.endpoints.ProfileFileEndpoints;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./meshperf profile list|get|apply|export|delete|run}. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Saved performance profiles.", subcommands = {
        ProfileCommand.ListProfiles.class, ProfileCommand.Get.class, ProfileCommand.Apply.class,
        ProfileCommand.Export.class, ProfileCommand.Delete.class, ProfileCommand.Run.class})
public final class ProfileCommand {

    final PrintStream out;
    final PrintStream err;

    ProfileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List profiles.")
    static final class ListProfiles implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Option(names = "--search", description = "part of the name or description")
        String search;

        @Option(names = "--sort", description = "name, createdAt, updatedAt, lastRunAt, runs, version; -x descends")
        String sort;

        @Option(names = "--page", description = "page, from 0")
        Integer page;

        @Option(names = "--size", description = "profiles per page (default 20)")
        Integer size;

        @Override
        public Integer call() {
            ProfilePage page = GatewayProxy.of(new GatewayClient(gateway), ProfileEndpoints.class).listProfiles(
                    search, sort, this.page == null ? 0 : this.page, size == null ? 20 : size);
            PrintStream out = parent.out;
            out.printf("%-36s  %-28s %4s %-10s %5s  %s%n", "ID", "NAME", "VER", "GENERATOR", "RUNS", "LAST RUN");
            List<ProfileSummary> profiles = page.profiles() == null ? List.of() : page.profiles();
            for (ProfileSummary p : profiles) {
                out.printf("%-36s  %-28s %4d %-10s %5d  %s%n", p.id(), cut(Cells.or(p.name(), ""), 28),
                        p.version(),
                        p.loadGenerators() == null || p.loadGenerators().isEmpty() ? "" : p.loadGenerators().get(0),
                        p.runs(), Cells.or(p.lastRunAt(), "-"));
            }
            out.printf("%d of %d profile(s)%n", profiles.size(), page.totalCount());
            return ExitCodes.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one profile as JSON.")
    static final class Get implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws IOException {
            parent.out.println(GatewayClient.print(GatewayProxy.of(new GatewayClient(gateway),
                    ProfileEndpoints.class).getProfile(id)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true, description = "Create or update a profile by name from a "
            + "YAML or JSON file; --smp for an SMP PerformanceTestConfig (mesheryctl perf apply -f).")
    static final class Apply implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Option(names = {"-f", "--file"}, required = true, description = "the file, or - for standard input")
        String file;

        @Option(names = "--smp", description = "the file is an SMP PerformanceTestConfig")
        boolean smp;

        @Option(names = "--generator", description = "with --smp: use this load generator instead of the file's")
        String generator;

        @Override
        public Integer call() throws IOException {
            String text = file.equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : read(file);
            ProfileFileEndpoints files = GatewayProxy.of(new GatewayClient(gateway), ProfileFileEndpoints.class);
            Response answer = smp ? files.importSmpProfile(generator, text) : files.applyProfile(text);
            ProfileDocument p = answer.readEntity(ProfileDocument.class);
            parent.out.printf("%s %s (id %s, version %d)%n", answer.getStatus() == 201 ? "created" : "updated",
                    Cells.or(p.name(), ""), Cells.or(p.id(), ""), p.version() == null ? 0 : p.version());
            return ExitCodes.OK;
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file));
            } catch (IOException e) {
                throw new CliException("-f: cannot read " + file + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print a profile as YAML, to keep in "
            + "git and apply again.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            parent.out.print(GatewayProxy.of(new GatewayClient(gateway), ProfileFileEndpoints.class).exportProfile(id)
                    .readEntity(String.class));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a profile (its results stay).")
    static final class Delete implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            GatewayProxy.of(new GatewayClient(gateway), ProfileEndpoints.class).deleteProfile(id);
            parent.out.println("deleted profile " + id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a profile's current version and "
            + "follow it; exit code 0 when it completed and met its SLOs.")
    static final class Run implements Callable<Integer> {

        @ParentCommand
        ProfileCommand parent;

        @Mixin
        GatewayOptions gateway = new GatewayOptions();

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = {"-g", "--generator"}, description = "one of the profile's generators (default its first)")
        String generator;

        @Option(names = "--shards", description = "overrides the profile's shards")
        Integer shards;

        @Option(names = "--json", description = "print one JSON object instead of the table")
        boolean json;

        @Option(names = {"-q", "--quiet"}, description = "no progress bar")
        boolean quiet;

        @Option(names = "--no-wait", description = "print the test id and return at once")
        boolean noWait;

        @Override
        public Integer call() throws IOException {
            GatewayClient g = new GatewayClient(gateway);
            ProfileEndpoints profiles = GatewayProxy.of(g, ProfileEndpoints.class);
            ProfileDocument profile = profiles.getProfile(id);
            RunAccepted accepted = profiles.runProfile(id, GatewayClient.JSON.writeValueAsString(new RunOptions(
                    generator, shards, null, null))).readEntity(RunAccepted.class);
            if (noWait) {
                parent.out.println(accepted.testId());
                return ExitCodes.OK;
            }
            Duration warmup = profile.warmup() == null ? Duration.ZERO : profile.warmup();
            Duration total = (profile.duration() == null ? Duration.ZERO : profile.duration()).plus(warmup);
            return new RunFollower(g, parent.out, parent.err).follow(accepted, total, warmup, json, quiet);
        }
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
