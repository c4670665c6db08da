package dev.meshperf.runner.spi;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This process as a runner instance: host name and process id, for example {@code runner-native-5f7c/12}. */
public final class RunnerIdentity {

    private static final String CURRENT = compute();

    private RunnerIdentity() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
