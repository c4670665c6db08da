package dev.meshperf.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * A migration and a query against a real PostgreSQL, whose data survives a restart on the same folder; only its
 * password lets anyone in.
 */
class PostgresServerIT {

    @TempDir
    Path work;

    private String password;

    @Test
    void migratesQueriesAndKeepsDataAcrossARestart() throws Exception {
        Path bin = PostgresBinaries.embedded(work.resolve("cache"));
        Path data = work.resolve("pgdata");
        try (PostgresServer pg = PostgresServer.start(bin, data)) {
            password = pg.password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            pg.createDatabase("probe_db");
            String url = pg.jdbcUrl("probe_db");
            migrate(url);
            migrate(url);
            for (String wrong : List.of("", "postgres", password + "x")) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.USER, wrong).close())
                        .as("password '%s'", wrong).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
            }
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, password);
                    PreparedStatement insert = c.prepareStatement("INSERT INTO probe(name, weight) VALUES (?, ?)")) {
                for (int i = 1; i <= 3; i++) {
                    insert.setString(1, "row-" + i);
                    insert.setInt(2, i * 10);
                    insert.executeUpdate();
                }
            }
            assertThat(weights(url)).containsExactly(10, 20, 30);
        }
        try (PostgresServer again = PostgresServer.start(bin, data)) {
            assertThat(weights(again.jdbcUrl("probe_db"))).containsExactly(10, 20, 30);
            assertThat(again.password()).isEqualTo(password);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("probe_db"), PostgresServer.USER, password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM databasechangelog")) {
                rs.next();
                assertThat(rs.getInt(1)).as("each changeset applied once").isEqualTo(2);
            }
        }
    }

    private void migrate(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, password)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/probe-changelog.sql")
                    .execute();
        }
    }

    private List<Integer> weights(String url) throws Exception {
        List<Integer> weights = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT weight FROM probe ORDER BY id")) {
            while (rs.next()) {
                weights.add(rs.getInt(1));
            }
        }
        return weights;
    }
}
