package dev.meshperf.analysis.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Whether silence from a runner means anything: while this instance cannot reach the broker (every runner is silent
 * then) or is behind on its samples, no shard may be called lost. Asks the broker for its nodes once a second.
 */
@ApplicationScoped
public class BrokerWatch {

    private static final Logger LOG = Logger.getLogger(BrokerWatch.class);
    /** Samples waiting to be merged above which this instance is too far behind to judge silence. */
    private static final int BACKLOG_LIMIT = 2_000;

    /** Every {@code kafka.*} setting (bootstrap servers, security protocol, SASL, TLS), as the channels get them. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    IngestLanes lanes;

    private volatile Admin admin;
    private volatile long lastTroubleNanos = System.nanoTime();
    private volatile boolean reachable;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        boolean ok;
        try {
            ok = !admin().describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            ok = false;
        }
        if (ok != reachable) {
            LOG.infof(
                    ok ? "the broker answers again" : "the broker does not answer: no shard is called lost meanwhile");
            reachable = ok;
        }
        if (!ok || lanes.backlog() > BACKLOG_LIMIT) {
            lastTroubleNanos = System.nanoTime();
        }
    }

    /** True when the broker has answered, and samples have been merged as they came, for at least {@code span}. */
    public boolean steadyFor(Duration span) {
        return reachable && System.nanoTime() - lastTroubleNanos >= span.toNanos();
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            Map<String, Object> config = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2500);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "analysis-broker-watch");
            a = Admin.create(config);
            admin = a;
        }
        return a;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
