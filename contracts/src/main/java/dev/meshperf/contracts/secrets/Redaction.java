package dev.meshperf.contracts.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadSpec;

/**
 * Hides what carries credentials wherever a request is shown or stored outside the profile service: secret header
 * values, every cookie value and the secret parts of a body become {@link #PLACEHOLDER}. Sealed values are hidden
 * too.
 */
public final class Redaction {

    /**
     * What a secret reads as. Sent back in a profile (a PUT after a GET, or an exported file applied again) it means
     * "keep the stored value".
     */
    public static final String PLACEHOLDER = "<secret>";

    private Redaction() {
    }

    /** Whether a header's value is hidden: marked secret, named like a credential, or sealed. */
    public static boolean isSecret(Header h) {
        return h != null && (Boolean.TRUE.equals(h.secret()) || SecretNames.isSecretHeader(h.name())
                || SealedValues.isSealed(h.value()));
    }

    public static List<Header> headers(List<Header> headers) {
        if (headers == null) {
            return null;
        }
        List<Header> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            out.add(h == null || !isSecret(h)
                    ? h
                    : new Header(h.name(), hidden(h.value()), Boolean.TRUE));
        }
        return out;
    }

    /** Cookies are credentials as a rule (sessions): every value is hidden. */
    public static Map<String, String> cookies(Map<String, String> cookies) {
        if (cookies == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        cookies.forEach((k, v) -> out.put(k, hidden(v)));
        return out;
    }

    public static String body(String body, String contentType) {
        if (body == null) {
            return null;
        }
        String hidden = BodySecrets.replace(body, BodySecrets.find(body, contentType), s -> s.text(body).isEmpty()
                ? ""
                : PLACEHOLDER);
        return SealedValues.replaceAll(hidden, PLACEHOLDER);
    }

    /** The spec with its secrets hidden, for storing it with a result or showing it. */
    public static LoadSpec spec(LoadSpec s) {
        if (s == null) {
            return null;
        }
        return new LoadSpec(s.protocol(), s.endpoints(), s.method(), headers(s.headers()), cookies(s.cookies()),
                body(s.body(), s.contentType()), s.contentType(), s.load(), s.connections(), s.threads(),
                s.duration(), s.warmup(), s.requestTimeout(), s.tls(), s.grpc(), s.tcp(), s.mesh(),
                s.generatorOptions());
    }

    /** The request with its spec's secrets hidden: what a result may keep of it. */
    public static TestRequested request(TestRequested r) {
        if (r == null) {
            return null;
        }
        return new TestRequested(r.testId(), r.requestedAt(), r.startAt(), r.shard(), r.generator(), r.profile(),
                spec(r.spec()), r.slos(), r.labels(), r.scheduleId());
    }

    private static String hidden(String value) {
        return value == null || value.isEmpty() ? value : PLACEHOLDER;
    }
}
