package dev.meshperf.profile.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A saved profile at its current version. The definition itself is stored as its JSON document, the columns beside
 * it exist to search, sort and show lists without reading every document.
 */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false, unique = true)
    public String name;

    public String description;

    /** 1 when created, bumped by every change. */
    @Column(nullable = false)
    public long version;

    /** The load generators, comma-separated. */
    public String generators;

    @Column(nullable = false, columnDefinition = "text")
    public String document;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_run_at")
    public Instant lastRunAt;

    @Column(name = "last_test_id")
    public String lastTestId;

    @Column(nullable = false)
    public long runs;
}
