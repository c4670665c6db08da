package dev.meshperf.contracts.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

/**
 * How a run was set up, for a result's heading: where the load went and how much. Headers, cookies and bodies are
 * left out (they may carry credentials), and so is any user:password in a target's URL.
 */
public record RunSetup(
        List<String> targets,
        String method,
        Protocol protocol,
        LoadModel load,
        int connections,
        Double durationSeconds,
        Double warmupSeconds,
        Double requestTimeoutSeconds) {

    /** The setup of a run's request; null when the request never arrived. */
    public static RunSetup of(TestRequested request) {
        if (request == null || request.spec() == null) {
            return null;
        }
        LoadSpec spec = request.spec();
        List<String> targets = spec.endpoints() == null
                ? List.of()
                : spec.endpoints().stream().map(Endpoint::url).map(RunSetup::withoutCredentials).toList();
        return new RunSetup(targets, spec.method(), spec.protocol(), spec.load(), spec.connections(),
                seconds(spec.duration()), seconds(spec.warmup()), seconds(spec.requestTimeout()));
    }

    static String withoutCredentials(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getRawUserInfo() == null) {
                return url;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getRawPath(), null, null)
                    .toString() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return url.replaceAll("//[^/@]*@", "//");
        }
    }

    private static Double seconds(Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }
}
