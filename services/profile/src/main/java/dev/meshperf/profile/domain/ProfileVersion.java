package dev.meshperf.profile.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a profile as it was saved; tests refer to it, so it never changes. */
@Entity
@Table(name = "profile_version")
@IdClass(ProfileVersion.Key.class)
public class ProfileVersion extends PanacheEntityBase {

    @Id
    @Column(name = "profile_id")
    public String profileId;

    @Id
    public long version;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "text")
    public String document;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The primary key: profile id and version. */
    public static class Key implements Serializable {

        public String profileId;
        public long version;

        public Key() {
        }

        public Key(String profileId, long version) {
            this.profileId = profileId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.profileId, profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profileId, version);
        }
    }
}
