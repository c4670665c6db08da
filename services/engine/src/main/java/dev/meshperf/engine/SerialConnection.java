package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

import dev.meshperf.contracts.events.ErrorClass;

/**
 * A connection whose responses come back in request order (HTTP/1.1, pipelined or not, and TCP): the requests in
 * flight are a ring the size of the pipelining depth, and the target's {@link ResponseFramer} finds where each
 * response ends.
 */
final class SerialConnection extends BaseConnection {

    private final long[] intended;
    private final long[] sent;
    private final boolean[] head;
    private int first;
    private int inFlight;
    private long sequence;

    SerialConnection(Worker worker, Target target, int depth) {
        super(worker, target);
        this.intended = new long[depth];
        this.sent = new long[depth];
        this.head = new boolean[depth];
    }

    @Override
    public int inFlight() {
        return inFlight;
    }

    @Override
    public boolean hasRoom() {
        return inFlight < intended.length;
    }

    @Override
    public long oldestSentAt() {
        return sent[first];
    }

    @Override
    public void send(long intendedAt, long now) {
        RequestTemplate request = target.request(sequence++);
        int slot = (first + inFlight) % intended.length;
        intended[slot] = intendedAt;
        sent[slot] = now;
        head[slot] = request.isHead();
        inFlight++;
        worker.counters().bytesSent += request.length();
        channel.writeAndFlush(request.duplicate(), channel.voidPromise());
    }

    @Override
    public void close(ErrorClass reason) {
        failInFlight(reason);
        closingOnPurpose = true;
        if (channel != null) {
            channel.close();
        }
    }

    void failInFlight(ErrorClass reason) {
        while (inFlight > 0) {
            long intendedAt = intended[first];
            first = (first + 1) % intended.length;
            inFlight--;
            if (reason != null) {
                worker.onRequestError(intendedAt, reason);
            }
        }
    }

    @Override
    public void initPipeline(ChannelPipeline pipeline) {
        pipeline.addLast(new Handler());
    }

    /** Reads responses with the allocation-free parser and counts the bytes that arrive. */
    private final class Handler extends ChannelInboundHandlerAdapter implements ResponseFramer.Listener {

        private final ResponseFramer parser = target.newFramer();

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            closingOnPurpose = false;
            if (ctx.pipeline().get(SslHandler.class) == null) {
                worker.onConnected(SerialConnection.this);
            }
        }

        /** Behind TLS, a connection is usable once its handshake succeeded; a failed handshake is a TLS error. */
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof SslHandshakeCompletionEvent handshake) {
                if (handshake.isSuccess()) {
                    worker.onConnected(SerialConnection.this);
                } else {
                    closingOnPurpose = true;
                    worker.onHandshakeFailed(SerialConnection.this, handshake.cause());
                    ctx.close();
                }
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                worker.counters().bytesReceived += in.readableBytes();
                parser.parse(in, this);
            } catch (ResponseFramer.MalformedResponse e) {
                close(ErrorClass.PROTOCOL);
            } finally {
                in.release();
            }
        }

        @Override
        public void response(int status, boolean keepAlive) {
            if (inFlight == 0) {
                close(ErrorClass.PROTOCOL);
                return;
            }
            long intendedAt = intended[first];
            long sentAt = sent[first];
            first = (first + 1) % intended.length;
            inFlight--;
            worker.onResponse(SerialConnection.this, intendedAt, sentAt, status, keepAlive);
        }

        @Override
        public boolean nextIsHead() {
            return inFlight > 0 && head[first];
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            close(ErrorClassifier.classify(cause));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            parser.closed(this);
            failInFlight(closingOnPurpose ? null : ErrorClass.RESET);
            worker.onClosed(SerialConnection.this);
            lost();
        }
    }
}
