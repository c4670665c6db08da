package dev.meshperf.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child broker's classpath: the kafka-broker module's own jar (or classes folder) followed by the jars its build
 * listed in {@value #RESOURCE}.
 */
public final class BrokerClasspath {

    static final String RESOURCE = "META-INF/meshperf/kafka-broker.classpath";
    static final String MAIN_CLASS = "dev.meshperf.broker.BrokerMain";
    static final String LOG_CONFIG = "classpath:meshperf-broker-log4j2.properties";

    private BrokerClasspath() {
    }

    public static String resolve() {
        URL url = BrokerClasspath.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new ServerStartException(
                    "the Kafka broker's classpath is missing: build services/tooling/kafka-broker first (./mvnw install -DskipTests)");
        }
        try (InputStream in = url.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return ownLocation(url) + java.io.File.pathSeparator + dependencies;
        } catch (IOException | URISyntaxException e) {
            throw new ServerStartException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static String ownLocation(URL resource) throws IOException, URISyntaxException {
        if ("jar".equals(resource.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) resource.openConnection();
            return Path.of(connection.getJarFileURL().toURI()).toString();
        }
        Path file = Path.of(resource.toURI());
        return file.getParent().getParent().getParent().toString();
    }
}
