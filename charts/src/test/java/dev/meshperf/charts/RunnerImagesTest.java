package dev.meshperf.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The runner images, read as data: Docker cannot build them here. */
class RunnerImagesTest {

    @Test
    void theWrk2ImageBuildsWrk2AtAPinnedCommitBesideDebiansWrk() throws Exception {
        WrkImage image = WrkImage.read();

        assertThat(image.all("FROM")).hasSize(2);
        assertThat(image.all("FROM").get(0)).isEqualTo("FROM ubuntu:22.04 AS wrk2-build");
        // the runtime stage is Ubuntu 22.04 too, so wrk2 finds the libssl it was linked with
        assertThat(image.all("FROM").get(1)).isEqualTo("FROM eclipse-temurin:17-jre-jammy");
        assertThat(image.wrk2Commit()).isEqualTo("44a94c17d8e6a0bac8559b53da76848e430cb7a7").matches("[0-9a-f]{40}");
        String build = String.join("\n", image.instructions());
        assertThat(build).contains("git clone --quiet https://github.com/giltene/wrk2.git")
                .contains("checkout --quiet \"${WRK2_COMMIT}\"")
                .contains("test \"$(git -C wrk2 rev-parse HEAD)\" = \"${WRK2_COMMIT}\"")
                // wrk2's Makefile builds its bundled LuaJIT; OpenSSL comes from libssl-dev
                .contains("libssl-dev").contains("make -C wrk2")
                // the binary is checked to be wrk2 (its usage lists --rate), as the runner tells them apart
                .contains("grep -q -- '--rate'");
        assertThat(image.wrk2Path()).isEqualTo("/usr/local/bin/wrk2");
        assertThat(image.all("COPY")).contains("COPY --from=wrk2-build /build/wrk2/wrk /usr/local/bin/wrk2");
        assertThat(image.debianWrk()).isTrue();
        assertThat(image.runtimeStage()).contains("libssl3");
        assertThat(image.environment()).containsEntry("MESHPERF_WRK_WRK2_BINARY", "/usr/local/bin/wrk2")
                .containsEntry("MESHPERF_WRK_WRK_BINARY", "/usr/bin/wrk").containsEntry("QUARKUS_HTTP_PORT", "8080");
    }

    @Test
    void theFortioAndNighthawkRunnerImagesLeaveTheirToolToASidecar() throws Exception {
        for (String runner : List.of("runner-fortio", "runner-nighthawk")) {
            String text = Files.readString(Path.of("..", "services", runner, "src", "main", "docker",
                    "Dockerfile.jvm"));
            assertThat(text).as(runner).contains("sidecar").doesNotContain("apt-get install");
        }
    }
}
