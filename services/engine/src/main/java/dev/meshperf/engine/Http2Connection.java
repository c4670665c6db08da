package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http2.Http2ConnectionHandlerBuilder;
import io.netty.handler.codec.http2.Http2FrameAdapter;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

import dev.meshperf.contracts.events.ErrorClass;

/**
 * An HTTP/2 connection (h2c with prior knowledge, or h2 negotiated with ALPN) carrying several concurrent streams,
 * whose responses may complete in any order. Each stream in flight has a slot holding its intended and actual send
 * time. gRPC calls are HTTP/2 requests whose outcome is the {@code grpc-status} trailer.
 */
final class Http2Connection extends BaseConnection {

    private static final CharSequence GRPC_STATUS = "grpc-status";

    private final int[] streamIds;
    private final long[] intended;
    private final long[] sent;
    private final int[] status;
    private final boolean[] grpc;
    private int inFlight;
    private long sequence;
    private Http2ConnectionHandler http2;
    private ChannelHandlerContext http2Context;

    Http2Connection(Worker worker, Target target, int streams) {
        super(worker, target);
        this.streamIds = new int[streams];
        this.intended = new long[streams];
        this.sent = new long[streams];
        this.status = new int[streams];
        this.grpc = new boolean[streams];
    }

    @Override
    public void initPipeline(ChannelPipeline pipeline) {
        Http2ConnectionHandler handler = new Http2ConnectionHandlerBuilder().server(false)
                .frameListener(new Frames()).build();
        pipeline.addLast(handler, new Lifecycle(handler));
    }

    @Override
    public int inFlight() {
        return inFlight;
    }

    @Override
    public boolean hasRoom() {
        return inFlight < streamIds.length && http2 != null && http2.connection().local().canOpenStream();
    }

    @Override
    public long oldestSentAt() {
        long oldest = Long.MAX_VALUE;
        for (int i = 0; i < streamIds.length; i++) {
            if (streamIds[i] != 0 && sent[i] < oldest) {
                oldest = sent[i];
            }
        }
        return oldest;
    }

    @Override
    public void send(long intendedAt, long now) {
        H2Request request = target.h2Request(sequence++);
        int streamId = http2.connection().local().incrementAndGetNextStreamId();
        int slot = freeSlot();
        streamIds[slot] = streamId;
        intended[slot] = intendedAt;
        sent[slot] = now;
        status[slot] = 0;
        grpc[slot] = request.grpc();
        inFlight++;
        boolean endStream = request.body() == null;
        http2.encoder().writeHeaders(http2Context, streamId, request.headers(), 0, endStream,
                http2Context.newPromise());
        if (!endStream) {
            ByteBuf body = request.body().duplicate();
            worker.counters().bytesSent += body.readableBytes();
            http2.encoder().writeData(http2Context, streamId, body, 0, true, http2Context.newPromise());
        }
        http2.flush(http2Context);
    }

    @Override
    public void close(ErrorClass reason) {
        failAll(reason);
        closingOnPurpose = true;
        if (channel != null) {
            channel.close();
        }
    }

    private int freeSlot() {
        for (int i = 0; i < streamIds.length; i++) {
            if (streamIds[i] == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no free stream slot");
    }

    private int slotOf(int streamId) {
        for (int i = 0; i < streamIds.length; i++) {
            if (streamIds[i] == streamId) {
                return i;
            }
        }
        return -1;
    }

    private void complete(int slot, int outcome) {
        long intendedAt = intended[slot];
        long sentAt = sent[slot];
        streamIds[slot] = 0;
        inFlight--;
        worker.onResponse(this, intendedAt, sentAt, outcome, true);
    }

    private void fail(int slot, ErrorClass reason) {
        long intendedAt = intended[slot];
        streamIds[slot] = 0;
        inFlight--;
        if (reason != null) {
            worker.onRequestError(intendedAt, reason);
        }
    }

    private void failAll(ErrorClass reason) {
        for (int i = 0; i < streamIds.length; i++) {
            if (streamIds[i] != 0) {
                fail(i, reason);
            }
        }
    }

    /** The end of a stream: its gRPC status when it is a gRPC call, else its HTTP status. */
    private int outcome(int slot, Http2Headers trailers) {
        if (!grpc[slot]) {
            return status[slot];
        }
        CharSequence value = trailers == null ? null : trailers.get(GRPC_STATUS);
        if (value == null) {
            return status[slot] != 200 && status[slot] != 0 ? status[slot] : WorkerCounters.GRPC_BASE + 2;
        }
        try {
            return WorkerCounters.GRPC_BASE + Integer.parseInt(value.toString());
        } catch (NumberFormatException e) {
            return WorkerCounters.GRPC_BASE + 2;
        }
    }

    /** Stream events, on the event loop; the body is skipped and its bytes given back to flow control. */
    private final class Frames extends Http2FrameAdapter {

        @Override
        public void onHeadersRead(ChannelHandlerContext ctx, int streamId, Http2Headers headers, int padding,
                boolean endOfStream) {
            int slot = slotOf(streamId);
            if (slot < 0) {
                return;
            }
            if (status[slot] == 0 && headers.status() != null) {
                status[slot] = parseStatus(headers.status());
            }
            if (endOfStream) {
                complete(slot, outcome(slot, headers));
            }
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext ctx, int streamId, Http2Headers headers, int streamDependency,
                short weight, boolean exclusive, int padding, boolean endOfStream) {
            onHeadersRead(ctx, streamId, headers, padding, endOfStream);
        }

        @Override
        public int onDataRead(ChannelHandlerContext ctx, int streamId, ByteBuf data, int padding,
                boolean endOfStream) {
            int processed = data.readableBytes() + padding;
            worker.counters().bytesReceived += data.readableBytes();
            int slot = slotOf(streamId);
            if (slot >= 0 && endOfStream) {
                complete(slot, outcome(slot, null));
            }
            return processed;
        }

        @Override
        public void onRstStreamRead(ChannelHandlerContext ctx, int streamId, long errorCode) {
            int slot = slotOf(streamId);
            if (slot >= 0) {
                fail(slot, ErrorClass.RESET);
                worker.onSlotFreed(Http2Connection.this);
            }
        }

        private int parseStatus(CharSequence value) {
            try {
                return Integer.parseInt(value.toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** Connection lifecycle: usable after TLS and ALPN agreed on h2 (or at once for h2c). */
    private final class Lifecycle extends ChannelInboundHandlerAdapter {

        private final Http2ConnectionHandler handler;

        Lifecycle(Http2ConnectionHandler handler) {
            this.handler = handler;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            http2 = handler;
            http2Context = ctx.pipeline().context(handler);
            closingOnPurpose = false;
            if (ctx.pipeline().get(SslHandler.class) == null) {
                worker.onConnected(Http2Connection.this);
            }
            ctx.fireChannelActive();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof SslHandshakeCompletionEvent handshake) {
                String protocol = ctx.pipeline().get(SslHandler.class).applicationProtocol();
                if (handshake.isSuccess() && ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                    worker.onConnected(Http2Connection.this);
                } else {
                    closingOnPurpose = true;
                    Throwable cause = handshake.isSuccess()
                            ? new javax.net.ssl.SSLException("the server did not agree to HTTP/2 with ALPN (it chose "
                                    + (protocol == null ? "nothing" : protocol) + ")")
                            : handshake.cause();
                    worker.onHandshakeFailed(Http2Connection.this, cause);
                    ctx.close();
                }
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            close(ErrorClassifier.classify(cause));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            failAll(closingOnPurpose ? null : ErrorClass.RESET);
            http2 = null;
            worker.onClosed(Http2Connection.this);
            lost();
            ctx.fireChannelInactive();
        }
    }
}
