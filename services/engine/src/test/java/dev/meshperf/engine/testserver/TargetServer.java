package dev.meshperf.engine.testserver;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;

/**
 * A real HTTP/1.1 server on loopback for the engine's tests, with fortio-like knobs in the query string:
 * {@code status=503}, {@code delay=20} (ms), {@code size=1024} (body bytes); path {@code /reset} aborts the connection
 * with a TCP reset. It can close every connection after N responses (as nginx does after 1000) and stall: hold every
 * response until a given instant. It counts what it answered.
 */
public final class TargetServer implements AutoCloseable {

    private static final AttributeKey<Integer> SERVED = AttributeKey.valueOf("served");

    private final EventLoopGroup group = new NioEventLoopGroup(2);
    private final Channel server;
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
    private final AtomicLong resets = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private volatile Seen last;
    private volatile int closeEvery;
    private volatile long stallUntilNanos;

    public TargetServer() throws InterruptedException {
        this(null);
    }

    /** An HTTPS server when {@code ssl} is given. */
    public TargetServer(io.netty.handler.ssl.SslContext ssl) throws InterruptedException {
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {

                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }

    public String httpsUrl(String host, String pathAndQuery) {
        return "https://" + host + ":" + port() + pathAndQuery;
    }

    /** Closes each connection (with {@code Connection: close}) after it has served {@code n} responses. */
    public void closeEvery(int n) {
        closeEvery = n;
    }

    /** Holds every response until {@code duration} from now has passed. */
    public void stallFor(long duration, TimeUnit unit) {
        stallUntilNanos = System.nanoTime() + unit.toNanos(duration);
    }

    public long answered(int status) {
        AtomicLong count = byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    public long answered() {
        return byStatus.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long received() {
        return received.get();
    }

    public long resets() {
        return resets.get();
    }

    /** A request as the server saw it. */
    public record Seen(String method, String uri, Map<String, String> headers, String body) {
    }

    /** The most recent request, or null before the first. */
    public Seen lastRequest() {
        return last;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            received.incrementAndGet();
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
            last = new Seen(request.method().name(), request.uri(), headers,
                    request.content().toString(java.nio.charset.StandardCharsets.UTF_8));
            QueryStringDecoder query = new QueryStringDecoder(request.uri());
            if (query.path().equals("/reset")) {
                resets.incrementAndGet();
                ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                ctx.close();
                return;
            }
            int status = intParam(query, "status", 200);
            int size = intParam(query, "size", 2);
            long delayNanos = TimeUnit.MILLISECONDS.toNanos(intParam(query, "delay", 0));
            long stall = stallUntilNanos - System.nanoTime();
            long wait = Math.max(delayNanos, stall);

            Integer served = ctx.channel().attr(SERVED).get();
            int count = served == null ? 1 : served + 1;
            ctx.channel().attr(SERVED).set(count);
            boolean close = closeEvery > 0 && count % closeEvery == 0;

            ByteBuf body = Unpooled.buffer(size);
            for (int i = 0; i < size; i++) {
                body.writeByte('x');
            }
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(status), body);
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, size);
            if (close) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            Runnable send = () -> {
                byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (close) {
                    ctx.writeAndFlush(response).addListener(f -> ctx.close());
                } else {
                    ctx.writeAndFlush(response);
                }
            };
            if (wait > 0) {
                ctx.executor().schedule(send, wait, TimeUnit.NANOSECONDS);
            } else {
                send.run();
            }
        }

        private int intParam(QueryStringDecoder query, String name, int fallback) {
            List<String> values = query.parameters().get(name);
            return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
        }
    }
}
