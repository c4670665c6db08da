package dev.meshperf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Path ROOT = Path.of("/opt/meshperf");

    @Test
    void defaultsLiveUnderTheCheckoutAndTheGatewayIsOnItsDefaultPort() {
        LauncherSettings settings = LauncherSettings.from(ROOT, Map.of("HOME", "/home/me"));

        assertThat(settings.home()).isEqualTo(ROOT.resolve(".meshperf"));
        assertThat(settings.pgPort()).isEqualTo(25432);
        assertThat(settings.pgCache()).isEqualTo(Path.of("/home/me/.cache/meshperf"));
        assertThat(settings.gateway()).isEqualTo("http://127.0.0.1:8090");
        assertThat(settings.databaseUrl("profile")).isEqualTo("jdbc:postgresql://127.0.0.1:25432/profile");
        assertThat(settings.adminUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:25432/postgres");
    }

    @Test
    void anExternalDatabaseKeepsItsHostAndParametersAndEachServiceGetsItsOwnDatabase() {
        LauncherSettings settings = LauncherSettings.from(ROOT, Map.of("MESHPERF_DB_URL",
                "jdbc:postgresql://db.example:5433/meshperf?sslmode=require"));

        assertThat(settings.externalDatabase()).isTrue();
        assertThat(settings.databaseUrl("analysis")).isEqualTo(
                "jdbc:postgresql://db.example:5433/analysis?sslmode=require");
        assertThat(settings.adminUrl()).isEqualTo("jdbc:postgresql://db.example:5433/meshperf?sslmode=require");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> LauncherSettings.from(ROOT, Map.of("MESHPERF_PG_PORT", "54x")))
                .isInstanceOf(LauncherException.class)
                .hasMessage("MESHPERF_PG_PORT='54x' is not a port number (1 to 65535)");
        assertThatThrownBy(() -> LauncherSettings.from(ROOT, Map.of("MESHPERF_KAFKA_PORT", "70000")))
                .hasMessageContaining("MESHPERF_KAFKA_PORT='70000'");
    }
}
