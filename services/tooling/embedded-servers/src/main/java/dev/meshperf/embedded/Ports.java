package dev.meshperf.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port helpers. */
public final class Ports {

    /** Ports this JVM handed out: servers started in parallel must not be given the same one. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** A port that was free a moment ago on 127.0.0.1, and never handed out before by this JVM. */
    public static int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new ServerStartException("cannot find a free port on 127.0.0.1: " + e.getMessage(), e);
            }
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new ServerStartException("cannot find a free port on 127.0.0.1 that was not handed out already");
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a one-line message when {@code port} is taken. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new ServerStartException(what + ": port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
