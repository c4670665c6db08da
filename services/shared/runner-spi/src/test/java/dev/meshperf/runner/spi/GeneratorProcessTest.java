package dev.meshperf.runner.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.meshperf.contracts.events.FailureCode;

class GeneratorProcessTest {

    @TempDir
    Path dir;

    @Test
    void keepsBothStreamsAndTheExitCode() {
        GeneratorProcess.Result result = new GeneratorProcess(
                List.of("bash", "-c", "echo out; echo 'last words' >&2; exit 2"))
                .run(dir, Duration.ofSeconds(10));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.lastWords()).isEqualTo("last words");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void capsEndlessOutput() {
        GeneratorProcess.Result result = new GeneratorProcess(
                List.of("bash", "-c", "head -c 6000000 /dev/zero | tr '\\0' x"))
                .run(dir, Duration.ofSeconds(20));

        assertThat(result.stdout()).hasSize(GeneratorProcess.OUTPUT_CAP);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void killsWhatOutlivesItsDeadline() {
        assertThatThrownBy(() -> new GeneratorProcess(List.of("sleep", "60")).run(dir, Duration.ofMillis(300)))
                .isInstanceOf(RunFailure.class).hasMessageContaining("still running").hasMessageContaining("killed")
                .extracting(e -> ((RunFailure) e).code()).isEqualTo(FailureCode.OTHER);
    }

    @Test
    void aMissingBinaryIsUnavailable() {
        assertThatThrownBy(() -> new GeneratorProcess(List.of("/nowhere/wrk")).run(dir, Duration.ofSeconds(1)))
                .isInstanceOf(RunFailure.class).extracting(e -> ((RunFailure) e).code())
                .isEqualTo(FailureCode.GENERATOR_UNAVAILABLE);
    }
}
