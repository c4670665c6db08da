package dev.meshperf.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;

/**
 * The port each service listens on in the embedded default, read from this module's
 * {@code META-INF/microprofile-config.properties}, the one file that sets them (the services read the same keys as
 * configuration).
 */
public final class DefaultPorts {

    static final String RESOURCE = "META-INF/microprofile-config.properties";
    static final String PREFIX = "meshperf.port.";

    private static final Properties PORTS = load();

    private DefaultPorts() {
    }

    /** The port of {@code service} (a folder name under {@code services/}, for example {@code gateway}). */
    public static int of(String service) {
        String port = PORTS.getProperty(PREFIX + service);
        if (port == null) {
            throw new IllegalArgumentException("no default port for '" + service + "': add " + PREFIX + service
                    + " to contracts' " + RESOURCE);
        }
        return Integer.parseInt(port.strip());
    }

    private static Properties load() {
        try {
            for (URL url : Collections.list(DefaultPorts.class.getClassLoader().getResources(RESOURCE))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                if (properties.containsKey(PREFIX + "gateway")) {
                    return properties;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        throw new IllegalStateException(RESOURCE + " with the default ports is not on the classpath");
    }
}
