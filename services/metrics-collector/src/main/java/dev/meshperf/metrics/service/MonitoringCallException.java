package dev.meshperf.metrics.service;

/** A call to Prometheus or Grafana that failed, with why (a message a user may read: no secret in it). */
public final class MonitoringCallException extends Exception {

    public MonitoringCallException(String reason) {
        super(reason);
    }
}
