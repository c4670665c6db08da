package dev.meshperf.profile.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.contracts.validation.LoadSpecValidator;
import dev.meshperf.contracts.validation.SloCheckValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.profile.config.EgressConfig;
import dev.meshperf.profile.config.ProfileConfig;

/** Every field of a profile (defaults applied) checked at once, each violation naming its field. */
@ApplicationScoped
public class ProfileValidator {

    static final int MAX_NAME = FieldLimits.PROFILE_NAME;
    static final int MAX_DESCRIPTION = FieldLimits.PROFILE_DESCRIPTION;
    static final int MAX_MAP_ENTRIES = 64;
    static final int MAX_CERTIFICATE = 64 * 1024;
    private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._/-]{0,"
            + (FieldLimits.LABEL_KEY - 2) + "}[A-Za-z0-9])?");

    @Inject
    ProfileConfig config;

    @Inject
    EgressConfig egressConfig;

    private volatile EgressPolicy egress;

    /** A wrong egress entry stops the service at start-up, naming it, instead of failing each save. */
    void checkEgress(@Observes StartupEvent start) {
        egress();
    }

    EgressPolicy egress() {
        if (egress == null) {
            egress = egressConfig.policy();
        }
        return egress;
    }

    /** A saved profile: everything, and a name. */
    public List<Violation> validateProfile(ProfileDocument d) {
        List<Violation> found = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            found.add(new Violation("name", "is required"));
        } else if (d.name().length() > MAX_NAME) {
            found.add(new Violation("name", "is " + d.name().length() + " characters; at most " + MAX_NAME));
        } else if (d.name().chars().anyMatch(Character::isISOControl)) {
            found.add(new Violation("name", "must not contain control characters"));
        }
        found.addAll(validateRun(d));
        return found;
    }

    /** A definition that is run: a saved profile's, or an ad-hoc run's (which needs no name). */
    public List<Violation> validateRun(ProfileDocument d) {
        List<Violation> found = new ArrayList<>();
        if (d.description() != null && d.description().length() > MAX_DESCRIPTION) {
            found.add(new Violation("description", "is longer than " + MAX_DESCRIPTION + " characters"));
        } else if (d.description() != null && d.description().chars().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\r' && c != '\t')) {
            found.add(new Violation("description", "must not contain control characters but line breaks and tabs"));
        }
        labels(d.labels(), found);
        generators(d.loadGenerators(), found);
        if (d.shards() != null) {
            shards(d.shards(), d.concurrentRequests(), "shards", found);
        }
        if (d.caCertificate() != null) {
            if (d.caCertificate().length() > MAX_CERTIFICATE) {
                found.add(new Violation("caCertificate", "is larger than " + MAX_CERTIFICATE + " characters"));
            } else if (!d.caCertificate().contains("-----BEGIN CERTIFICATE-----")) {
                found.add(new Violation("caCertificate", "is not a PEM certificate (no BEGIN CERTIFICATE line)"));
            }
        }
        if (d.generatorOptions() != null && d.generatorOptions().size() > MAX_MAP_ENTRIES) {
            found.add(new Violation("generatorOptions", "has more than " + MAX_MAP_ENTRIES + " entries"));
        }
        if (d.cookies() != null && d.cookies().size() > MAX_MAP_ENTRIES) {
            found.add(new Violation("cookies", "has more than " + MAX_MAP_ENTRIES + " entries"));
        }
        if (d.baselineRunId() != null && !RunService.TEST_ID.matcher(d.baselineRunId()).matches()) {
            found.add(new Violation("baselineRunId", "'" + d.baselineRunId() + "' is not a test id"));
        }
        for (Violation v : LoadSpecValidator.validate(SpecMapper.toSpec(d), "spec")) {
            found.add(new Violation(SpecMapper.documentField(v.field()), v.reason()));
        }
        destinations(d, found);
        found.addAll(SloCheckValidator.validate(d.slos(), "slos"));
        metrics(d.metrics(), found);
        return found;
    }

    /** Declared Prometheus queries: at most 20, each with a name and a query of sane length. */
    private static void metrics(java.util.List<dev.meshperf.contracts.api.MetricQuery> metrics,
            List<Violation> found) {
        if (metrics == null) {
            return;
        }
        if (metrics.size() > 20) {
            found.add(new Violation("metrics", "has more than 20 queries"));
        }
        for (int i = 0; i < metrics.size(); i++) {
            var m = metrics.get(i);
            if (m == null || m.name() == null || m.name().isBlank() || m.name().length() > FieldLimits.METRIC_NAME) {
                found.add(new Violation("metrics[" + i + "].name", "is required, at most " + FieldLimits.METRIC_NAME
                        + " characters"));
            }
            if (m == null || m.query() == null || m.query().isBlank()
                    || m.query().length() > FieldLimits.METRIC_QUERY) {
                found.add(new Violation("metrics[" + i + "].query", "is required PromQL, at most "
                        + FieldLimits.METRIC_QUERY + " characters"));
            }
        }
    }

    /** Every endpoint that is a valid URL must also be a destination load may go to (meshperf.egress.*). */
    private void destinations(ProfileDocument d, List<Violation> found) {
        if (d.endpoints() == null) {
            return;
        }
        for (int i = 0; i < d.endpoints().size(); i++) {
            String field = "endpoints[" + i + "].url";
            var endpoint = d.endpoints().get(i);
            if (endpoint != null && endpoint.url() != null && found.stream().noneMatch(v -> v.field().equals(field))) {
                egress().check(endpoint.url(), field).ifPresent(found::add);
            }
        }
    }

    /** A generator this installation runs. */
    public List<Violation> generator(String generator, String field) {
        if (generator != null && !config.generators().contains(generator)) {
            return List.of(new Violation(field, "'" + generator + "' is not a load generator of this installation; "
                    + "use one of " + config.generators()));
        }
        return List.of();
    }

    public void shards(int shards, Integer connections, String field, List<Violation> found) {
        if (shards < 1 || shards > config.maxShards()) {
            found.add(new Violation(field, "must be from 1 to " + config.maxShards() + ", was " + shards));
        } else if (connections != null && connections > 0 && shards > connections) {
            found.add(new Violation(field, "is " + shards + " but there are only " + connections
                    + " concurrentRequests; every shard needs at least one connection"));
        }
    }

    private void generators(List<String> generators, List<Violation> found) {
        if (generators == null) {
            return;
        }
        if (generators.isEmpty()) {
            found.add(new Violation("loadGenerators", "needs at least one load generator"));
        }
        for (int i = 0; i < generators.size(); i++) {
            if (generators.get(i) == null) {
                found.add(new Violation("loadGenerators[" + i + "]", "is required: a load generator's name"));
            } else if (generators.indexOf(generators.get(i)) < i) {
                found.add(new Violation("loadGenerators[" + i + "]", "'" + generators.get(i) + "' is listed twice"));
            } else {
                found.addAll(generator(generators.get(i), "loadGenerators[" + i + "]"));
            }
        }
    }

    private static void labels(Map<String, String> labels, List<Violation> found) {
        if (labels == null) {
            return;
        }
        if (labels.size() > MAX_MAP_ENTRIES) {
            found.add(new Violation("labels", "has more than " + MAX_MAP_ENTRIES + " entries"));
            return;
        }
        labels.forEach((key, value) -> {
            if (!LABEL_KEY.matcher(key).matches()) {
                found.add(new Violation("labels." + key, "is not a label key (letters, digits, . _ / -, at most 63)"));
            } else if (value != null && value.length() > FieldLimits.LABEL_VALUE) {
                found.add(new Violation("labels." + key, "value is longer than " + FieldLimits.LABEL_VALUE
                        + " characters"));
            }
        });
    }
}
