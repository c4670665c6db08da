package dev.meshperf.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dashboard imported into a Grafana connection, with the panels and variable values chosen for runs. */
@Entity
@Table(name = "grafana_board")
public class GrafanaBoardEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "connection_id")
    public String connectionId;
    public String uid;
    public String title;
    @Column(name = "dashboard_json", columnDefinition = "text")
    public String dashboardJson;
    /** Panel ids, comma-separated; null means every panel. */
    @Column(name = "chosen_panels")
    public String chosenPanels;
    @Column(name = "variables_json", columnDefinition = "text")
    public String variablesJson;
}
