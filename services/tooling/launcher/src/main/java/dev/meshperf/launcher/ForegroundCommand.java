package dev.meshperf.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sun.misc.Signal;

/**
 * Runs a program in the terminal (the CLI, the native engine, {@code tail}) and ends with its exit status. While it
 * runs, a Ctrl-C is the program's to handle (the CLI cancels its run and says so): the launcher ignores it and waits.
 */
final class ForegroundCommand {

    private ForegroundCommand() {
    }

    static int run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Signal.handle(new Signal("INT"), signal -> {
            // the program in the foreground got it too
        });
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LauncherException("cannot run " + command.get(0) + ": " + e.getMessage());
        }
        // stopped itself (TERM, HUP): the program goes too, rather than running on without a terminal's owner
        Thread stopChild = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs
            }
        }
    }

    /** The java command for a main class of the CLI module, on the classpath its build wrote. */
    static List<String> cli(Path root, List<String> jvmOptions, String mainClass, List<String> args) {
        Path target = root.resolve("services/cli/target");
        String classpath;
        try {
            classpath = target.resolve("classes") + ":" + Files.readString(target.resolve("runtime.classpath"))
                    .strip();
        } catch (IOException e) {
            throw new LauncherException("the CLI is not built (" + e.getMessage() + "): run ./mvnw install "
                    + "-DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Launcher.java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
