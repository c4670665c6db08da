package dev.meshperf.metrics.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A test's window: opened by its request, closed by its completion, then its context is collected. */
@Entity
@Table(name = "run_window")
public class RunWindow extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String COLLECTED = "COLLECTED";

    @Id
    @Column(name = "test_id")
    public String testId;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    public String status;
    @Column(name = "query_from")
    public Instant queryFrom;
    @Column(name = "query_to")
    public Instant queryTo;
    @Column(name = "step_seconds")
    public Long stepSeconds;
    @Column(name = "k8s_start_json", columnDefinition = "text")
    public String kubernetesStart;
    @Column(name = "k8s_end_json", columnDefinition = "text")
    public String kubernetesEnd;
    @Column(name = "k8s_error")
    public String kubernetesError;
    @Column(name = "profile_id")
    public String profileId;
    @Column(name = "profile_version")
    public Long profileVersion;
    /** The request's {@link RunSettings} as JSON: what a comparison with another run needs of it. */
    @Column(name = "settings_json", columnDefinition = "text")
    public String settingsJson;
}
