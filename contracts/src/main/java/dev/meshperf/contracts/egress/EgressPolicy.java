package dev.meshperf.contracts.egress;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.meshperf.contracts.validation.Violation;

/**
 * Where load and monitoring queries may go: one rule for runner targets and for Prometheus and Grafana URLs, checked
 * when a profile or connection is saved and again when a connection is made. In order:
 * <ol>
 * <li>a host or address on the deny-list ({@code meshperf.egress.deny}) is refused;</li>
 * <li>link-local and cloud metadata addresses ({@link #BUILT_IN}) and the metadata host names are refused unless
 * the allow-list names them;</li>
 * <li>with an allow-list ({@code meshperf.egress.allow}), only what it names may be reached.</li>
 * </ol>
 * Entries are host names ({@code checkout.example}), wildcards ({@code *.example}), addresses or CIDR blocks. A host
 * name is judged by every address it resolves to, so a name that resolves to a refused address is refused too; one
 * that does not resolve is judged by its name alone (and refused when an allow-list does not name it).
 */
public final class EgressPolicy {

    /** Link-local (IPv4 and IPv6) and the cloud metadata services reached outside of it (AWS IPv6, Alibaba). */
    public static final List<String> BUILT_IN = List.of("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128",
            "100.100.100.200/32");
    /** Metadata services by name (Google Cloud's resolve to 169.254.169.254 inside it, but not elsewhere). */
    public static final List<String> BUILT_IN_NAMES = List.of("metadata.google.internal", "metadata.goog");
    public static final String ALLOW = "meshperf.egress.allow";
    private static final Pattern NUMERIC = Pattern.compile(
            "(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    public static final String DENY = "meshperf.egress.deny";

    /** Resolves a host name to its addresses; a name that does not resolve gives none. */
    @FunctionalInterface
    public interface Resolver {

        List<InetAddress> resolve(String host);
    }

    /** The system's resolver (the one the runners' clients use too). */
    public static final Resolver SYSTEM = host -> {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return List.of();
        }
    };

    private record Entry(String text, AddressBlock block, String host) {

        static Entry parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("an empty entry");
            }
            String address = t.indexOf('/') >= 0 ? t.substring(0, t.indexOf('/')) : t;
            if (AddressBlock.isLiteral(address)) {
                return new Entry(t, AddressBlock.parse(t), null);
            }
            String name = t.startsWith("*.") ? t.substring(2) : t;
            if (!name.matches("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?")) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a host name, *.domain, address or CIDR block");
            }
            return new Entry(t, null, stripDot(t));
        }

        boolean matchesName(String host) {
            if (this.host == null) {
                return false;
            }
            return this.host.startsWith("*.") ? host.endsWith(this.host.substring(1)) : host.equals(this.host);
        }

        boolean matches(InetAddress address) {
            return block != null && block.contains(address);
        }
    }

    private final List<Entry> allow;
    private final List<Entry> deny;
    private final List<Entry> builtIn;
    private final Resolver resolver;

    private EgressPolicy(List<Entry> allow, List<Entry> deny, List<Entry> builtIn, Resolver resolver) {
        this.allow = allow;
        this.deny = deny;
        this.builtIn = builtIn;
        this.resolver = resolver;
    }

    /** The default: only link-local and metadata addresses are refused. */
    public static EgressPolicy defaults() {
        return of(List.of(), List.of());
    }

    /** Nothing refused at all: for a load test a user runs from a command line on their own machine. */
    public static EgressPolicy permitAll() {
        return new EgressPolicy(List.of(), List.of(), List.of(), SYSTEM);
    }

    /** @throws IllegalArgumentException naming an entry that is neither a host, a wildcard, an address nor a CIDR */
    public static EgressPolicy of(Collection<String> allow, Collection<String> deny) {
        List<Entry> builtIn = new ArrayList<>();
        BUILT_IN.forEach(b -> builtIn.add(Entry.parse(b)));
        BUILT_IN_NAMES.forEach(n -> builtIn.add(Entry.parse(n)));
        return new EgressPolicy(parse(allow, ALLOW), parse(deny, DENY), List.copyOf(builtIn), SYSTEM);
    }

    /** The same lists with another resolver (tests). */
    public EgressPolicy withResolver(Resolver other) {
        return new EgressPolicy(allow, deny, builtIn, other);
    }

    private static List<Entry> parse(Collection<String> entries, String property) {
        List<Entry> out = new ArrayList<>();
        if (entries != null) {
            for (String e : entries) {
                if (e == null || e.isBlank()) {
                    continue;
                }
                try {
                    out.add(Entry.parse(e));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException(property + ": " + bad.getMessage());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Why the host may not be reached at any of these addresses, or empty when it may. */
    public Optional<String> refusal(String host, List<InetAddress> addresses) {
        String h = normal(host);
        if (permitsAll()) {
            return Optional.empty();
        }
        if (!AddressBlock.isLiteral(h) && NUMERIC.matcher(h).matches()) {
            return Optional.of(h + " is an IPv4 address in a form tools read differently (octal, hex or fewer than "
                    + "four parts); write it as four decimal numbers without leading zeros");
        }
        for (Entry e : deny) {
            if (e.matchesName(h)) {
                return Optional.of(h + " is on the egress deny-list (" + DENY + ": " + e.text() + ")");
            }
            for (InetAddress a : addresses) {
                if (e.matches(a)) {
                    return Optional.of(h + describe(h, a) + " is on the egress deny-list (" + DENY + ": " + e.text()
                            + ")");
                }
            }
        }
        for (Entry e : builtIn) {
            if (e.matchesName(h) && !allowsName(h)) {
                return Optional.of(h + " is a cloud metadata service, refused by default (allow it in " + ALLOW + ")");
            }
            for (InetAddress a : addresses) {
                if (e.matches(a) && !allowsName(h) && !allowsAddress(a)) {
                    return Optional.of(h + describe(h, a) + " is a link-local or cloud metadata address (" + e.text()
                            + "), refused by default (allow it in " + ALLOW + ")");
                }
            }
        }
        if (!allow.isEmpty() && !allowsName(h)) {
            if (addresses.isEmpty()) {
                return Optional.of(h + " is not on the egress allow-list (" + ALLOW + ") and does not resolve here "
                        + "to an address that is");
            }
            for (InetAddress a : addresses) {
                if (!allowsAddress(a)) {
                    return Optional.of(h + describe(h, a) + " is not on the egress allow-list (" + ALLOW + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves the host and judges it by its name and every address; a literal address is not looked up. */
    public Optional<String> refusal(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = normal(host);
        List<InetAddress> addresses = AddressBlock.isLiteral(h)
                ? List.of(AddressBlock.literal(h))
                : resolver.resolve(h);
        return refusal(h, addresses);
    }

    /** The URL's host judged as {@link #refusal(String)} does; a violation of {@code field} naming why. */
    public Optional<Violation> check(String url, String field) {
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null && !permitsAll()) {
            return Optional.of(new Violation(field, "'" + uri.getRawAuthority() + "' is not a host name or address "
                    + "meshperf can check"));
        }
        return refusal(uri.getHost()).map(reason -> new Violation(field, reason));
    }

    private boolean permitsAll() {
        return builtIn.isEmpty() && allow.isEmpty() && deny.isEmpty();
    }

    /** Whether anything besides the built-in rule is configured. */
    public boolean hasLists() {
        return !allow.isEmpty() || !deny.isEmpty();
    }

    private boolean allowsName(String host) {
        return allow.stream().anyMatch(e -> e.matchesName(host));
    }

    private boolean allowsAddress(InetAddress address) {
        return allow.stream().anyMatch(e -> e.matches(address));
    }

    private static String describe(String host, InetAddress a) {
        String address = a.getHostAddress();
        return AddressBlock.isLiteral(host) ? "" : " (" + address + ")";
    }

    static String normal(String host) {
        return stripDot(AddressBlock.unbracket(host).toLowerCase(Locale.ROOT));
    }

    private static String stripDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return "EgressPolicy[allow=" + allow.stream().map(Entry::text).toList() + ", deny=" + deny.stream()
                .map(Entry::text).toList() + "]";
    }
}
