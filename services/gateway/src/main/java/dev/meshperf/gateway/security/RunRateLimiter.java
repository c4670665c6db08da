package dev.meshperf.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.meshperf.gateway.config.GatewayConfig;

/**
 * How many runs each API token may start per minute: a token bucket per token (known by its SHA-256, never by its
 * value) that holds {@code meshperf.gateway.runs-per-minute} runs and refills at that rate, so a burst up to the
 * limit passes and a steady stream above it waits.
 */
@ApplicationScoped
public class RunRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    @Inject
    GatewayConfig config;

    public RunRateLimiter() {
        this(System::nanoTime);
    }

    RunRateLimiter(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Takes one run for the token: empty when it may start, otherwise how long until it may. */
    public Optional<Duration> acquire(String token) {
        int perMinute = config.runsPerMinute();
        if (perMinute <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.computeIfAbsent(digest(token), k -> new Bucket(perMinute, clock.getAsLong()));
        return bucket.take(perMinute, clock.getAsLong());
    }

    /** Runs left and when they were counted; refilled continuously. */
    private static final class Bucket {

        private double runs;
        private long at;

        Bucket(int perMinute, long now) {
            this.runs = perMinute;
            this.at = now;
        }

        synchronized Optional<Duration> take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            runs = Math.min(perMinute, runs + (now - at) * perNano);
            at = now;
            if (runs >= 1) {
                runs -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - runs) / perNano)));
        }
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
