package dev.meshperf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import dev.meshperf.contracts.DefaultPorts;

/**
 * The services the launcher runs: every folder under {@code services/} with a {@value #CONF} (its database and JVM
 * options), on its port from {@link DefaultPorts}.
 */
final class ServiceCatalog {

    static final String CONF = "meshperf-service.conf";

    /**
     * @param database
     * the database it owns on the shared server, or null
     */
    record Service(String name, int port, String database, List<String> jvmOptions, Path jar) {
    }

    private ServiceCatalog() {
    }

    /** Every service, by name, or those {@code wanted} names ({@code all}, {@code none}, or a,b). */
    static List<Service> find(Path root, String wanted) {
        List<Service> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root.resolve("services"))) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(CONF))).sorted().toList()) {
                all.add(read(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (wanted.equals("all")) {
            return all;
        }
        if (wanted.equals("none")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(Arrays.stream(wanted.split(",")).map(String::strip).filter(n -> !n
                .isEmpty()).toList());
        List<Service> chosen = all.stream().filter(s -> names.contains(s.name())).toList();
        names.removeAll(chosen.stream().map(Service::name).toList());
        if (!names.isEmpty()) {
            throw new LauncherException("MESHPERF_SERVICES names " + names + ", not services here (choose from "
                    + all.stream().map(Service::name).toList() + ", or all, or none)");
        }
        return chosen;
    }

    private static Service read(Path folder) {
        Properties conf = new Properties();
        try (var in = Files.newBufferedReader(folder.resolve(CONF))) {
            conf.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = folder.getFileName().toString();
        String database = conf.getProperty("database", "").strip();
        String jvm = conf.getProperty("jvm", "").strip();
        return new Service(name, DefaultPorts.of(name), database.isEmpty() ? null : database,
                List.of((jvm.isEmpty() ? "-Xmx256m" : jvm).split("\\s+")),
                folder.resolve("target/quarkus-app/quarkus-run.jar"));
    }
}
