package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;

/**
 * A TCP exchange ends after a fixed number of bytes or after a delimiter (the delimiter included). Matching the
 * delimiter across reads keeps only the count of bytes matched so far.
 */
final class TcpResponseFramer implements ResponseFramer {

    private final int expectedBytes;
    private final byte[] delimiter;
    private long received;
    private int matched;

    /** @param delimiter null to read {@code expectedBytes} bytes */
    TcpResponseFramer(int expectedBytes, byte[] delimiter) {
        this.expectedBytes = expectedBytes;
        this.delimiter = delimiter;
    }

    @Override
    public void parse(ByteBuf in, Listener listener) {
        while (in.isReadable()) {
            if (delimiter == null) {
                int take = (int) Math.min(in.readableBytes(), expectedBytes - received);
                in.skipBytes(take);
                received += take;
                if (received == expectedBytes) {
                    received = 0;
                    listener.response(0, true);
                }
            } else {
                byte b = in.readByte();
                if (b == delimiter[matched]) {
                    matched++;
                } else {
                    matched = b == delimiter[0] ? 1 : 0;
                }
                if (matched == delimiter.length) {
                    matched = 0;
                    listener.response(0, true);
                }
            }
        }
    }

    @Override
    public boolean closed(Listener listener) {
        return false;
    }
}
