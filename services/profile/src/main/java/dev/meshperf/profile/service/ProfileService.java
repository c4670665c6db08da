package dev.meshperf.profile.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.api.ProfilePage;
import dev.meshperf.contracts.api.ProfileSummary;
import dev.meshperf.contracts.api.ProfileVersionInfo;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.config.ProfileConfig;
import dev.meshperf.profile.domain.Profile;
import dev.meshperf.profile.domain.ProfileVersion;
import dev.meshperf.profile.repository.ProfileRepository;

/**
 * Saving profiles: each change is validated whole, bumps the version and keeps the new version beside the old ones,
 * in one transaction. Names are unique; renaming keeps the id, so results stay attached.
 */
@ApplicationScoped
public class ProfileService {

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileValidator validator;

    @Inject
    ProfileConfig config;

    @Inject
    ProfileSecrets secrets;

    /** The outcome of {@link #apply}: the saved document and whether it was new. */
    public record Applied(ProfileDocument profile, boolean created) {
    }

    @Transactional
    public ProfileDocument create(ProfileDocument input) {
        ProfileDocument d = checked(input);
        if (profiles.findByName(d.name()).isPresent()) {
            throw ProblemException.conflict("name", "a profile named '" + d.name() + "' exists already; "
                    + "update it, choose another name, or use apply");
        }
        Profile p = new Profile();
        p.id = UUID.randomUUID().toString();
        p.createdAt = now();
        p.version = 0;
        return save(p, secrets.seal(d, null));
    }

    @Transactional
    public ProfileDocument update(String id, ProfileDocument input) {
        Profile p = find(id);
        if (input.version() != null && input.version() != p.version) {
            throw ProblemException.conflict("version", "the profile is at version " + p.version + ", not "
                    + input.version() + "; someone changed it meanwhile: get it again and reapply your change");
        }
        ProfileDocument d = checked(input);
        profiles.findByName(d.name()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ProblemException.conflict("name", "another profile is named '" + d.name() + "'");
        });
        return save(p, secrets.seal(d, document(p)));
    }

    /** Creates the profile named in the document, or updates it when it exists (profiles as code). */
    @Transactional
    public Applied apply(ProfileDocument input) {
        if (input.name() == null || input.name().isBlank()) {
            throw ProblemException.invalid(List.of(new Violation("name", "is required to apply a profile")));
        }
        if (input.name().chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(List.of(new Violation("name", "must not contain control characters")));
        }
        return profiles.findByName(input.name())
                .map(existing -> new Applied(update(existing.id, withoutVersion(input)), false))
                .orElseGet(() -> new Applied(create(input), true));
    }

    @Transactional
    public void delete(String id) {
        profiles.deleteWithVersions(find(id));
    }

    @Transactional
    public ProfileDocument get(String id) {
        return ProfileSecrets.redact(document(find(id)));
    }

    @Transactional
    public ProfileDocument getVersion(String id, long version) {
        find(id);
        ProfileVersion v = profiles.version(id, version).orElseThrow(
                () -> ProblemException.notFound("profile " + id + " has no version " + version));
        return ProfileSecrets.redact(Documents.fromJson(v.document));
    }

    @Transactional
    public List<ProfileVersionInfo> versions(String id) {
        find(id);
        return profiles.versions(id).stream().map(v -> new ProfileVersionInfo(v.version, v.name, v.createdAt))
                .toList();
    }

    @Transactional
    public ProfilePage page(String search, String sort, int page, int size) {
        var query = profiles.search(search, sort, page, size);
        List<ProfileSummary> items = query.list().stream().map(ProfileService::summary).toList();
        return new ProfilePage(page, size, query.count(), items);
    }

    Profile find(String id) {
        // an id the database cannot even compare (a NUL byte) names no profile either
        if (id == null || id.indexOf('\u0000') >= 0) {
            throw ProblemException.notFound("no profile with that id");
        }
        return profiles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no profile with id " + id));
    }

    /** The stored document: its secrets sealed, never to be returned as it is. */
    static ProfileDocument document(Profile p) {
        return Documents.fromJson(p.document);
    }

    private ProfileDocument checked(ProfileDocument input) {
        ProfileDocument d = ProfileDefaults.apply(input, config.generators().get(0));
        List<Violation> violations = validator.validateProfile(d);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return d;
    }

    private ProfileDocument save(Profile p, ProfileDocument d) {
        p.version++;
        p.name = d.name().strip();
        p.description = d.description();
        p.generators = String.join(",", d.loadGenerators());
        p.updatedAt = now();
        ProfileDocument saved = d.withIdentity(p.id, p.version, p.createdAt, p.updatedAt);
        p.document = Documents.toJson(saved);
        profiles.persist(p);
        ProfileVersion v = new ProfileVersion();
        v.profileId = p.id;
        v.version = p.version;
        v.name = p.name;
        v.document = p.document;
        v.createdAt = p.updatedAt;
        v.persist();
        return ProfileSecrets.redact(saved);
    }

    private static ProfileDocument withoutVersion(ProfileDocument d) {
        return d.withIdentity(d.id(), null, d.createdAt(), d.updatedAt());
    }

    private static ProfileSummary summary(Profile p) {
        return new ProfileSummary(p.id, p.name, p.description, p.version,
                p.generators == null ? List.of() : List.of(p.generators.split(",")), p.createdAt, p.updatedAt,
                p.lastRunAt, p.lastTestId, p.runs);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
