package dev.meshperf.testing;

/** The broker and PostgreSQL a {@link ServiceStack} points its services at. */
public interface Backends {

    String bootstrapServers();

    /** Creates {@code database} if it does not exist yet and returns its JDBC URL. */
    String database(String database);

    String user();

    String password();

    /** The servers every test of this JVM shares ({@link MeshperfServers}). */
    static Backends shared() {
        MeshperfServers servers = MeshperfServers.get();
        return new Backends() {

            @Override
            public String bootstrapServers() {
                return servers.bootstrapServers();
            }

            @Override
            public String database(String database) {
                return servers.database(database);
            }

            @Override
            public String user() {
                return servers.postgres().user();
            }

            @Override
            public String password() {
                return servers.postgres().password();
            }
        };
    }
}
