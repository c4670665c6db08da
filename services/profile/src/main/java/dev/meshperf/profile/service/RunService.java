package dev.meshperf.profile.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.RunAccepted;
import dev.meshperf.contracts.api.RunOptions;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.RunLabels;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestCancel;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.config.ProfileConfig;
import dev.meshperf.profile.domain.Profile;
import dev.meshperf.profile.domain.TestRunRequest;
import dev.meshperf.profile.messaging.TestRequestPublisher;

/**
 * Starts tests: from a saved profile version or from an ad-hoc document. A test id is issued here; one
 * {@code test.requested} record per shard carries the full snapshot. The run is recorded and the profile's counters
 * moved in the same transaction as the publish, which rolls back when the broker does not take the records.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);
    /** A test id a run accepts; a profile's baseline is held to the same rule. */
    static final Pattern TEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,"
            + (FieldLimits.TEST_ID - 1) + "}");

    @Inject
    ProfileService profiles;

    @Inject
    ProfileValidator validator;

    @Inject
    ProfileConfig config;

    @Inject
    TestRequestPublisher publisher;

    @Inject
    GeneratorCatalog catalog;

    @Inject
    ProfileSecrets secrets;

    @Transactional
    public RunAccepted runProfile(String profileId, RunOptions options) {
        Profile profile = profiles.find(profileId);
        ProfileDocument d = secrets.reveal(ProfileService.document(profile));
        RunOptions o = options == null ? new RunOptions(null, null, null) : options;
        List<Violation> violations = new ArrayList<>();
        String generator = o.generator() == null ? d.loadGenerators().get(0) : o.generator();
        if (o.generator() != null && !d.loadGenerators().contains(o.generator())) {
            violations.add(new Violation("generator", "'" + o.generator() + "' is not one of this profile's "
                    + "loadGenerators " + d.loadGenerators()));
        }
        violations.addAll(validator.generator(generator, "generator"));
        int shards = o.shards() == null ? d.shards() : o.shards();
        validator.shards(shards, d.concurrentRequests(), "shards", violations);
        if (o.testId() != null && !TEST_ID.matcher(o.testId()).matches()) {
            violations.add(new Violation("testId", "must be 1 to " + FieldLimits.TEST_ID + " letters, digits, '.',"
                    + " '_', ':' or '-', "
                    + "starting with a letter or digit"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, String> labels = merged(d.labels(), o.labels());
        if (d.baselineRunId() != null) {
            labels.put(RunLabels.BASELINE, d.baselineRunId());
        }
        RunAccepted accepted = launch(d, new ProfileRef(profile.id, profile.name, profile.version), generator, shards,
                labels, o.testId());
        profile.runs++;
        profile.lastRunAt = accepted.requestedAt();
        profile.lastTestId = accepted.testId();
        return accepted;
    }

    /** Runs a definition that is not saved; its name, when given, is only a label. */
    @Transactional
    public RunAccepted runAdHoc(ProfileDocument input) {
        ProfileDocument d = ProfileDefaults.apply(input, config.generators().get(0));
        List<Violation> violations = new ArrayList<>(validator.validateRun(d));
        violations.addAll(secrets.unsaved(d));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, String> labels = d.name() == null ? d.labels() : merged(d.labels(), Map.of("name", d.name()));
        return launch(d, null, d.loadGenerators().get(0), d.shards(), labels, null);
    }

    @Transactional
    public void cancel(String testId, String reason) {
        TestRunRequest run = TEST_ID.matcher(testId).matches() ? TestRunRequest.findById(testId) : null;
        if (run == null) {
            throw ProblemException.notFound("no test with id " + testId + " was started here");
        }
        if (run.cancelledAt == null) {
            run.cancelledAt = Instant.now();
        }
        publisher.publishCancel(new TestCancel(testId, run.cancelledAt, reason == null
                ? "cancelled by a user"
                : reason), run.shards);
    }

    /**
     * The acceptance of a run of this profile already started with {@code testId}, or null when there is none: a
     * repeated request with the same test id starts nothing new. A test id used by another run is a conflict.
     */
    @Transactional
    public RunAccepted previous(String profileId, String testId) {
        if (!TEST_ID.matcher(testId).matches()) {
            // refused with every other violation when the run is checked
            return null;
        }
        TestRunRequest run = TestRunRequest.findById(testId);
        if (run == null) {
            return null;
        }
        if (!profileId.equals(run.profileId)) {
            throw ProblemException.conflict("testId", "test id " + testId + " was already used by another run");
        }
        return new RunAccepted(run.testId, run.profileId, run.profileVersion, run.generator, run.shards,
                run.requestedAt, run.startAt, "/api/results/" + run.testId);
    }

    private RunAccepted launch(ProfileDocument d, ProfileRef profile, String generator, int shards,
            Map<String, String> labels, String givenTestId) {
        String testId = givenTestId != null ? givenTestId : UUID.randomUUID().toString();
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant startAt = requestedAt.plus(config.startDelay());
        LoadSpec spec = SpecMapper.toSpec(d);
        List<Violation> unsupported = catalog.unsupported(generator, spec);
        if (!unsupported.isEmpty()) {
            throw ProblemException.invalid(unsupported.stream()
                    .map(v -> new Violation(SpecMapper.documentField(v.field()), v.reason())).toList());
        }
        List<TestRequested> records = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            records.add(new TestRequested(testId, requestedAt, startAt, new ShardRef(i, shards), generator, profile,
                    spec, d.slos() == null ? List.of() : d.slos(), labels == null ? Map.of() : labels, null));
        }
        TestRunRequest run = new TestRunRequest();
        run.testId = testId;
        run.profileId = profile == null ? null : profile.id();
        run.profileVersion = profile == null ? null : profile.version();
        run.generator = generator;
        run.shards = shards;
        run.requestedAt = requestedAt;
        run.startAt = startAt;
        // flushed before publishing: a concurrent run with the same given test id fails here, before it publishes
        run.persistAndFlush();
        publisher.publish(records);
        LOG.infof("test %s requested: %s, %d shard(s) on %s, starts at %s", testId,
                profile == null ? "ad hoc" : "profile " + profile.name() + " v" + profile.version(), shards, generator,
                startAt);
        return new RunAccepted(testId, profile == null ? null : profile.id(),
                profile == null ? null : profile.version(), generator, shards, requestedAt, startAt,
                "/api/results/" + testId);
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> extra) {
        Map<String, String> out = new LinkedHashMap<>(base == null ? Map.of() : base);
        if (extra != null) {
            out.putAll(extra);
        }
        return out;
    }
}
