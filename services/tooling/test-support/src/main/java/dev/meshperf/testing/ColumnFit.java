package dev.meshperf.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Walks every {@code varchar} column of a service's migrated schema against what may be sent into it: each column
 * must be declared either as holding a user's string with its field limit (and be at least that wide), or as
 * internal with the reason. A column added later without a declaration fails the test, so none slips by.
 *
 * <pre>
 * ColumnFit.schema().user("test_run.profile_name", FieldLimits.PROFILE_NAME)
 *         .internal("test_run.status", "a TestStatus name").checkMigrated("analysis_fit", "db/changelog.xml");
 * </pre>
 */
public final class ColumnFit {

    private final Map<String, Integer> userLimits = new TreeMap<>();
    private final Map<String, String> internal = new TreeMap<>();

    private ColumnFit() {
    }

    public static ColumnFit schema() {
        return new ColumnFit();
    }

    /** {@code table.column} stores a string a user or a record can send, at most {@code limit} characters long. */
    public ColumnFit user(String column, int limit) {
        userLimits.put(column, limit);
        return this;
    }

    /** {@code table.column} stores only values this service makes (an enum name, a generated id), for {@code why}. */
    public ColumnFit internal(String column, String why) {
        internal.put(column, why);
        return this;
    }

    /**
     * Migrates a fresh database of the test PostgreSQL ({@link MeshperfServers}) with the service's Liquibase
     * {@code changelog} (from the class path), exactly as the service does at start, and checks its columns.
     */
    public void checkMigrated(String database, String changelog) throws Exception {
        MeshperfServers servers = MeshperfServers.get();
        try (Connection connection = DriverManager.getConnection(servers.database(database),
                servers.postgres().user(), servers.postgres().password())) {
            Database db = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase(changelog, new ClassLoaderResourceAccessor(), db).update("");
            check(connection);
        }
    }

    /** Throws an {@link AssertionError} listing every column that is too narrow, undeclared, or declared but absent. */
    public void check(Connection connection) throws SQLException {
        Map<String, Integer> columns = varcharColumns(connection);
        List<String> problems = new ArrayList<>();
        columns.forEach((column, width) -> {
            Integer limit = userLimits.get(column);
            if (limit == null && !internal.containsKey(column)) {
                problems.add(column + " (varchar(" + width + ")) is neither mapped to a field limit nor declared"
                        + " internal");
            } else if (limit != null && width != null && width < limit) {
                problems.add(column + " is varchar(" + width + ") but its field allows " + limit + " characters");
            }
        });
        for (String declared : union()) {
            if (!columns.containsKey(declared)) {
                problems.add(declared + " is declared but is no varchar column of the schema");
            }
        }
        if (columns.isEmpty()) {
            problems.add("the schema has no varchar column: is it migrated?");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("columns that do not fit what is sent into them:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private List<String> union() {
        List<String> all = new ArrayList<>(userLimits.keySet());
        all.addAll(internal.keySet());
        return all;
    }

    /** {@code table.column} to its width (null: unbounded varchar) in the connection's current schema. */
    private static Map<String, Integer> varcharColumns(Connection connection) throws SQLException {
        Map<String, Integer> columns = new TreeMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, column_name, character_maximum_length"
                        + " FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND data_type = 'character varying'"
                        + " AND table_name NOT LIKE 'databasechangelog%'")) {
            while (rs.next()) {
                int width = rs.getInt(3);
                columns.put(rs.getString(1) + "." + rs.getString(2), rs.wasNull() ? null : width);
            }
        }
        return columns;
    }
}
