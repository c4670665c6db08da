package dev.meshperf.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.meshperf.gateway.config.GatewayConfig;

class RunRateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    private RunRateLimiter limiter(int perMinute) {
        RunRateLimiter limiter = new RunRateLimiter(now::get);
        limiter.config = new GatewayConfig() {

            @Override
            public Optional<List<String>> tokens() {
                return Optional.empty();
            }

            @Override
            public boolean openReads() {
                return true;
            }

            @Override
            public Duration liveInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration livePatience() {
                return Duration.ofMinutes(2);
            }

            @Override
            public int runsPerMinute() {
                return perMinute;
            }

            @Override
            public int attempts() {
                return 1;
            }
        };
        return limiter;
    }

    @Test
    void aBurstUpToTheLimitPassesThenRunsComeBackAtTheRate() {
        RunRateLimiter limiter = limiter(6);
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("a")).as("run %d", i).isEmpty();
        }
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(10));
        assertThat(limiter.acquire("b")).as("another token").isEmpty();

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(6));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(10));

        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("a")).as("refilled to the limit, not beyond").isEmpty();
        }
        assertThat(limiter.acquire("a")).isPresent();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RunRateLimiter limiter = limiter(0);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
    }
}
