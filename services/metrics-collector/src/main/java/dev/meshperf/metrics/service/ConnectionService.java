package dev.meshperf.metrics.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.meshperf.contracts.api.ConnectivityReport;
import dev.meshperf.contracts.api.PrometheusConnection;
import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.contracts.secrets.SecretBox;
import dev.meshperf.contracts.validation.FieldLimits;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.metrics.config.CollectorConfig;
import dev.meshperf.metrics.config.EgressConfig;
import dev.meshperf.metrics.domain.PrometheusConnectionEntity;
import dev.meshperf.problem.ProblemException;

/** Prometheus connections: validated, secrets sealed before they are stored, never returned. */
@ApplicationScoped
public class ConnectionService {

    private static final Logger LOG = Logger.getLogger(ConnectionService.class);
    private static final Set<String> AUTH = Set.of("none", "basic", "bearer");
    /** Longest URL accepted (the url columns are varchar(2000)). */
    static final int MAX_URL = FieldLimits.CONNECTION_URL;
    /** Longest user name (varchar(200)). */
    static final int MAX_USERNAME = FieldLimits.CONNECTION_USERNAME;

    @Inject
    CollectorConfig config;

    @Inject
    EgressConfig egressConfig;

    private volatile PrometheusClient client;
    private volatile EgressPolicy egress;

    /** A wrong egress entry stops the service at start-up, naming it. */
    void checkEgress(@Observes StartupEvent start) {
        egress();
    }

    /** Where connections may go: checked when one is saved and again at every call. */
    EgressPolicy egress() {
        if (egress == null) {
            egress = egressConfig.policy();
        }
        return egress;
    }

    PrometheusClient client() {
        if (client == null) {
            client = new PrometheusClient(config.queryTimeout(), config.maxResponseBytes(), egress());
        }
        return client;
    }

    public List<PrometheusConnection> list() {
        return PrometheusConnectionEntity.<PrometheusConnectionEntity>listAll().stream()
                .sorted(java.util.Comparator.comparing(c -> c.name)).map(ConnectionService::view).toList();
    }

    public PrometheusConnection get(String id) {
        return view(find(id));
    }

    @Transactional
    public PrometheusConnection create(PrometheusConnection input) {
        validate(input, null);
        if (PrometheusConnectionEntity.count("name", input.name().trim()) > 0) {
            throw ProblemException.conflict("name", "a Prometheus connection named '" + input.name()
                    + "' exists already");
        }
        PrometheusConnectionEntity c = new PrometheusConnectionEntity();
        c.id = UUID.randomUUID().toString();
        c.createdAt = Instant.now();
        c.version = 0;
        apply(c, input);
        c.persist();
        LOG.infof("Prometheus connection %s created for %s (auth %s)", c.name, c.url, c.auth);
        return view(c);
    }

    /** Replaces a connection; a secret left out keeps the stored one, so a client never needs to read it back. */
    @Transactional
    public PrometheusConnection update(String id, PrometheusConnection input) {
        PrometheusConnectionEntity c = find(id);
        validate(input, c);
        if (input.version() != null && input.version() != c.version) {
            throw ProblemException.conflict("version", "the connection is at version " + c.version + ", not "
                    + input.version() + "; read it again");
        }
        if (!c.name.equals(input.name().trim()) && PrometheusConnectionEntity.count("name", input.name().trim()) > 0) {
            throw ProblemException.conflict("name", "a Prometheus connection named '" + input.name()
                    + "' exists already");
        }
        c.version++;
        apply(c, input);
        return view(c);
    }

    @Transactional
    public void delete(String id) {
        find(id).delete();
    }

    /** Tests a saved connection. */
    public ConnectivityReport test(String id) {
        return client().test(target(find(id)));
    }

    /** Tests a connection before it is saved. */
    public ConnectivityReport testUnsaved(PrometheusConnection input) {
        validate(input, null);
        return client().test(new PrometheusClient.Target(input.url(), authorization(normalAuth(input.auth()),
                input.username(), input.secret())));
    }

    /** Where and how to ask a stored connection. */
    public PrometheusClient.Target target(PrometheusConnectionEntity c) {
        String secret = c.secretEncrypted == null ? null : box().decrypt(c.secretEncrypted);
        return new PrometheusClient.Target(c.url, authorization(c.auth, c.username, secret));
    }

    private void apply(PrometheusConnectionEntity c, PrometheusConnection input) {
        c.name = input.name().trim();
        c.url = input.url().trim();
        c.auth = normalAuth(input.auth());
        c.username = c.auth.equals("basic") ? input.username() : null;
        if (c.auth.equals("none")) {
            c.secretEncrypted = null;
        } else if (input.secret() != null && !input.secret().isEmpty()) {
            c.secretEncrypted = box().encrypt(input.secret());
        }
        c.packs = input.packs() == null || input.packs().isEmpty() ? null : String.join(",", input.packs());
        c.updatedAt = Instant.now();
    }

    /** A connection's name (Prometheus or Grafana): required, within its column, no control characters. */
    static void checkName(String name, List<Violation> found) {
        if (name == null || name.isBlank() || name.length() > FieldLimits.CONNECTION_NAME
                || name.chars().anyMatch(Character::isISOControl)) {
            found.add(new Violation("name", "is required, at most " + FieldLimits.CONNECTION_NAME
                    + " characters, without control characters"));
        }
    }

    private void validate(PrometheusConnection in, PrometheusConnectionEntity existing) {
        if (in == null) {
            throw ProblemException.badRequest("body", "a Prometheus connection is needed");
        }
        List<Violation> found = new ArrayList<>();
        checkName(in.name(), found);
        checkUrl(in.url(), "http://prometheus:9090", egress(), found);
        String auth = in.auth() == null ? "none" : in.auth().toLowerCase(Locale.ROOT);
        if (!AUTH.contains(auth)) {
            found.add(new Violation("auth", "must be none, basic or bearer"));
        }
        boolean hasStored = existing != null && existing.secretEncrypted != null && existing.auth.equals(auth);
        boolean hasSecret = in.secret() != null && !in.secret().isEmpty();
        if (auth.equals("basic") && (in.username() == null || in.username().isBlank())) {
            found.add(new Violation("username", "is required with basic auth"));
        } else if (in.username() != null && (in.username().length() > MAX_USERNAME || in.username().contains(":")
                || in.username().chars().anyMatch(Character::isISOControl))) {
            found.add(new Violation("username", "must be at most " + MAX_USERNAME + " characters, without ':' or "
                    + "control characters"));
        }
        if ((auth.equals("basic") || auth.equals("bearer")) && !hasSecret && !hasStored) {
            found.add(new Violation("secret", "is required with " + auth + " auth"));
        }
        if (hasSecret && auth.equals("bearer") && !headerToken(in.secret())) {
            found.add(new Violation("secret", "a bearer token is visible ASCII characters without spaces"));
        }
        if (hasSecret && !canSeal()) {
            found.add(new Violation("secret", "cannot be stored: no encryption key is configured "
                    + "(meshperf.metrics.encryption-key, 32 characters or more)"));
        }
        if (in.packs() != null) {
            for (int i = 0; i < in.packs().size(); i++) {
                if (in.packs().get(i) != null && in.packs().indexOf(in.packs().get(i)) < i) {
                    found.add(new Violation("packs[" + i + "]", "'" + in.packs().get(i) + "' is listed twice"));
                } else if (in.packs().get(i) == null || !QueryPacks.names().contains(in.packs().get(i))) {
                    found.add(new Violation("packs[" + i + "]", "'" + in.packs().get(i) + "' is not a pack; use "
                            + QueryPacks.names()));
                }
            }
        }
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }

    /**
     * An http(s) URL with a host, no credentials, no query or fragment (paths are joined to it as to a folder), at a
     * destination the egress policy allows.
     */
    static void checkUrl(String url, String example, EgressPolicy egress, List<Violation> found) {
        if (url == null || url.isBlank()) {
            found.add(new Violation("url", "is required, e.g. " + example));
            return;
        }
        if (url.length() > MAX_URL) {
            found.add(new Violation("url", "is longer than " + MAX_URL + " characters"));
            return;
        }
        try {
            URI uri = new URI(url.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                found.add(new Violation("url", "must be an http:// or https:// URL with a host"));
                return;
            }
            if (uri.getRawUserInfo() != null) {
                found.add(new Violation("url", "must not carry credentials; send them as the secret"));
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                found.add(new Violation("url", "must not have a query or fragment: meshperf appends the API's paths "
                        + "to it (e.g. " + example + "/prefix)"));
            }
            egress.check(url, "url").ifPresent(found::add);
        } catch (URISyntaxException e) {
            found.add(new Violation("url", "is not a URL: " + e.getReason()));
        }
    }

    /** A value sent as it is in an Authorization header: visible ASCII, no space, no control character. */
    static boolean headerToken(String value) {
        return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Whether secrets can be stored: an encryption key of 32 characters or more is configured. */
    boolean canSeal() {
        return config.encryptionKey().filter(k -> k.length() >= SecretBox.MIN_KEY_LENGTH).isPresent();
    }

    SecretBox box() {
        return new SecretBox(config.encryptionKey().orElseThrow(() -> new IllegalStateException(
                "no encryption key is configured (meshperf.metrics.encryption-key)")));
    }

    private static String normalAuth(String auth) {
        return auth == null ? "none" : auth.toLowerCase(Locale.ROOT);
    }

    private static String authorization(String auth, String username, String secret) {
        if (secret == null) {
            return null;
        }
        return switch (auth) {
            case "basic" -> "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret)
                    .getBytes(StandardCharsets.UTF_8));
            case "bearer" -> "Bearer " + secret;
            default -> null;
        };
    }

    private static PrometheusConnectionEntity find(String id) {
        if (id.indexOf('\u0000') >= 0) {
            throw ProblemException.notFound("no Prometheus connection with that id");
        }
        return Optional.ofNullable(PrometheusConnectionEntity.<PrometheusConnectionEntity>findById(id))
                .orElseThrow(() -> ProblemException.notFound("no Prometheus connection with id " + id));
    }

    static PrometheusConnection view(PrometheusConnectionEntity c) {
        return new PrometheusConnection(c.id, c.name, c.url, c.auth, c.username, null, c.secretEncrypted != null,
                c.packs == null ? null : List.of(c.packs.split(",")), c.version, c.createdAt, c.updatedAt);
    }
}
