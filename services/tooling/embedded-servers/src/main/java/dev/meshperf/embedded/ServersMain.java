package dev.meshperf.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Helper commands for the {@code ./meshperf} launcher. Every failure prints one line on stderr and exits with 1.
 *
 * <pre>
 * broker-classpath                                      the child broker's classpath
 * postgres-command --data DIR --port P --cache DIR --password-file F [--system]
 *                                                       initialise DIR if needed, make F's password the only
 *                                                       login; print the server command line
 * create-databases --url JDBC --user U [--password-file F] NAME...
 * check-jdbc --url JDBC --user U [--password-file F]   can we log in?
 * </pre>
 *
 * A password is read from the file given, else from the environment ({@code MESHPERF_DB_PASSWORD}): never from the
 * command line, which every local user can read.
 */
public final class ServersMain {

    private ServersMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (ServerStartException | IllegalArgumentException e) {
            System.err.println("meshperf: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ServersMain broker-classpath|postgres-command|create-databases"
                    + "|check-jdbc [options]");
        }
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "true" : args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        switch (args[0]) {
            case "broker-classpath" -> System.out.println(BrokerClasspath.resolve());
            case "postgres-command" -> System.out.println(postgresCommand(options));
            case "create-databases" -> rest.forEach(db -> PostgresServer.createDatabase(required(options, "url"),
                    required(options, "user"), password(options), db));
            case "check-jdbc" -> checkJdbc(required(options, "url"), required(options, "user"), password(options));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        return 0;
    }

    private static String postgresCommand(Map<String, String> options) {
        Path data = Path.of(required(options, "data"));
        int port = Integer.parseInt(required(options, "port"));
        Path bin = options.containsKey("system")
                ? PostgresBinaries.system().orElseThrow(() -> new ServerStartException(
                        "no PostgreSQL under /usr/lib/postgresql; install Debian's postgresql package or drop --system"))
                : PostgresBinaries.embedded(Path.of(required(options, "cache")));
        if (!options.containsKey("password-file")) {
            throw new IllegalArgumentException("--password-file is required");
        }
        return PostgresServer.serverCommand(bin, data, port, true, password(options)).stream()
                .map(ServersMain::shellQuote)
                .collect(Collectors.joining(" "));
    }

    private static void checkJdbc(String url, String user, String password) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (!c.isValid(5)) {
                throw new ServerStartException("database at " + url + " does not answer");
            }
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new ServerStartException("cannot reach the database at " + url + ": " + reason);
        }
    }

    private static String password(Map<String, String> options) {
        String file = options.get("password-file");
        if (file == null) {
            String env = System.getenv("MESHPERF_DB_PASSWORD");
            return env == null ? "" : env;
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new ServerStartException("cannot read the database password from " + file + ": " + e.getMessage());
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.equals("true")) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    static String shellQuote(String word) {
        if (word.matches("[A-Za-z0-9_./=:-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

}
