package dev.meshperf.metrics.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A Grafana to evaluate board panels on; its key only ever stored encrypted. */
@Entity
@Table(name = "grafana_connection")
public class GrafanaConnectionEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String url;
    @Column(name = "api_key_encrypted")
    public String apiKeyEncrypted;
    @Column(name = "datasource_uid")
    public String datasourceUid;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
