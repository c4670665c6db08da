package dev.meshperf.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. As root we run it in a new user namespace ({@code unshare -U}, where it is no
 * longer uid 0), or failing that as the unprivileged uid 65534 with {@code setpriv}.
 */
final class Privileges {

    static final int NOBODY = 65534;

    private Privileges() {
    }

    /** The command prefix that makes a PostgreSQL binary run unprivileged; empty when we are not root. */
    static List<String> postgresPrefix() {
        if (!isRoot()) {
            return List.of();
        }
        if (succeeds(List.of("unshare", "-U", "true"))) {
            return List.of("unshare", "-U");
        }
        if (succeeds(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "true"))) {
            return List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");
        }
        throw new ServerStartException("running as root, and neither 'unshare -U' nor 'setpriv' can drop privileges "
                + "for PostgreSQL; run as another user or point meshperf at an external database");
    }

    /** With setpriv the data folder must belong to the uid PostgreSQL runs as. */
    static void prepareDataDir(Path dataDir, List<String> prefix) throws IOException {
        Files.createDirectories(dataDir);
        if (prefix.contains("setpriv")) {
            run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dataDir.toString()));
        }
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void run(List<String> command) throws IOException {
        if (!succeeds(command)) {
            throw new IOException("command failed: " + String.join(" ", command));
        }
    }
}
