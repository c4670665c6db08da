package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;

/** Finds where each response ends in the bytes of a connection; one per connection, allocation-free. */
interface ResponseFramer {

    /** Receives each complete response. */
    interface Listener {

        /** @param status the HTTP status, or 0 for protocols without one */
        void response(int status, boolean keepAlive);

        /** Whether the request the next response answers was a HEAD (its response has no body). */
        boolean nextIsHead();
    }

    /** The bytes are not a valid response; the connection must be closed. */
    final class MalformedResponse extends Exception {

        MalformedResponse(String message) {
            super(message, null, false, false);
        }
    }

    /** Consumes what {@code in} holds, reporting each complete response. */
    void parse(ByteBuf in, Listener listener) throws MalformedResponse;

    /** The connection closed; a response delimited by the close is complete now. */
    boolean closed(Listener listener);
}
