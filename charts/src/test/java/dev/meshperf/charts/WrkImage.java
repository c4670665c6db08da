package dev.meshperf.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runner-wrk2 image's Dockerfile, read as data (Docker cannot run here): its stages, the wrk2 commit it builds,
 * where it puts the binaries and the environment it gives the runner.
 */
record WrkImage(String text, List<String> instructions) {

    static final Path DOCKERFILE = Path.of("..", "services", "runner-wrk2", "src", "main", "docker",
            "Dockerfile.jvm");
    private static final Pattern COPY_WRK2 = Pattern.compile("^COPY --from=wrk2-build (\\S+) (\\S+)$");

    static WrkImage read() throws IOException {
        String text = Files.readString(DOCKERFILE);
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (current.isEmpty() && (line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                instructions.add(current.append(line).toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return new WrkImage(text, List.copyOf(instructions));
    }

    /** The instructions that start with {@code keyword}. */
    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.startsWith(keyword + " ")).toList();
    }

    /** The commit of github.com/giltene/wrk2 the build stage checks out. */
    String wrk2Commit() {
        return all("ARG").stream().filter(a -> a.startsWith("ARG WRK2_COMMIT=")).findFirst()
                .map(a -> a.substring("ARG WRK2_COMMIT=".length())).orElse("");
    }

    /** Where the runtime stage puts the wrk2 the build stage made. */
    String wrk2Path() {
        for (String copy : all("COPY")) {
            Matcher m = COPY_WRK2.matcher(copy);
            if (m.matches()) {
                return m.group(2);
            }
        }
        return "";
    }

    /** Whether the runtime stage installs the distribution's wrk package (its binary is /usr/bin/wrk). */
    boolean debianWrk() {
        String runtime = runtimeStage();
        return runtime.contains("apt-get install") && Pattern.compile("apt-get install[^&]* wrk( |$)")
                .matcher(runtime).find();
    }

    /** The instructions of the last stage, joined. */
    String runtimeStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return String.join("\n", instructions.subList(last, instructions.size()));
    }

    /** Every {@code ENV} of the image, by name. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String e : all("ENV")) {
            for (String pair : e.substring(4).split(" ")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    env.put(pair.substring(0, eq), pair.substring(eq + 1).replace("\"", ""));
                }
            }
        }
        return env;
    }
}
