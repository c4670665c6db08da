package dev.meshperf.metrics.service;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.GrafanaBoard;
import dev.meshperf.contracts.api.GrafanaConnection;
import dev.meshperf.contracts.api.RunEnvironment;
import dev.meshperf.metrics.config.CollectorConfig;
import dev.meshperf.metrics.domain.GrafanaBoardEntity;
import dev.meshperf.metrics.domain.GrafanaConnectionEntity;
import dev.meshperf.metrics.domain.RunMetric;
import dev.meshperf.metrics.domain.RunWindow;
import dev.meshperf.problem.ProblemException;

/**
 * Grafana connections and their boards: import by uid (found with search) or by upload (JSON or YAML), choose panels
 * and variable values; for each run, every chosen panel's Prometheus queries are evaluated over the run's window
 * through Grafana's data source proxy, with the variables substituted.
 */
@ApplicationScoped
public class GrafanaService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    CollectorConfig config;

    @Inject
    ConnectionService prometheus;

    private GrafanaClient client() {
        return new GrafanaClient(config.queryTimeout(), config.maxResponseBytes(), prometheus.egress());
    }

    public List<GrafanaConnection> list() {
        return GrafanaConnectionEntity.<GrafanaConnectionEntity>listAll().stream()
                .sorted(Comparator.comparing(c -> c.name)).map(GrafanaService::view).toList();
    }

    public GrafanaConnection get(String id) {
        return view(find(id));
    }

    @Transactional
    public GrafanaConnection create(GrafanaConnection in) {
        GrafanaInputs.connection(in, null, prometheus);
        if (GrafanaConnectionEntity.count("name", in.name().trim()) > 0) {
            throw ProblemException.conflict("name", "a Grafana connection named '" + in.name() + "' exists already");
        }
        GrafanaConnectionEntity c = new GrafanaConnectionEntity();
        c.id = UUID.randomUUID().toString();
        c.createdAt = Instant.now();
        apply(c, in);
        c.persist();
        return view(c);
    }

    /** Replaces a connection; a key left out keeps the stored one. */
    @Transactional
    public GrafanaConnection update(String id, GrafanaConnection in) {
        GrafanaConnectionEntity c = find(id);
        GrafanaInputs.connection(in, c, prometheus);
        if (in.version() != null && in.version() != c.version) {
            throw ProblemException.conflict("version", "the connection is at version " + c.version + ", not "
                    + in.version() + "; read it again");
        }
        if (!c.name.equals(in.name().trim()) && GrafanaConnectionEntity.count("name", in.name().trim()) > 0) {
            throw ProblemException.conflict("name", "a Grafana connection named '" + in.name() + "' exists already");
        }
        c.version++;
        apply(c, in);
        return view(c);
    }

    @Transactional
    public void delete(String id) {
        GrafanaBoardEntity.delete("connectionId", find(id).id);
        find(id).delete();
    }

    public ConnectivityReport test(String id) {
        return client().test(target(find(id)));
    }

    /** Grafana's dashboards matching {@code query}: uid, title, url. */
    public JsonNode search(String id, String query) {
        try {
            return client().search(target(find(id)), query);
        } catch (MonitoringCallException e) {
            throw ProblemException.badRequest("connection", "Grafana could not be searched: " + e.getMessage());
        }
    }

    public List<GrafanaBoard> boards(String id) {
        find(id);
        return GrafanaBoardEntity.<GrafanaBoardEntity>list("connectionId", id).stream().map(GrafanaService::view)
                .toList();
    }

    /** Imports a board by uid from Grafana, with the chosen panels and variable values. */
    @Transactional
    public GrafanaBoard importBoard(String id, GrafanaBoard choice) {
        if (choice == null || choice.uid() == null || choice.uid().isBlank()) {
            throw ProblemException.badRequest("uid", "is required: the board's uid (see the search)");
        }
        if (!Dashboards.UID.matcher(choice.uid()).matches()) {
            throw ProblemException.badRequest("uid", "is not a Grafana uid (letters, digits, '-', '_' and '.', at "
                    + "most 128)");
        }
        JsonNode dashboard;
        try {
            dashboard = client().dashboard(target(find(id)), choice.uid());
        } catch (MonitoringCallException e) {
            throw ProblemException.badRequest("uid", "board " + choice.uid() + " could not be read: " + e.getMessage());
        }
        return store(id, dashboard, choice.chosenPanels(), choice.variables());
    }

    /** Imports a board from its JSON or YAML model (Grafana's export, or the {@code dashboard} of its API). */
    @Transactional
    public GrafanaBoard upload(String id, String contentType, byte[] body) {
        JsonNode tree;
        try {
            boolean yaml = contentType != null && contentType.contains("yaml");
            tree = yaml ? YAML.readTree(body) : JSON.readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "not a dashboard in JSON or YAML: " + e.getMessage());
        }
        JsonNode dashboard = tree != null && tree.has("dashboard") ? tree.path("dashboard") : tree;
        GrafanaInputs.uploaded(dashboard);
        return store(id, dashboard, null, null);
    }

    /** Chooses a board's panels and variable values. */
    @Transactional
    public GrafanaBoard choose(String id, String uid, GrafanaBoard choice) {
        if (choice == null) {
            throw ProblemException.badRequest("body", "the chosen panels and variables are needed");
        }
        GrafanaBoardEntity b = board(id, uid);
        JsonNode dashboard = read(b.dashboardJson);
        GrafanaInputs.choice(dashboard, choice.chosenPanels(), choice.variables());
        b.chosenPanels = join(choice.chosenPanels());
        b.variablesJson = write(choice.variables());
        return view(b);
    }

    @Transactional
    public void deleteBoard(String id, String uid) {
        board(id, uid).delete();
    }

    private GrafanaBoard store(String id, JsonNode dashboard, List<Integer> panels, Map<String, String> variables) {
        find(id);
        GrafanaInputs.choice(dashboard, panels, variables);
        String uid = Dashboards.uid(dashboard);
        GrafanaBoardEntity b = GrafanaBoardEntity.<GrafanaBoardEntity>find("connectionId = ?1 and uid = ?2", id, uid)
                .firstResultOptional().orElseGet(GrafanaBoardEntity::new);
        b.connectionId = id;
        b.uid = uid;
        String title = Dashboards.title(dashboard);
        // a board imported from Grafana is not checked like an upload; its title must still fit a text column
        b.title = title == null
                ? null
                : title.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        b.dashboardJson = dashboard.toString();
        b.chosenPanels = join(panels);
        b.variablesJson = write(variables);
        if (b.id == null) {
            b.persist();
        }
        return view(b);
    }

    /**
     * Evaluates every chosen panel over the window. The boards are read in a short transaction of their own and
     * Grafana is asked outside of it, so a slow Grafana never holds a database connection.
     */
    List<RunMetric> evaluate(RunWindow w) {
        List<Map.Entry<GrafanaConnectionEntity, GrafanaBoardEntity>> boards = QuarkusTransaction.requiringNew()
                .call(() -> {
                    List<Map.Entry<GrafanaConnectionEntity, GrafanaBoardEntity>> all = new ArrayList<>();
                    for (GrafanaConnectionEntity c : GrafanaConnectionEntity.<GrafanaConnectionEntity>listAll()) {
                        GrafanaBoardEntity.<GrafanaBoardEntity>list("connectionId", c.id)
                                .forEach(b -> all.add(Map.entry(c, b)));
                    }
                    return all;
                });
        List<RunMetric> answers = new ArrayList<>();
        boards.forEach(e -> answers.addAll(evaluate(e.getKey(), e.getValue(), w)));
        return answers;
    }

    private List<RunMetric> evaluate(GrafanaConnectionEntity c, GrafanaBoardEntity b, RunWindow w) {
        List<RunMetric> answers = new ArrayList<>();
        JsonNode dashboard = read(b.dashboardJson);
        Map<String, String> values = new LinkedHashMap<>(Dashboards.variables(dashboard));
        values.putAll(b.variablesJson == null ? Map.of() : readStrings(b.variablesJson));
        List<Integer> chosen = b.chosenPanels == null
                ? null
                : Arrays.stream(b.chosenPanels.split(",")).map(Integer::valueOf).toList();
        long range = Duration.between(w.queryFrom, w.queryTo).toSeconds();
        PrometheusClient.Target grafana;
        String fallback;
        try {
            grafana = target(c);
            fallback = c.datasourceUid != null ? c.datasourceUid : client().defaultPrometheus(grafana);
        } catch (MonitoringCallException | IllegalStateException e) {
            answers.add(metric(w, c, b, "-", "-", null, e.getMessage()));
            return answers;
        }
        for (Dashboards.PanelQuery q : Dashboards.queries(dashboard)) {
            if (chosen != null && !chosen.contains(q.panelId())) {
                continue;
            }
            String expr = Dashboards.substitute(q.expr(), values, w.stepSeconds, range);
            String ds = q.datasourceUid() != null ? q.datasourceUid() : fallback;
            String name = q.panelTitle() + " (" + q.refId() + ")";
            if (ds == null || !Dashboards.UID.matcher(ds).matches()) {
                answers.add(metric(w, c, b, name, expr, null, ds == null
                        ? "Grafana has no Prometheus data source"
                        : "the data source uid is not a Grafana uid"));
                continue;
            }
            try {
                PrometheusClient.Target proxy = grafana.under("api/datasources/proxy/uid/" + URLEncoder.encode(ds,
                        StandardCharsets.UTF_8).replace("+", "%20"));
                List<RunEnvironment.Series> series = prometheus.client().queryRange(proxy, expr, w.queryFrom,
                        w.queryTo, w.stepSeconds);
                answers.add(metric(w, c, b, name, expr, JSON.writeValueAsString(series), null));
            } catch (MonitoringCallException e) {
                answers.add(metric(w, c, b, name, expr, null, e.getMessage()));
            } catch (IOException e) {
                answers.add(metric(w, c, b, name, expr, null, "not storable: " + e.getMessage()));
            }
        }
        return answers;
    }

    private static RunMetric metric(RunWindow w, GrafanaConnectionEntity c, GrafanaBoardEntity b, String name,
            String query, String series, String error) {
        RunMetric m = new RunMetric();
        m.testId = w.testId;
        m.connectionName = "grafana/" + c.name;
        m.pack = "board/" + (b.title == null ? b.uid : b.title);
        m.name = name;
        m.query = query;
        m.seriesJson = series;
        m.error = error;
        return m;
    }

    private void apply(GrafanaConnectionEntity c, GrafanaConnection in) {
        c.name = in.name().trim();
        c.url = in.url().trim();
        if (in.apiKey() != null && !in.apiKey().isEmpty()) {
            c.apiKeyEncrypted = prometheus.box().encrypt(in.apiKey());
        }
        c.datasourceUid = in.prometheusDatasourceUid();
        c.updatedAt = Instant.now();
    }

    private PrometheusClient.Target target(GrafanaConnectionEntity c) {
        return new PrometheusClient.Target(c.url, GrafanaClient.authorization(prometheus.box()
                .decrypt(c.apiKeyEncrypted)));
    }

    private static GrafanaConnectionEntity find(String id) {
        if (id.indexOf('\u0000') >= 0) {
            throw ProblemException.notFound("no Grafana connection with that id");
        }
        return Optional.ofNullable(GrafanaConnectionEntity.<GrafanaConnectionEntity>findById(id))
                .orElseThrow(() -> ProblemException.notFound("no Grafana connection with id " + id));
    }

    private static GrafanaBoardEntity board(String id, String uid) {
        find(id);
        if (!Dashboards.UID.matcher(uid).matches()) {
            throw ProblemException.notFound("no board with that uid in Grafana connection " + id);
        }
        return GrafanaBoardEntity.<GrafanaBoardEntity>find("connectionId = ?1 and uid = ?2", id, uid)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("no board " + uid + " in Grafana connection " + id));
    }

    private static GrafanaConnection view(GrafanaConnectionEntity c) {
        return new GrafanaConnection(c.id, c.name, c.url, null, c.apiKeyEncrypted != null, c.datasourceUid,
                c.version, c.createdAt, c.updatedAt);
    }

    private static GrafanaBoard view(GrafanaBoardEntity b) {
        JsonNode dashboard = read(b.dashboardJson);
        Map<String, String> values = new LinkedHashMap<>(Dashboards.variables(dashboard));
        values.putAll(b.variablesJson == null ? Map.of() : readStrings(b.variablesJson));
        return new GrafanaBoard(b.uid, b.title, Dashboards.panels(dashboard), b.chosenPanels == null
                ? List.of()
                : Arrays.stream(b.chosenPanels.split(",")).map(Integer::valueOf).toList(), values);
    }

    private static String join(List<Integer> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored dashboard is unreadable", e);
        }
    }

    private static Map<String, String> readStrings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new IllegalStateException("stored variables are unreadable", e);
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return values == null || values.isEmpty() ? null : JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
