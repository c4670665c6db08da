package dev.meshperf.scheduler.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A schedule: the rule as the user gave it, what it was read as, and the next time it fires. */
@Entity
@Table(name = "schedule")
public class Schedule extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "profile_id", nullable = false)
    public String profileId;

    /** every, daily, weekly, monthly or cron. */
    @Column(name = "rule_kind", nullable = false)
    public String ruleKind;

    /** The rule's value as given: "15m", "09:00", "mon,fri@09:00", "1@09:00" or a cron expression. */
    @Column(name = "rule_text", nullable = false)
    public String ruleText;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    @Column(name = "start_text")
    public String startText;

    @Column(name = "end_text")
    public String endText;

    @Column(name = "max_runs")
    public Integer maxRuns;

    public String generator;

    public Integer shards;

    @Column(name = "labels_json")
    public String labelsJson;

    @Column(name = "cron_equivalent")
    public String cronEquivalent;

    @Column(nullable = false)
    public String description;

    /** Null once the schedule has ended (end date passed or run count reached). */
    @Column(name = "next_fire_at")
    public Instant nextFireAt;

    @Column(nullable = false)
    public int runs;

    @Column(nullable = false)
    public boolean paused;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
