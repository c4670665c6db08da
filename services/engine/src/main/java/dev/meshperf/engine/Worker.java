package dev.meshperf.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;

import dev.meshperf.contracts.events.ErrorClass;
import dev.meshperf.contracts.histogram.HistogramCodec;
import dev.meshperf.engine.schedule.ArrivalSchedule;

/**
 * The load of one event loop: its connections, its share of the arrival schedule, a bounded queue of due requests
 * waiting for a free connection (each keeps its intended time), and its own histograms and counters. Every method
 * runs on {@link #loop}, so nothing here is shared between threads, except the intervals it closes for the sampler
 * ({@link IntervalHandover}).
 */
final class Worker {

    private static final long RECONNECT_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /**
     * Timer ticks are at least this far apart. At high rates one timer per arrival (and the timerfd re-arm it costs)
     * would eat the loop; instead due arrivals are also dispatched whenever a response completes, and a tick picks up
     * whatever is due when the loop is otherwise idle. The bound keeps scheduling lag well under a millisecond.
     */
    private static final long MIN_TICK_GAP_NANOS = TimeUnit.MICROSECONDS
            .toNanos(Long.getLong("meshperf.engine.tick-gap-us", 50));

    private final EventLoop loop;
    private final EngineSettings settings;
    private final Bootstrap bootstrap;
    private final ArrivalSchedule schedule;
    private final List<Connection> connections = new ArrayList<>();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final long[] queue;
    private int queueHead;
    private int queueSize;

    private Histogram latency = HistogramCodec.newHistogram();
    private Histogram serviceTime = HistogramCodec.newHistogram();
    private Histogram schedulingLag = HistogramCodec.newHistogram();
    private final WorkerCounters counters = new WorkerCounters();
    private final IntervalHandover intervals;

    private long start;
    private long warmupEnd;
    private long nextDue = Long.MAX_VALUE;
    private boolean running;
    private boolean stopped;
    private boolean tickPending;
    private long lastTick;
    private final Runnable tickTask = this::tick;
    private int everConnected;
    private Throwable firstConnectFailure;

    Worker(EventLoop loop, EngineSettings settings, Bootstrap bootstrap, ArrivalSchedule schedule, int queueCapacity) {
        this.loop = loop;
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.schedule = schedule;
        this.queue = new long[Math.max(1, queueCapacity)];
        this.intervals = new IntervalHandover(loop, this::takeSnapshot);
    }

    EventLoop loop() {
        return loop;
    }

    WorkerCounters counters() {
        return counters;
    }

    void addConnection(Target target) {
        if (target.h2() != null) {
            connections.add(new Http2Connection(this, target, Math.max(1, settings.streamsPerConnection())));
        } else {
            int depth = settings.openLoop() ? 1 : Math.max(1, settings.pipelining());
            connections.add(new SerialConnection(this, target, depth));
        }
    }

    void connectAll() {
        connections.forEach(this::connect);
    }

    private void connect(Connection connection) {
        Target target = connection.target();
        Bootstrap b = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {

            @Override
            protected void initChannel(SocketChannel ch) {
                if (target.ssl() != null) {
                    ch.pipeline().addLast(target.newSslHandler(ch.alloc()));
                }
                connection.initPipeline(ch.pipeline());
            }
        });
        ChannelFuture future = b.connect(target.address());
        future.addListener(f -> {
            if (!f.isSuccess()) {
                onConnectFailed(connection, f.cause());
            }
        });
    }

    private void onConnectFailed(Connection connection, Throwable cause) {
        if (firstConnectFailure == null) {
            firstConnectFailure = cause;
        }
        if (running) {
            onRequestError(System.nanoTime(), ErrorClassifier.classify(cause));
        }
        if (!stopped) {
            loop.schedule(() -> {
                if (!stopped) {
                    connect(connection);
                }
            }, RECONNECT_BACKOFF_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    /** A TLS handshake failed: like a failed connect, retried after a pause and counted once the load runs. */
    void onHandshakeFailed(Connection connection, Throwable cause) {
        onConnectFailed(connection, cause);
    }

    void onConnected(Connection connection) {
        connection.markEstablished();
        everConnected++;
        if (stopped) {
            connection.close(null);
            return;
        }
        if (!running) {
            return;
        }
        fill(connection, System.nanoTime());
    }

    void onClosed(Connection connection) {
        if (connection.idle()) {
            idle.remove(connection);
            connection.idle(false);
        }
        if (running && !stopped && connection.established()) {
            counters.reconnects++;
            connect(connection);
        }
    }

    /**
     * Starts the load at {@code startNanos}; the caller schedules this at that instant. Intervals of
     * {@code intervalNanos} are closed from the end of the warm-up on, the last one before {@code lastBoundaryNanos};
     * what follows goes into the final snapshot.
     */
    void begin(long startNanos, long warmupEndNanos, long intervalNanos, long lastBoundaryNanos) {
        this.start = startNanos;
        this.warmupEnd = warmupEndNanos;
        this.running = true;
        long now = System.nanoTime();
        for (Connection connection : connections) {
            if (connection.isOpen()) {
                fill(connection, now);
            }
        }
        if (schedule != null) {
            advance();
            tick();
        }
        if (warmupEnd > now) {
            loop.schedule(counters::resetTraffic, warmupEnd - now, TimeUnit.NANOSECONDS);
        }
        intervals.start(warmupEndNanos, intervalNanos, lastBoundaryNanos);
        scheduleTimeoutScan();
    }

    IntervalHandover intervals() {
        return intervals;
    }

    private void advance() {
        long offset = schedule.next();
        nextDue = offset == Long.MAX_VALUE ? Long.MAX_VALUE : start + offset;
    }

    private void tick() {
        tickPending = false;
        if (!running) {
            return;
        }
        long now = System.nanoTime();
        lastTick = now;
        catchUp(now);
        if (nextDue != Long.MAX_VALUE) {
            long at = Math.max(nextDue, lastTick + MIN_TICK_GAP_NANOS);
            tickPending = true;
            loop.schedule(tickTask, at - now, TimeUnit.NANOSECONDS);
        }
    }

    /** Dispatches every arrival that is due by {@code now}. */
    private void catchUp(long now) {
        while (nextDue <= now) {
            dispatch(nextDue, now);
            advance();
        }
    }

    private void dispatch(long intended, long now) {
        Connection connection = idle.peekLast();
        if (connection != null) {
            connection.send(intended, now);
            if (!connection.hasRoom()) {
                idle.pollLast();
                connection.idle(false);
            }
        } else if (queueSize < queue.length) {
            queue[(queueHead + queueSize++) % queue.length] = intended;
        } else if (intended >= warmupEnd) {
            counters.dropped++;
        }
    }

    /** A free connection takes the oldest waiting request (open loop) or its next request (closed loop). */
    private void fill(Connection connection, long now) {
        if (!connection.isOpen()) {
            return;
        }
        if (schedule == null) {
            while (connection.hasRoom() && running) {
                connection.send(now, now);
            }
            return;
        }
        while (queueSize > 0 && connection.hasRoom()) {
            long intended = queue[queueHead];
            queueHead = (queueHead + 1) % queue.length;
            queueSize--;
            connection.send(intended, now);
        }
        if (connection.hasRoom() && !connection.idle()) {
            idle.addLast(connection);
            connection.idle(true);
        }
    }

    void onResponse(Connection connection, long intended, long sentAt, int status, boolean keepAlive) {
        long now = System.nanoTime();
        if (intended >= warmupEnd) {
            latency.recordValue(Math.max(1, (now - intended) / 1000));
            serviceTime.recordValue(Math.max(1, (now - sentAt) / 1000));
            schedulingLag.recordValue(Math.max(1, (sentAt - intended) / 1000));
            counters.requests++;
            if (status > 0) {
                counters.status(status);
            }
            if (WorkerCounters.isError(status)) {
                counters.errors++;
            }
        }
        if (!keepAlive) {
            connection.close(ErrorClass.RESET);
            return;
        }
        if (running) {
            if (schedule != null) {
                catchUp(now);
            }
            fill(connection, now);
        }
    }

    /** A request slot came free without a response (a reset stream): refill it. */
    void onSlotFreed(Connection connection) {
        if (running) {
            long now = System.nanoTime();
            if (schedule != null) {
                catchUp(now);
            }
            fill(connection, now);
        }
    }

    void onRequestError(long intended, ErrorClass errorClass) {
        if (intended >= warmupEnd) {
            counters.error(errorClass);
        }
    }

    private void scheduleTimeoutScan() {
        long timeout = settings.requestTimeout().toNanos();
        long every = Math.max(TimeUnit.MILLISECONDS.toNanos(5),
                Math.min(timeout / 4, TimeUnit.MILLISECONDS.toNanos(100)));
        loop.schedule(() -> {
            if (stopped && inFlight() == 0) {
                return;
            }
            long now = System.nanoTime();
            for (Connection connection : connections) {
                if (connection.inFlight() > 0 && now - connection.oldestSentAt() > timeout) {
                    connection.close(ErrorClass.TIMEOUT);
                }
            }
            scheduleTimeoutScan();
        }, every, TimeUnit.NANOSECONDS);
    }

    /**
     * Ends the load. Arrivals already due are still dispatched (a timer may fire a little after the end); any the
     * schedule has left, and those waiting for a connection, are counted as dropped: nothing due is lost silently.
     */
    void stop() {
        if (schedule != null && running) {
            long now = System.nanoTime();
            while (nextDue != Long.MAX_VALUE) {
                if (nextDue <= now) {
                    dispatch(nextDue, now);
                } else if (nextDue >= warmupEnd) {
                    counters.dropped++;
                }
                advance();
            }
        }
        running = false;
        stopped = true;
        intervals.stop();
        while (queueSize > 0) {
            long intended = queue[queueHead];
            queueHead = (queueHead + 1) % queue.length;
            queueSize--;
            if (intended >= warmupEnd) {
                counters.dropped++;
            }
        }
        idle.forEach(c -> c.idle(false));
        idle.clear();
    }

    int inFlight() {
        int total = 0;
        for (Connection connection : connections) {
            total += connection.inFlight();
        }
        return total;
    }

    /** Closes every connection; what is still in flight counts as {@code reason} (null: not counted). */
    void closeAll(ErrorClass reason) {
        stopped = true;
        running = false;
        intervals.stop();
        for (Connection connection : connections) {
            connection.close(reason);
        }
    }

    boolean everConnected() {
        return everConnected > 0;
    }

    boolean allConnected() {
        return connections.stream().allMatch(Connection::isOpen);
    }

    Throwable firstConnectFailure() {
        return firstConnectFailure;
    }

    /** This interval's histograms and counters; the worker starts a fresh interval. */
    WorkerSnapshot takeSnapshot() {
        WorkerSnapshot snapshot = new WorkerSnapshot(latency, serviceTime, schedulingLag, counters.takeSnapshot());
        latency = HistogramCodec.newHistogram();
        serviceTime = HistogramCodec.newHistogram();
        schedulingLag = HistogramCodec.newHistogram();
        return snapshot;
    }
}
