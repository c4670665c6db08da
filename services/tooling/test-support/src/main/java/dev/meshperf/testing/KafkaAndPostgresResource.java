package dev.meshperf.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the real broker and PostgreSQL of {@link MeshperfServers}.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true,
 *         initArgs = &#64;ResourceArg(name = "database", value = "profile"))
 * </pre>
 *
 * Arguments: {@code database} creates that database and configures the default datasource; without it no datasource
 * is configured. Always restrict it to the annotated class: Quarkus otherwise applies every test resource it finds to
 * every test class, which would also put the real broker under tests meant for the in-memory connector.
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean withPostgres = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        withPostgres = database != null;
    }

    @Override
    public Map<String, String> start() {
        MeshperfServers servers = MeshperfServers.get();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", servers.bootstrapServers());
        config.put("meshperf.test.run-id", java.util.UUID.randomUUID().toString().substring(0, 8));
        if (withPostgres) {
            config.put("quarkus.datasource.jdbc.url", servers.database(database));
            config.put("quarkus.datasource.username", servers.postgres().user());
            config.put("quarkus.datasource.password", servers.postgres().password());
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test of this JVM and stop when it exits
    }
}
