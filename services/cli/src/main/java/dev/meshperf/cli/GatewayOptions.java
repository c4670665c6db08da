package dev.meshperf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.meshperf.contracts.DefaultPorts;

import picocli.CommandLine.Option;

/**
 * Where the gateway is and the API token to use. The token comes from {@code --token}, else {@code MESHPERF_TOKEN},
 * else the file {@code ./meshperf up} writes ({@code $MESHPERF_HOME/token}); it is never printed.
 */
public class GatewayOptions {

    /** The gateway of {@code ./meshperf up}, on its port from the contracts (shown in --help). */
    static final String DEFAULT_GATEWAY = "http://127.0.0.1:" + DefaultPorts.of("gateway");

    static {
        System.setProperty("meshperf.default-gateway", DEFAULT_GATEWAY);
    }

    @Option(names = "--gateway", paramLabel = "URL", description = "the gateway (default $MESHPERF_GATEWAY, else "
            + "${sys:meshperf.default-gateway})")
    String gateway;

    @Option(names = "--token", description = "API token for operations that change data or start load (default "
            + "$MESHPERF_TOKEN, else the token file of ./meshperf up)")
    String token;

    public String baseUrl() {
        String url = gateway != null
                ? gateway
                : System.getenv().getOrDefault("MESHPERF_GATEWAY", DEFAULT_GATEWAY);
        try {
            java.net.URI uri = new java.net.URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(url, "not an http:// or https:// URL with a host");
            }
        } catch (java.net.URISyntaxException e) {
            throw new CliException("--gateway (or MESHPERF_GATEWAY) '" + url + "' is not a gateway URL: "
                    + e.getReason() + "; for example " + DEFAULT_GATEWAY, ExitCodes.BAD_INPUT);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String token() {
        if (token != null) {
            return token;
        }
        String env = System.getenv("MESHPERF_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        String file = System.getenv("MESHPERF_TOKEN_FILE");
        if (file != null) {
            try {
                return Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
