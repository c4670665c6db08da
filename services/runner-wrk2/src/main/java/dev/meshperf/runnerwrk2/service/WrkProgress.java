package dev.meshperf.runnerwrk2.service;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.runner.spi.Progress;

/**
 * Reads the progress lines the shard's Lua script prints (each wrk thread, once a second, what it counted since:
 * {@code MESHPERF-PROGRESS requests errors status:count,...}) and hands what all threads counted to {@link Progress}
 * once a second. What is still unreported when wrk ends goes with the final sample, which holds everything.
 */
final class WrkProgress implements Predicate<String>, AutoCloseable {

    private static final ScheduledExecutorService FLUSHES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wrk-progress");
        t.setDaemon(true);
        return t;
    });

    private final Progress progress;
    private final ScheduledFuture<?> flushing;
    private long requests;
    private long errors;
    private Map<String, Long> statusCodes = new TreeMap<>();
    private Instant since = Instant.now();

    WrkProgress(Progress progress) {
        this.progress = progress;
        flushing = FLUSHES.scheduleAtFixedRate(this::flush, 1, 1, TimeUnit.SECONDS);
    }

    /** Takes a progress line (true), or leaves any other line to the result. */
    @Override
    public boolean test(String line) {
        if (!line.startsWith(LuaScript.PROGRESS)) {
            return false;
        }
        String[] fields = line.substring(LuaScript.PROGRESS.length()).trim().split(" ");
        try {
            long r = Long.parseLong(fields[0]);
            long e = Long.parseLong(fields[1]);
            Map<String, Long> codes = new TreeMap<>();
            if (fields.length > 2 && !fields[2].isEmpty()) {
                for (String pair : fields[2].split(",")) {
                    String[] kv = pair.split(":");
                    codes.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
                }
            }
            synchronized (this) {
                requests += r;
                errors += e;
                codes.forEach((k, v) -> statusCodes.merge(k, v, Long::sum));
            }
        } catch (RuntimeException malformed) {
            // a torn line: what it counted is in the final result all the same
        }
        return true;
    }

    private void flush() {
        Counters counted;
        Instant from;
        Instant to = Instant.now();
        synchronized (this) {
            if (requests == 0) {
                return;
            }
            counted = new Counters(requests, errors, Map.of(), statusCodes, 0, 0, 0, 0);
            from = since;
            requests = 0;
            errors = 0;
            statusCodes = new TreeMap<>();
            since = to;
        }
        progress.counted(counted, from, to);
    }

    /** Stops reporting; what was not reported yet is left to the final sample. */
    @Override
    public void close() {
        flushing.cancel(false);
    }
}
