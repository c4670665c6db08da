package dev.meshperf.profile.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.secrets.BodySecrets;
import dev.meshperf.contracts.secrets.Redaction;
import dev.meshperf.contracts.secrets.SealedValues;
import dev.meshperf.contracts.secrets.SecretBox;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.config.ProfileConfig;

/**
 * The secret parts of a profile: credential headers (and headers marked secret), cookies and the credential fields of
 * a body. They are stored sealed ({@link SealedValues}), shown as {@link Redaction#PLACEHOLDER} by every read and
 * export, and opened only to publish a run. A placeholder sent back keeps the stored value it stands for (matched by
 * header name, cookie name or body field name, in order); a new value replaces it.
 */
@ApplicationScoped
public class ProfileSecrets {

    static final String NO_KEY = "cannot be stored: it is a secret and no encryption key is configured "
            + "(meshperf.profile.encryption-key, 32 characters or more)";

    @Inject
    ProfileConfig config;

    /** What a read shows: every secret as the placeholder. */
    public static ProfileDocument redact(ProfileDocument d) {
        return with(d, Redaction.headers(d.headers()), Redaction.cookies(d.cookies()),
                Redaction.body(d.body(), d.contentType()));
    }

    /**
     * The document as it is stored: its secrets sealed, placeholders replaced by the sealed values of {@code stored}
     * (the version it replaces; null for a new profile).
     *
     * @throws ProblemException naming each field whose secret cannot be kept or stored
     */
    public ProfileDocument seal(ProfileDocument d, ProfileDocument stored) {
        Sealing s = new Sealing(stored);
        ProfileDocument sealed = with(d, s.headers(d.headers()), s.cookies(d.cookies()), s.body(d.body(),
                d.contentType()));
        if (!s.found.isEmpty()) {
            throw ProblemException.invalid(s.found);
        }
        return sealed;
    }

    /** The document with every sealed value opened: what a runner must send. */
    public ProfileDocument reveal(ProfileDocument stored) {
        if (!hasSealed(stored)) {
            return stored;
        }
        SecretBox box = box();
        List<Header> headers = stored.headers() == null
                ? null
                : stored.headers().stream()
                        .map(h -> h == null || !SealedValues.isSealed(h.value())
                                ? h
                                : new Header(h.name(), SealedValues.open(box, h.value()), h.secret()))
                        .toList();
        Map<String, String> cookies = null;
        if (stored.cookies() != null) {
            cookies = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : stored.cookies().entrySet()) {
                cookies.put(c.getKey(), SealedValues.isSealed(c.getValue())
                        ? SealedValues.open(box, c.getValue())
                        : c.getValue());
            }
        }
        return with(stored, headers, cookies, SealedValues.openAll(box, stored.body()));
    }

    /**
     * Violations of a document that is run without being saved: it has nothing stored to keep, and a sealed value in
     * it can only have been copied from a database.
     */
    public List<Violation> unsaved(ProfileDocument d) {
        Sealing s = new Sealing(null);
        s.headers(d.headers());
        s.cookies(d.cookies());
        s.body(d.body(), d.contentType());
        return s.found.stream().filter(v -> !v.reason().equals(NO_KEY)).toList();
    }

    /** Whether a stored document still holds a secret in plain text (saved before secrets were sealed). */
    static boolean hasPlainSecret(ProfileDocument d) {
        boolean headers = d.headers() != null && d.headers().stream().anyMatch(h -> Redaction.isSecret(h)
                && h.value() != null && !h.value().isEmpty() && !SealedValues.isSealed(h.value()));
        boolean cookies = d.cookies() != null && d.cookies().values().stream().anyMatch(v -> v != null
                && !v.isEmpty() && !SealedValues.isSealed(v));
        boolean body = d.body() != null && BodySecrets.find(d.body(), d.contentType()).stream()
                .map(span -> span.text(d.body())).anyMatch(t -> !t.isEmpty() && !SealedValues.isSealed(t));
        return headers || cookies || body;
    }

    boolean canSeal() {
        return config.encryptionKey().filter(k -> k.length() >= SecretBox.MIN_KEY_LENGTH).isPresent();
    }

    private SecretBox box() {
        return new SecretBox(config.encryptionKey().orElseThrow(() -> new IllegalStateException(
                "a profile holds sealed secrets but no encryption key is configured (meshperf.profile.encryption-key)")));
    }

    private static boolean hasSealed(ProfileDocument d) {
        return (d.headers() != null && d.headers().stream().anyMatch(h -> h != null
                && SealedValues.isSealed(h.value())))
                || (d.cookies() != null && d.cookies().values().stream().anyMatch(SealedValues::isSealed))
                || SealedValues.containsSealed(d.body());
    }

    private static ProfileDocument with(ProfileDocument d, List<Header> headers, Map<String, String> cookies,
            String body) {
        return new ProfileDocument(d.id(), d.version(), d.name(), d.description(), d.labels(), d.loadGenerators(),
                d.shards(), d.protocol(), d.endpoints(), d.method(), headers, cookies, body, d.contentType(), d.load(),
                d.concurrentRequests(), d.threads(), d.duration(), d.warmup(), d.requestTimeout(), d.caCertificate(),
                d.insecure(), d.sni(), d.grpc(), d.tcp(), d.serviceMesh(), d.generatorOptions(), d.slos(),
                d.baselineRunId(), d.createdAt(), d.updatedAt(), d.metrics());
    }

    /** One document's sealing: the stored values placeholders may keep, and what went wrong. */
    private final class Sealing {

        final List<Violation> found = new ArrayList<>();
        private final ProfileDocument stored;
        private SecretBox box;

        Sealing(ProfileDocument stored) {
            this.stored = stored;
        }

        List<Header> headers(List<Header> headers) {
            if (headers == null) {
                return null;
            }
            Map<String, List<String>> kept = new HashMap<>();
            if (stored != null && stored.headers() != null) {
                stored.headers().stream().filter(Redaction::isSecret).forEach(h -> kept.computeIfAbsent(
                        h.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(h.value()));
            }
            Map<String, Integer> seen = new HashMap<>();
            List<Header> out = new ArrayList<>(headers.size());
            for (int i = 0; i < headers.size(); i++) {
                Header h = headers.get(i);
                boolean secret = h != null && h.name() != null && (Redaction.isSecret(h)
                        || Redaction.PLACEHOLDER.equals(h.value()));
                if (!secret) {
                    out.add(h);
                    continue;
                }
                String name = h.name().toLowerCase(Locale.ROOT);
                int k = seen.merge(name, 1, Integer::sum) - 1;
                List<String> previous = kept.getOrDefault(name, List.of());
                String value = value(h.value(), "headers[" + i + "].value", k < previous.size()
                        ? previous.get(k)
                        : null, "header '" + h.name() + "'");
                out.add(new Header(h.name(), value, Boolean.TRUE));
            }
            return out;
        }

        Map<String, String> cookies(Map<String, String> cookies) {
            if (cookies == null) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            cookies.forEach((name, v) -> out.put(name, value(v, "cookies." + name, stored == null
                    || stored.cookies() == null ? null : stored.cookies().get(name), "cookie '" + name + "'")));
            return out;
        }

        String body(String body, String contentType) {
            if (body == null) {
                return null;
            }
            if (SealedValues.containsSealed(body)) {
                found.add(new Violation("body", "must not contain a sealed value; send the plain value, or "
                        + Redaction.PLACEHOLDER + " to keep the stored one"));
                return body;
            }
            Map<String, List<String>> kept = new HashMap<>();
            if (stored != null && stored.body() != null) {
                BodySecrets.find(stored.body(), stored.contentType()).forEach(s -> kept.computeIfAbsent(s.key(),
                        n -> new ArrayList<>()).add(s.text(stored.body())));
            }
            Map<String, Integer> seen = new HashMap<>();
            List<BodySecrets.Span> spans = BodySecrets.find(body, contentType);
            Map<BodySecrets.Span, String> replacements = new HashMap<>();
            for (BodySecrets.Span s : spans) {
                int k = seen.merge(s.key(), 1, Integer::sum) - 1;
                List<String> previous = kept.getOrDefault(s.key(), List.of());
                replacements.put(s, value(s.text(body), "body", k < previous.size() ? previous.get(k) : null,
                        "body field '" + s.key() + "'"));
            }
            return BodySecrets.replace(body, spans, replacements::get);
        }

        /** The stored form of one secret value: sealed, kept from {@code previous}, or empty as it came. */
        private String value(String value, String field, String previous, String what) {
            if (value == null || value.isEmpty()) {
                return value;
            }
            if (SealedValues.containsSealed(value)) {
                found.add(new Violation(field, "must not be a sealed value; send the plain value, or "
                        + Redaction.PLACEHOLDER + " to keep the stored one"));
                return value;
            }
            if (Redaction.PLACEHOLDER.equals(value)) {
                if (previous == null || previous.isEmpty()) {
                    found.add(new Violation(field, Redaction.PLACEHOLDER + " keeps a stored secret, but no value is "
                            + "stored for the " + what + "; send its value"));
                    return value;
                }
                return SealedValues.isSealed(previous) ? previous : seal(previous, field);
            }
            return seal(value, field);
        }

        private String seal(String plain, String field) {
            if (!canSeal()) {
                found.add(new Violation(field, NO_KEY));
                return plain;
            }
            if (box == null) {
                box = box();
            }
            return SealedValues.seal(box, plain);
        }
    }
}
