package dev.meshperf.metrics.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A Prometheus to query; its secret only ever stored encrypted. */
@Entity
@Table(name = "prometheus_connection")
public class PrometheusConnectionEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String url;
    public String auth;
    public String username;
    @Column(name = "secret_encrypted")
    public String secretEncrypted;
    /** Query packs, comma-separated; null means all. */
    public String packs;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
