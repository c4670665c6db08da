package dev.meshperf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;

import dev.meshperf.engine.schedule.ArrivalSchedule;

/**
 * The event loops that drive load, shared by every run of a runner process. Epoll where the platform has it (timers
 * with sub-millisecond precision), NIO elsewhere.
 */
public final class LoadEngine implements AutoCloseable {

    private final EventLoopGroup group;
    private final boolean epoll;
    private final int eventLoops;
    private final ScheduledExecutorService sampler;

    public LoadEngine(int eventLoops) {
        this.eventLoops = Math.max(1, eventLoops);
        this.epoll = Epoll.isAvailable();
        this.group = epoll ? new EpollEventLoopGroup(this.eventLoops) : new NioEventLoopGroup(this.eventLoops);
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meshperf-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    public int eventLoops() {
        return eventLoops;
    }

    public String transport() {
        return epoll ? "epoll" : "nio";
    }

    /** Connects, waits for the start instant, runs, and reports intervals to {@code listener}. */
    public EngineRun start(EngineSettings settings, IntervalListener listener) {
        int loops = Math.min(eventLoops, settings.connections());
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.ALLOCATOR, io.netty.buffer.PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.min(10_000, settings.requestTimeout().toMillis()));
        if (epoll && Boolean.parseBoolean(System.getProperty("meshperf.engine.level-triggered", "true"))) {
            // one read per readiness instead of reading until EAGAIN: a syscall less per response
            bootstrap.option(io.netty.channel.epoll.EpollChannelOption.EPOLL_MODE,
                    io.netty.channel.epoll.EpollMode.LEVEL_TRIGGERED);
        }
        List<Worker> workers = new ArrayList<>();
        // stream j*S+i of L*S: shard i's loops split exactly the requests of shard i, whatever other shards' L is
        int streams = settings.shardCount() * loops;
        for (int i = 0; i < loops; i++) {
            EventLoop loop = group.next();
            ArrivalSchedule schedule = null;
            if (settings.openLoop()) {
                int stream = i * settings.shardCount() + settings.shardIndex();
                schedule = settings.poisson()
                        ? ArrivalSchedule.poisson(settings.profile(), stream, streams, settings.seed() + stream)
                        : ArrivalSchedule.uniform(settings.profile(), stream, streams);
            }
            int queue = settings.maxQueue() / loops + 1;
            workers.add(new Worker(loop, settings, bootstrap.clone(loop), schedule, queue));
        }
        for (int c = 0; c < settings.connections(); c++) {
            Target target = settings.targets().get(c % settings.targets().size());
            workers.get(c % loops).addConnection(target);
        }
        EngineRun run = new EngineRun(settings, workers, sampler, listener);
        run.begin();
        return run;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
