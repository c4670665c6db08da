package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

import dev.meshperf.contracts.events.ErrorClass;

/**
 * One connection slot of a worker: it survives reconnects, keeps the requests in flight (intended and actual send
 * time, a ring the size of the pipelining depth) and finds the end of each response with its target's
 * {@link ResponseFramer} (HTTP/1.1 or TCP), behind TLS when the target has it. Everything runs on the worker's event
 * loop.
 */
final class LoadConnection {

    private final Worker worker;
    private final Target target;
    private final long[] intended;
    private final long[] sent;
    private final boolean[] head;
    private int first;
    private int inFlight;
    private long sequence;
    private Channel channel;
    private boolean closingOnPurpose;
    private boolean established;

    LoadConnection(Worker worker, Target target, int depth) {
        this.worker = worker;
        this.target = target;
        this.intended = new long[depth];
        this.sent = new long[depth];
        this.head = new boolean[depth];
    }

    Target target() {
        return target;
    }

    boolean isOpen() {
        return established && channel != null && channel.isActive();
    }

    /** Whether this channel got as far as carrying requests (TCP up and, with TLS, the handshake done). */
    boolean established() {
        return established;
    }

    void markEstablished() {
        established = true;
    }

    int inFlight() {
        return inFlight;
    }

    boolean hasRoom() {
        return inFlight < intended.length;
    }

    long oldestSentAt() {
        return sent[first];
    }

    /** Sends the next request of this connection's rotation; {@code intendedAt} and {@code now} are nanoTime. */
    void send(long intendedAt, long now) {
        RequestTemplate request = target.request(sequence++);
        int slot = (first + inFlight) % intended.length;
        intended[slot] = intendedAt;
        sent[slot] = now;
        head[slot] = request.isHead();
        inFlight++;
        worker.counters().bytesSent += request.length();
        channel.writeAndFlush(request.duplicate(), channel.voidPromise());
    }

    /** Closes the channel; the requests in flight are counted as {@code reason} (null: already counted). */
    void close(ErrorClass reason) {
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

    ChannelInboundHandlerAdapter newHandler() {
        return new Handler();
    }

    /** Reads responses with the allocation-free parser and counts the bytes that arrive. */
    private final class Handler extends ChannelInboundHandlerAdapter implements ResponseFramer.Listener {

        private final ResponseFramer parser = target.newFramer();

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            closingOnPurpose = false;
            if (ctx.pipeline().get(SslHandler.class) == null) {
                worker.onConnected(LoadConnection.this);
            }
        }

        /** Behind TLS, a connection is usable once its handshake succeeded; a failed handshake is a TLS error. */
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof SslHandshakeCompletionEvent handshake) {
                if (handshake.isSuccess()) {
                    worker.onConnected(LoadConnection.this);
                } else {
                    closingOnPurpose = true;
                    worker.onHandshakeFailed(LoadConnection.this, handshake.cause());
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
            worker.onResponse(LoadConnection.this, intendedAt, sentAt, status, keepAlive);
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
            channel = null;
            worker.onClosed(LoadConnection.this);
            established = false;
        }
    }
}
