package dev.meshperf.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * One HTTP/1.1 request encoded once, before the run; every send writes a duplicate of the same bytes, so sending
 * allocates nothing per request but Netty's recycled wrapper.
 */
public final class RequestTemplate {

    private final ByteBuf bytes;
    private final boolean head;

    private RequestTemplate(ByteBuf bytes, boolean head) {
        this.bytes = bytes;
        this.head = head;
    }

    public static RequestTemplate http1(String method, String authority, String pathAndQuery,
            List<Map.Entry<String, String>> headers, Map<String, String> cookies, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
        boolean hostGiven = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("host"));
        if (!hostGiven) {
            head.append("Host: ").append(authority).append("\r\n");
        }
        boolean agentGiven = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("user-agent"));
        if (!agentGiven) {
            head.append("User-Agent: meshperf\r\n");
        }
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (cookies != null && !cookies.isEmpty()) {
            head.append("Cookie: ");
            String separator = "";
            for (Map.Entry<String, String> cookie : cookies.entrySet()) {
                head.append(separator).append(cookie.getKey()).append('=').append(cookie.getValue());
                separator = "; ";
            }
            head.append("\r\n");
        }
        if (body != null && body.length > 0) {
            if (contentType != null && headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("content-type"))) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuf buffer = Unpooled.directBuffer(headBytes.length + (body == null ? 0 : body.length));
        buffer.writeBytes(headBytes);
        if (body != null) {
            buffer.writeBytes(body);
        }
        return new RequestTemplate(Unpooled.unreleasableBuffer(buffer.asReadOnly()), method.equals("HEAD"));
    }

    /** Bytes sent as they are, for TCP. */
    public static RequestTemplate raw(byte[] payload) {
        ByteBuf buffer = Unpooled.directBuffer(payload.length);
        buffer.writeBytes(payload);
        return new RequestTemplate(Unpooled.unreleasableBuffer(buffer.asReadOnly()), false);
    }

    /** A view of the encoded request to write; releasing it does not release the template. */
    public ByteBuf duplicate() {
        return bytes.duplicate();
    }

    public int length() {
        return bytes.readableBytes();
    }

    public boolean isHead() {
        return head;
    }
}
