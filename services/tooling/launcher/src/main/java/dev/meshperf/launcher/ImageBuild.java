package dev.meshperf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code images [REPOSITORY [TAG [--push]]]}: the container image of every service with a
 * {@code src/main/docker/Dockerfile.jvm}, as {@code REPOSITORY/meshperf-NAME:TAG} (see docs/deploy.md).
 */
final class ImageBuild {

    private ImageBuild() {
    }

    static int run(Path root, List<String> args) {
        String repository = args.size() > 0 ? args.get(0) : "meshperf";
        String tag = args.size() > 1 ? args.get(1) : "latest";
        boolean push = args.size() > 2;
        if (args.size() > 3 || (push && !args.get(2).equals("--push"))) {
            throw new LauncherException("usage: ./meshperf images [REPOSITORY [TAG [--push]]]");
        }
        if (!succeeds(List.of("docker", "--version"))) {
            throw new LauncherException("images needs the docker CLI and a Docker engine");
        }
        if (!succeeds(List.of("docker", "info"))) {
            throw new LauncherException("images needs a running Docker engine: docker info failed (is the daemon "
                    + "up?)");
        }
        int built = 0;
        for (Path service : withDockerfile(root)) {
            String name = service.getFileName().toString();
            String image = repository + "/meshperf-" + name + ":" + tag;
            Console.say("image " + image);
            if (!succeeds(List.of("docker", "build", "-q", "-f", service.resolve("src/main/docker/Dockerfile.jvm")
                    .toString(), "-t", image, service.toString()))) {
                throw new LauncherException("docker build of " + name + " failed");
            }
            if (push && !succeeds(List.of("docker", "push", "-q", image))) {
                throw new LauncherException("docker push of " + name + " failed");
            }
            built++;
        }
        Console.say("built " + built + " image(s)" + (push ? " and pushed them" : ""));
        return 0;
    }

    private static List<Path> withDockerfile(Path root) {
        try (Stream<Path> folders = Files.list(root.resolve("services"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("src/main/docker/Dockerfile.jvm"))).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a docker command; its errors reach the terminal, its other output is left out. */
    private static boolean succeeds(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(
                    ProcessBuilder.Redirect.INHERIT).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
