package dev.meshperf.analysis.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A test as analysis stores it: written when first seen (RUNNING) and completed when the test ends. */
@Entity
@Table(name = "test_run")
public class TestRun extends PanacheEntityBase {

    public static final String RUNNING = "RUNNING";

    @Id
    @Column(name = "test_id")
    public String testId;
    public String status;
    public String reason;
    public String generator;
    @Column(name = "profile_id")
    public String profileId;
    @Column(name = "profile_name")
    public String profileName;
    @Column(name = "profile_version")
    public Long profileVersion;
    public int shards;
    @Column(name = "shards_reported")
    public int shardsReported;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    /** The first test.requested record, as JSON: the full spec of the run. */
    @Column(name = "request_json")
    public String requestJson;
    @Column(name = "summary_json")
    public String summaryJson;
    @Column(name = "slo_json")
    public String sloJson;
    @Column(name = "latency_histogram")
    public String latencyHistogram;
    @Column(name = "service_time_histogram")
    public String serviceTimeHistogram;
    @Column(name = "scheduling_lag_histogram")
    public String schedulingLagHistogram;
    /** Runner instances that produced samples, comma-separated. */
    public String runners;
    public long duplicates;
    /** False from the moment the test ends until the broker has its test.completed (CompletionOutbox). */
    @Column(name = "completion_published")
    public boolean completionPublished = true;
    /** The per-shard breakdown, as JSON. */
    @jakarta.persistence.Column(name = "shards_json", columnDefinition = "text")
    public String shardsJson;
}
