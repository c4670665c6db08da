package dev.meshperf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.meshperf.launcher.ServiceCatalog.Service;

/** Reads this checkout's services, so a service without a default port fails here rather than at {@code up}. */
class ServiceCatalogTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../../..").normalize();

    @Test
    void everyServiceHasAPortOfItsOwnAndTheDatabaseOwnersNameTheirDatabase() {
        List<Service> services = ServiceCatalog.find(ROOT, "all");

        assertThat(services).extracting(Service::name).contains("gateway", "profile", "analysis", "scheduler",
                "metrics-collector", "runner-native", "echo-target");
        assertThat(services).extracting(Service::port).doesNotHaveDuplicates();
        assertThat(services).filteredOn(s -> s.name().equals("gateway")).singleElement().satisfies(gateway -> {
            assertThat(gateway.port()).isEqualTo(8090);
            assertThat(gateway.database()).isNull();
        });
        assertThat(services).filteredOn(s -> s.name().equals("profile")).singleElement().satisfies(profile -> {
            assertThat(profile.database()).isEqualTo("profile");
            assertThat(profile.jvmOptions()).anyMatch(o -> o.startsWith("-Xmx"));
        });
    }

    @Test
    void aChoiceOfServicesIsKeptAndANameThatIsNoServiceIsRefused() {
        assertThat(ServiceCatalog.find(ROOT, "gateway,profile")).extracting(Service::name).containsExactly(
                "gateway", "profile");
        assertThat(ServiceCatalog.find(ROOT, "none")).isEmpty();
        assertThatThrownBy(() -> ServiceCatalog.find(ROOT, "gateway,profiles"))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("MESHPERF_SERVICES names [profiles]");
    }
}
