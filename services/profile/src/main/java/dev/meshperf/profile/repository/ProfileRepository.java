package dev.meshperf.profile.repository;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.meshperf.profile.domain.Profile;
import dev.meshperf.profile.domain.ProfileVersion;

/** Profiles and their versions. */
@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<Profile, String> {

    /** Sort keys of the API and their columns; a leading {@code -} sorts descending. */
    public static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt", "updatedAt",
            "updatedAt", "lastRunAt", "lastRunAt", "runs", "runs", "version", "version");

    public Optional<Profile> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** A page of profiles whose name or description contains {@code search} (any case). */
    public PanacheQuery<Profile> search(String search, String sortKey, int page, int size) {
        boolean descending = sortKey.startsWith("-");
        String column = SORTS.get(descending ? sortKey.substring(1) : sortKey);
        // a profile never run has no lastRunAt: it comes last either way, not first as PostgreSQL's default would put it
        Sort sort = Sort.by(column, descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_LAST).and("id");
        PanacheQuery<Profile> query = search == null || search.isBlank()
                ? findAll(sort)
                : find("lower(name) like :q or lower(coalesce(description, '')) like :q", sort,
                        Parameters.with("q", "%" + escape(search.toLowerCase(Locale.ROOT)) + "%"));
        return query.page(Page.of(page, size));
    }

    public List<ProfileVersion> versions(String profileId) {
        return ProfileVersion.list("profileId", Sort.descending("version"), profileId);
    }

    public Optional<ProfileVersion> version(String profileId, long version) {
        return ProfileVersion.find("profileId = ?1 and version = ?2", profileId, version).firstResultOptional();
    }

    public void deleteWithVersions(Profile profile) {
        ProfileVersion.delete("profileId", profile.id);
        delete(profile);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
