package dev.meshperf.scheduler.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One occurrence of a schedule and what became of it; unique per schedule and fire time. */
@Entity
@Table(name = "schedule_fire")
public class FireRecord extends PanacheEntityBase {

    public static final String FIRED = "FIRED";
    public static final String MISSED = "MISSED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id", nullable = false)
    public String scheduleId;

    @Column(name = "fire_at", nullable = false)
    public Instant fireAt;

    @Column(name = "handled_at", nullable = false)
    public Instant handledAt;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "test_id")
    public String testId;

    public String detail;

    @Column(name = "run_status")
    public String runStatus;

    @Column(name = "run_reason")
    public String runReason;
}
