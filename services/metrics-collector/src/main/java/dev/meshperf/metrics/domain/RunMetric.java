package dev.meshperf.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One query's answer for one test from one connection: its series as JSON, or the error. */
@Entity
@Table(name = "run_metric")
public class RunMetric extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "test_id")
    public String testId;
    @Column(name = "connection_name")
    public String connectionName;
    public String pack;
    public String name;
    public String query;
    @Column(name = "series_json", columnDefinition = "text")
    public String seriesJson;
    public String error;
}
