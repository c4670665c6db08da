package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.Http2Headers;

/**
 * One HTTP/2 request built once before the run: its header block (HPACK-encoded per connection on every send, but
 * never rebuilt) and its body.
 *
 * @param grpc whether the response ends with a {@code grpc-status} trailer that is its outcome
 */
public record H2Request(Http2Headers headers, ByteBuf body, boolean grpc) {

    public static H2Request of(Http2Headers headers, byte[] body, boolean grpc) {
        ByteBuf buffer = null;
        if (body != null && body.length > 0) {
            buffer = Unpooled.unreleasableBuffer(Unpooled.directBuffer(body.length).writeBytes(body).asReadOnly());
        }
        return new H2Request(headers, buffer, grpc);
    }

    /** A gRPC message frame: uncompressed flag, four-byte length, the message. */
    public static byte[] grpcFrame(byte[] message) {
        byte[] frame = new byte[5 + message.length];
        frame[1] = (byte) (message.length >>> 24);
        frame[2] = (byte) (message.length >>> 16);
        frame[3] = (byte) (message.length >>> 8);
        frame[4] = (byte) message.length;
        System.arraycopy(message, 0, frame, 5, message.length);
        return frame;
    }
}
