package dev.meshperf.profile.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A test this service started, from a profile version or ad hoc; what a cancel needs to find its shards. */
@Entity
@Table(name = "test_run_request")
public class TestRunRequest extends PanacheEntityBase {

    @Id
    @Column(name = "test_id")
    public String testId;

    @Column(name = "profile_id")
    public String profileId;

    @Column(name = "profile_version")
    public Long profileVersion;

    @Column(nullable = false)
    public String generator;

    @Column(nullable = false)
    public int shards;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
