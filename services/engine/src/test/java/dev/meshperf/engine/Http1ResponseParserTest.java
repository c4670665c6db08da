package dev.meshperf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

class Http1ResponseParserTest {

    private static final String KEEP_ALIVE = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 5\r\n\r\nhello";
    private static final String CHUNKED = "HTTP/1.1 503 Busy\r\ntransfer-encoding: chunked\r\n\r\n"
            + "5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Trailer: t\r\n\r\n";
    private static final String CLOSING = "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    private static final String CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";
    private static final String NO_CONTENT = "HTTP/1.1 204 No Content\r\n\r\n";
    private static final String HTTP10 = "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok";

    record Response(int status, boolean keepAlive) {
    }

    private static final class Collect implements ResponseFramer.Listener {

        final List<Response> responses = new ArrayList<>();
        boolean head;

        @Override
        public void response(int status, boolean keepAlive) {
            responses.add(new Response(status, keepAlive));
        }

        @Override
        public boolean nextIsHead() {
            return head;
        }
    }

    @Test
    void pipelinedResponsesParseWhereverTheBytesAreSplit() throws Exception {
        byte[] all = (KEEP_ALIVE + CONTINUE + CHUNKED + NO_CONTENT + HTTP10 + CLOSING).getBytes(StandardCharsets.UTF_8);
        List<Response> expected = List.of(new Response(200, true), new Response(503, true), new Response(204, true),
                new Response(200, true), new Response(404, false));
        for (int split = 1; split < all.length; split++) {
            Http1ResponseParser parser = new Http1ResponseParser();
            Collect collect = new Collect();
            parser.parse(Unpooled.wrappedBuffer(all, 0, split), collect);
            parser.parse(Unpooled.wrappedBuffer(all, split, all.length - split), collect);
            assertThat(collect.responses).as("split at %d", split).isEqualTo(expected);
            assertThat(parser.inResponse()).isFalse();
        }
    }

    @Test
    void oneByteAtATime() throws Exception {
        byte[] all = (CHUNKED + KEEP_ALIVE).getBytes(StandardCharsets.UTF_8);
        Http1ResponseParser parser = new Http1ResponseParser();
        Collect collect = new Collect();
        for (byte b : all) {
            ByteBuf one = Unpooled.wrappedBuffer(new byte[]{b});
            parser.parse(one, collect);
            assertThat(one.isReadable()).isFalse();
        }
        assertThat(collect.responses).containsExactly(new Response(503, true), new Response(200, true));
    }

    @Test
    void aHeadResponseHasNoBodyDespiteItsContentLength() throws Exception {
        Http1ResponseParser parser = new Http1ResponseParser();
        Collect collect = new Collect();
        collect.head = true;
        parser.parse(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", StandardCharsets.UTF_8),
                collect);
        assertThat(collect.responses).containsExactly(new Response(200, true));
    }

    @Test
    void aBodyWithoutLengthEndsWhenTheConnectionCloses() throws Exception {
        Http1ResponseParser parser = new Http1ResponseParser();
        Collect collect = new Collect();
        parser.parse(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\n\r\nstreamed until close", StandardCharsets.UTF_8),
                collect);
        assertThat(collect.responses).isEmpty();
        assertThat(parser.closed(collect)).isTrue();
        assertThat(collect.responses).containsExactly(new Response(200, false));
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> new Http1ResponseParser().parse(
                Unpooled.copiedBuffer("SSH-2.0-OpenSSH_9.2\r\n", StandardCharsets.UTF_8), new Collect()))
                .isInstanceOf(ResponseFramer.MalformedResponse.class);
        assertThatThrownBy(() -> new Http1ResponseParser().parse(
                Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", StandardCharsets.UTF_8),
                new Collect()))
                .isInstanceOf(ResponseFramer.MalformedResponse.class)
                .hasMessageContaining("Content-Length");
    }
}
