package dev.meshperf.engine.testserver;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.ReferenceCountUtil;

/**
 * A real HTTP/2 server on loopback: cleartext with prior knowledge (h2c), or TLS with ALPN h2. Answers every stream
 * with the status in its {@code status} query parameter (default 200) and a short body; counts what it answered and
 * the most streams it saw open on one connection at once.
 */
public final class Http2Server implements AutoCloseable {

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel server;
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();

    public Http2Server(SslContext tls) throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {

                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(Http2FrameCodecBuilder.forServer().build(), new Answer());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    /** A server TLS context that offers h2 with ALPN, from a {@link TestCertificate}. */
    public static SslContext alpn(TestCertificate certificate) throws Exception {
        return SslContextBuilder.forServer(certificate.keyManagers())
                .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                        ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                        ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                        ApplicationProtocolNames.HTTP_2))
                .build();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public long answered(int status) {
        AtomicLong count = byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Answer extends ChannelDuplexHandler {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof Http2HeadersFrame headers && headers.isEndStream()) {
                    respond(ctx, headers.stream(), headers.headers());
                } else if (msg instanceof Http2HeadersFrame headers) {
                    ctx.channel().attr(io.netty.util.AttributeKey.<Http2Headers>valueOf("h" + headers.stream().id()))
                            .set(headers.headers());
                } else if (msg instanceof Http2DataFrame data && data.isEndStream()) {
                    Http2Headers request = ctx.channel()
                            .attr(io.netty.util.AttributeKey.<Http2Headers>valueOf("h" + data.stream().id()))
                            .getAndSet(null);
                    respond(ctx, data.stream(), request);
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        private void respond(ChannelHandlerContext ctx, Http2FrameStream stream, Http2Headers request) {
            List<String> statuses = request == null
                    ? null
                    : new QueryStringDecoder(request.path().toString()).parameters().get("status");
            int status = statuses == null ? 200 : Integer.parseInt(statuses.get(0));
            byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            ctx.write(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status(String.valueOf(status)))
                    .stream(stream));
            ctx.writeAndFlush(new DefaultHttp2DataFrame(
                    Unpooled.copiedBuffer("h2 says hi", StandardCharsets.UTF_8), true).stream(stream));
        }
    }
}
