package dev.meshperf.metrics.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.metrics.config.CollectorConfig;
import dev.meshperf.metrics.domain.GrafanaConnectionEntity;
import dev.meshperf.metrics.domain.PrometheusConnectionEntity;
import dev.meshperf.metrics.domain.RunMetric;
import dev.meshperf.metrics.domain.RunSettings;
import dev.meshperf.metrics.domain.RunWindow;
import dev.meshperf.metrics.service.mesh.TargetResolver;

/**
 * Each test's context: its window opens with its request and closes with its completion; once the window's end (the
 * test's end plus the margin) has passed, every query pack of every Prometheus connection is run over the window and
 * the answers are stored with the test. A query that fails is stored with its error: the run itself is never failed
 * by its context. Windows closed but not collected when the service stopped are collected after it starts.
 */
@ApplicationScoped
public class CollectionService {

    private static final Logger LOG = Logger.getLogger(CollectionService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RunEnvironment.Series>> SERIES = new TypeReference<>() {
    };
    /** Time after the window's end for the last scrape to land in Prometheus. */
    private static final Duration SCRAPE_LAG = Duration.ofSeconds(2);

    @Inject
    CollectorConfig config;

    @Inject
    ConnectionService connections;

    @Inject
    ClusterContext cluster;

    @Inject
    GrafanaService grafana;

    @Inject
    ProfileQueries profileQueries;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "metrics-collection");
        t.setDaemon(true);
        return t;
    });

    void resume(@Observes StartupEvent start) {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> RunWindow.<RunWindow>list(
                "status = ?1 and endedAt is not null", RunWindow.PENDING).stream().map(w -> w.testId).toList());
        due.forEach(id -> timer.execute(() -> collect(id)));
        if (!due.isEmpty()) {
            LOG.infof("collecting the context of %d test(s) that ended while this service was down", due.size());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /**
     * A test was requested: its window starts at its start instant, with the cluster as it is now and what a
     * comparison needs of the request. The topics are read independently, so its completion may have come first: the
     * window then only learns the test's profile and settings.
     */
    public void opened(TestRequested request) {
        String testId = request.testId();
        ProfileRef profile = request.profile();
        List<String> hosts = TargetResolver.hosts(request.spec() == null || request.spec().endpoints() == null
                ? List.of()
                : request.spec().endpoints().stream().map(Endpoint::url).toList());
        String settings = json(RunSettings.of(request, hosts));
        // a window that exists already needs no start snapshot: spare the cluster read, not the database
        ClusterContext.Snapshot snapshot = cluster.enabled()
                && QuarkusTransaction.requiringNew().call(() -> RunWindow.findById(testId) == null)
                        ? cluster.take(testId, true, hosts, null)
                        : null;
        onceMore(() -> QuarkusTransaction.requiringNew().call(() -> {
            RunWindow w = RunWindow.findById(testId);
            if (w == null) {
                w = new RunWindow();
                w.testId = testId;
                w.status = RunWindow.PENDING;
                w.startAt = request.startAt();
                w.profileId = profile == null ? null : profile.id();
                w.profileVersion = profile == null ? null : profile.version();
                w.settingsJson = settings;
                if (snapshot != null) {
                    snapshot.storeIn(w, true);
                }
                w.persist();
            } else {
                if (w.profileId == null && profile != null) {
                    w.profileId = profile.id();
                    w.profileVersion = profile.version();
                }
                if (w.settingsJson == null) {
                    w.settingsJson = settings;
                }
            }
            return null;
        }));
    }

    /**
     * A test ended: its context is collected once the window's end has passed. The cluster is read before the
     * transaction, so a slow cluster does not hold a database connection.
     */
    public void closed(String testId, Instant startedAt, Instant endedAt) {
        Instant end = endedAt == null ? Instant.now() : endedAt;
        ClusterContext.Snapshot snapshot = null;
        if (cluster.enabled()) {
            RunWindow known = QuarkusTransaction.requiringNew().call(() -> RunWindow.findById(testId));
            RunSettings settings = known == null ? null : settings(known.settingsJson);
            Instant since = known != null && known.startAt != null ? known.startAt : startedAt;
            snapshot = cluster.take(testId, false, settings == null ? List.of() : settings.hosts(), since == null
                    ? end
                    : since);
        }
        ClusterContext.Snapshot endSnapshot = snapshot;
        Instant collectAt = onceMore(() -> QuarkusTransaction.requiringNew().call(() -> {
            RunWindow w = RunWindow.findById(testId);
            if (w == null) {
                w = new RunWindow();
                w.testId = testId;
                w.status = RunWindow.PENDING;
                w.persist();
            }
            if (RunWindow.COLLECTED.equals(w.status)) {
                return null;
            }
            if (startedAt != null && (w.startAt == null || startedAt.isBefore(w.startAt))) {
                w.startAt = startedAt;
            }
            if (w.startAt == null) {
                w.startAt = end;
            }
            w.endedAt = end;
            if (endSnapshot != null) {
                endSnapshot.storeIn(w, false);
            }
            w.queryFrom = w.startAt.minus(config.margin());
            w.queryTo = end.plus(config.margin());
            w.stepSeconds = step(w.queryFrom, w.queryTo, config.maxPoints());
            return w.queryTo.plus(SCRAPE_LAG);
        }));
        if (collectAt != null) {
            long delay = Math.max(0, Duration.between(Instant.now(), collectAt).toMillis());
            timer.schedule(() -> collect(testId), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** The settings stored with a window; null when its request was not seen. */
    public static RunSettings settings(String json) {
        try {
            return json == null ? null : JSON.readValue(json, RunSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored run settings are unreadable", e);
        }
    }

    private static String json(RunSettings settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run settings could not be written", e);
        }
    }

    /**
     * Runs a window's transaction, and once more if it lost a race to insert the same window (request and completion
     * are consumed on different threads): the second try finds the row.
     */
    private static <T> T onceMore(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    LOG.debugf("a run window was inserted concurrently; trying again: %s", cause.getMessage());
                    return transaction.get();
                }
            }
            throw e;
        }
    }

    /** The step for a window: its length over the most points wanted, rounded up, at least a second. */
    public static long step(Instant from, Instant to, int maxPoints) {
        long seconds = Math.max(1, Duration.between(from, to).toSeconds());
        return Math.max(1, (seconds + maxPoints - 1) / maxPoints);
    }

    void collect(String testId) {
        try {
            RunWindow w = QuarkusTransaction.requiringNew().call(() -> RunWindow.findById(testId));
            List<PrometheusConnectionEntity> all = QuarkusTransaction.requiringNew()
                    .call(() -> PrometheusConnectionEntity.<PrometheusConnectionEntity>listAll());
            List<RunMetric> answers = new ArrayList<>();
            ProfileQueries.Declared declared = profileQueries.of(w.profileId, w.profileVersion);
            for (PrometheusConnectionEntity c : all) {
                answers.addAll(ask(c, w, declared));
            }
            answers.addAll(grafana.evaluate(w));
            QuarkusTransaction.requiringNew().run(() -> {
                RunWindow window = RunWindow.findById(testId);
                if (RunWindow.COLLECTED.equals(window.status)) {
                    return;
                }
                answers.forEach(a -> a.persist());
                window.status = RunWindow.COLLECTED;
            });
            long failed = answers.stream().filter(a -> a.error != null).count();
            LOG.infof("context of test %s: %d queries on %d Prometheus connection(s), %d failed", testId,
                    answers.size(), all.size(), failed);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not collect the context of test %s", testId);
        }
    }

    private List<RunMetric> ask(PrometheusConnectionEntity c, RunWindow w, ProfileQueries.Declared declared) {
        List<RunMetric> answers = new ArrayList<>();
        PrometheusClient.Target target;
        try {
            target = connections.target(c);
        } catch (IllegalStateException e) {
            answers.add(failed(w.testId, c.name, "-", "-", "-", e.getMessage()));
            return answers;
        }
        List<String> packs = c.packs == null ? null : List.of(c.packs.split(","));
        if (declared.error() != null) {
            answers.add(failed(w.testId, c.name, ProfileQueries.PACK, "-", "-", declared.error()));
        }
        List<QueryPacks.Query> queries = new ArrayList<>(QueryPacks.of(packs));
        queries.addAll(declared.queries());
        for (QueryPacks.Query q : queries) {
            try {
                List<RunEnvironment.Series> series = connections.client().queryRange(target, q.promql(),
                        w.queryFrom, w.queryTo, w.stepSeconds);
                RunMetric m = failed(w.testId, c.name, q.pack(), q.name(), q.promql(), null);
                m.seriesJson = JSON.writeValueAsString(series);
                answers.add(m);
            } catch (MonitoringCallException e) {
                answers.add(failed(w.testId, c.name, q.pack(), q.name(), q.promql(), e.getMessage()));
            } catch (JsonProcessingException e) {
                answers.add(failed(w.testId, c.name, q.pack(), q.name(), q.promql(), "not storable: " + e));
            }
        }
        return answers;
    }

    private static RunMetric failed(String testId, String connection, String pack, String name, String query,
            String error) {
        RunMetric m = new RunMetric();
        m.testId = testId;
        m.connectionName = connection;
        m.pack = pack;
        m.name = name;
        m.query = query;
        m.error = error;
        return m;
    }

    /** What is stored for a test; NONE when no connection exists and nothing was stored. */
    public RunEnvironment environment(String testId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RunWindow w = RunWindow.findById(testId);
            List<RunMetric> rows = RunMetric.list("testId = ?1 order by id", testId);
            List<RunEnvironment.Metric> metrics = new ArrayList<>();
            for (RunMetric r : rows) {
                List<RunEnvironment.Series> series = r.seriesJson == null ? null : read(r.seriesJson);
                metrics.add(new RunEnvironment.Metric(r.connectionName, r.pack, r.name, r.query, series, r.error));
            }
            String status = w == null
                    ? (PrometheusConnectionEntity.count() == 0 && GrafanaConnectionEntity.count() == 0
                            ? "NONE"
                            : "UNKNOWN")
                    : w.status;
            return new RunEnvironment(testId, status, w == null ? null : w.queryFrom, w == null ? null : w.queryTo,
                    w == null ? null : w.stepSeconds, metrics, cluster.context(w), cluster.timeline(w));
        });
    }

    private static List<RunEnvironment.Series> read(String json) {
        try {
            return JSON.readValue(json, SERIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored series are unreadable", e);
        }
    }
}
