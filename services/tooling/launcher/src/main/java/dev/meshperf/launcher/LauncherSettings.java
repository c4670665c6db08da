package dev.meshperf.launcher;

import java.nio.file.Path;
import java.util.Map;

import dev.meshperf.contracts.DefaultPorts;

/**
 * What the launcher works with, from the environment ({@code ./meshperf help} lists the variables). State lives in
 * {@code home}: data, logs, pid files and the secrets {@code up} makes.
 *
 * @param dbUrl
 * an existing PostgreSQL to use instead of the embedded one, or null
 * @param services
 * the services to run: {@code all}, {@code none} or names separated by commas
 */
record LauncherSettings(Path root, Path home, int kafkaPort, int controllerPort, int pgPort, String dbUrl,
        String dbUser, String dbPassword, Path pgCache, String services, String gatewayHost, String gateway) {

    static LauncherSettings from(Path root, Map<String, String> env) {
        Path home = Path.of(nonEmpty(env.get("MESHPERF_HOME"), root.resolve(".meshperf").toString()));
        String cacheHome = nonEmpty(env.get("XDG_CACHE_HOME"), env.getOrDefault("HOME", "/tmp") + "/.cache");
        String gatewayPort = String.valueOf(DefaultPorts.of("gateway"));
        return new LauncherSettings(root, home,
                port(env, "MESHPERF_KAFKA_PORT", 29092),
                port(env, "MESHPERF_KAFKA_CONTROLLER_PORT", 29093),
                port(env, "MESHPERF_PG_PORT", 25432),
                nonEmpty(env.get("MESHPERF_DB_URL"), null),
                nonEmpty(env.get("MESHPERF_DB_USER"), "postgres"),
                env.getOrDefault("MESHPERF_DB_PASSWORD", ""),
                Path.of(nonEmpty(env.get("MESHPERF_CACHE"), cacheHome + "/meshperf")),
                nonEmpty(env.get("MESHPERF_SERVICES"), "all"),
                nonEmpty(env.get("MESHPERF_GATEWAY_HOST"), "0.0.0.0"),
                nonEmpty(env.get("MESHPERF_GATEWAY"), "http://127.0.0.1:" + gatewayPort));
    }

    /** The same settings with another choice of services ({@code demo} runs them all). */
    LauncherSettings withServices(String chosen) {
        return new LauncherSettings(root, home, kafkaPort, controllerPort, pgPort, dbUrl, dbUser, dbPassword,
                pgCache, chosen, gatewayHost, gateway);
    }

    boolean externalDatabase() {
        return dbUrl != null;
    }

    Path runDir() {
        return home.resolve("run");
    }

    Path logDir() {
        return home.resolve("logs");
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path log(String name) {
        return logDir().resolve(name + ".log");
    }

    Path tokenFile() {
        return home.resolve("token");
    }

    Path keyFile() {
        return home.resolve("encryption-key");
    }

    Path dbPasswordFile() {
        return home.resolve("db-password");
    }

    /** The database a service uses: on the external server when there is one, else on the embedded one. */
    String databaseUrl(String database) {
        if (dbUrl != null) {
            return dbUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        }
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    /** Where databases are created: the external server's URL, or the embedded server's own database. */
    String adminUrl() {
        return dbUrl != null ? dbUrl : databaseUrl("postgres");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = nonEmpty(env.get(name), null);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LauncherException(name + "='" + value + "' is not a port number (1 to 65535)");
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
