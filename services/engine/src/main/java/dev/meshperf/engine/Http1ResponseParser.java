package dev.meshperf.engine;

import io.netty.buffer.ByteBuf;

/**
 * An HTTP/1.1 response parser that allocates nothing per response: it reads the status code and the three headers
 * that frame a response (Content-Length, Transfer-Encoding, Connection) and skips everything else, body included.
 * Bytes may arrive in any split; state carries over between calls. Not thread-safe: one per connection.
 */
final class Http1ResponseParser implements ResponseFramer {

    private enum State {
        STATUS_LINE, HEADER_LINE, BODY_FIXED, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILER_LINE, BODY_UNTIL_CLOSE
    }

    private static final int MAX_LINE = 16 * 1024;

    private final byte[] line = new byte[MAX_LINE];
    private int lineLength;
    private State state = State.STATUS_LINE;
    private int status;
    private boolean http10;
    private boolean keepAlive;
    private boolean closeHeader;
    private boolean keepAliveHeader;
    private boolean chunked;
    private long contentLength;
    private long remaining;
    private boolean noBody;

    @Override
    public void parse(ByteBuf in, Listener listener) throws MalformedResponse {
        while (in.isReadable()) {
            switch (state) {
                case STATUS_LINE, HEADER_LINE, CHUNK_SIZE, CHUNK_DATA_END, TRAILER_LINE -> {
                    if (!readLine(in)) {
                        return;
                    }
                    onLine(listener);
                }
                case BODY_FIXED, CHUNK_DATA -> {
                    int skip = (int) Math.min(remaining, in.readableBytes());
                    in.skipBytes(skip);
                    remaining -= skip;
                    if (remaining == 0) {
                        if (state == State.BODY_FIXED) {
                            complete(listener);
                        } else {
                            state = State.CHUNK_DATA_END;
                        }
                    }
                }
                case BODY_UNTIL_CLOSE -> in.skipBytes(in.readableBytes());
            }
        }
    }

    @Override
    public boolean closed(Listener listener) {
        if (state == State.BODY_UNTIL_CLOSE) {
            keepAlive = false;
            complete(listener);
            return true;
        }
        return false;
    }

    /** True between the first byte of a response and its end. */
    boolean inResponse() {
        return state != State.STATUS_LINE || lineLength > 0;
    }

    private boolean readLine(ByteBuf in) throws MalformedResponse {
        int start = in.readerIndex();
        int end = in.writerIndex();
        int lf = in.indexOf(start, end, (byte) '\n');
        int stop = lf < 0 ? end : lf;
        int length = stop - start;
        if (lineLength + length > MAX_LINE) {
            throw new MalformedResponse("a header line is longer than " + MAX_LINE + " bytes");
        }
        in.getBytes(start, line, lineLength, length);
        lineLength += length;
        in.readerIndex(lf < 0 ? end : lf + 1);
        if (lf < 0) {
            return false;
        }
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        return true;
    }

    private void onLine(Listener listener) throws MalformedResponse {
        int length = lineLength;
        lineLength = 0;
        switch (state) {
            case STATUS_LINE -> statusLine(length);
            case HEADER_LINE -> {
                if (length == 0) {
                    endOfHeaders(listener.nextIsHead(), listener);
                } else {
                    header(length);
                }
            }
            case CHUNK_SIZE -> {
                remaining = chunkSize(length);
                state = remaining == 0 ? State.TRAILER_LINE : State.CHUNK_DATA;
            }
            case CHUNK_DATA_END -> {
                if (length != 0) {
                    throw new MalformedResponse("chunk data is not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILER_LINE -> {
                if (length == 0) {
                    complete(listener);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void statusLine(int length) throws MalformedResponse {
        if (length == 0) {
            return;
        }
        if (length < 12 || line[0] != 'H' || line[1] != 'T' || line[2] != 'T' || line[3] != 'P' || line[4] != '/'
                || line[8] != ' ') {
            throw new MalformedResponse("not an HTTP/1.x status line");
        }
        http10 = line[5] == '1' && line[7] == '0';
        status = digit(line[9]) * 100 + digit(line[10]) * 10 + digit(line[11]);
        chunked = false;
        closeHeader = false;
        keepAliveHeader = false;
        contentLength = -1;
        state = State.HEADER_LINE;
    }

    private static int digit(byte b) throws MalformedResponse {
        if (b < '0' || b > '9') {
            throw new MalformedResponse("the status code is not three digits");
        }
        return b - '0';
    }

    private void header(int length) throws MalformedResponse {
        int colon = 0;
        while (colon < length && line[colon] != ':') {
            colon++;
        }
        if (colon == length) {
            throw new MalformedResponse("a header line has no colon");
        }
        int valueStart = colon + 1;
        while (valueStart < length && (line[valueStart] == ' ' || line[valueStart] == '\t')) {
            valueStart++;
        }
        int valueEnd = length;
        while (valueEnd > valueStart && (line[valueEnd - 1] == ' ' || line[valueEnd - 1] == '\t')) {
            valueEnd--;
        }
        if (nameIs(colon, "content-length")) {
            contentLength = number(valueStart, valueEnd);
        } else if (nameIs(colon, "transfer-encoding")) {
            chunked = valueEndsWith(valueStart, valueEnd, "chunked");
        } else if (nameIs(colon, "connection")) {
            closeHeader |= valueContains(valueStart, valueEnd, "close");
            keepAliveHeader |= valueContains(valueStart, valueEnd, "keep-alive");
        }
    }

    private void endOfHeaders(boolean headRequest, Listener listener) {
        keepAlive = http10 ? keepAliveHeader && !closeHeader : !closeHeader;
        if (status >= 100 && status < 200) {
            state = State.STATUS_LINE;
            return;
        }
        noBody = headRequest || status == 204 || status == 304;
        if (noBody || (!chunked && contentLength == 0)) {
            complete(listener);
        } else if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (contentLength > 0) {
            remaining = contentLength;
            state = State.BODY_FIXED;
        } else {
            state = State.BODY_UNTIL_CLOSE;
        }
    }

    private void complete(Listener listener) {
        state = State.STATUS_LINE;
        listener.response(status, keepAlive);
    }

    private long chunkSize(int length) throws MalformedResponse {
        long size = 0;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            int v = Character.digit(b, 16);
            if (v < 0) {
                if (b == ';' || b == ' ') {
                    break;
                }
                throw new MalformedResponse("a chunk size is not hexadecimal");
            }
            size = size * 16 + v;
            if (++digits > 15) {
                throw new MalformedResponse("a chunk size is too large");
            }
        }
        if (digits == 0) {
            throw new MalformedResponse("a chunk size is missing");
        }
        return size;
    }

    private long number(int from, int to) throws MalformedResponse {
        if (from == to || to - from > 18) {
            throw new MalformedResponse("Content-Length is not a number");
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b < '0' || b > '9') {
                throw new MalformedResponse("Content-Length is not a number");
            }
            n = n * 10 + (b - '0');
        }
        return n;
    }

    private boolean nameIs(int length, String lowerCaseName) {
        if (length != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((line[i] | 0x20) != lowerCaseName.charAt(i) && line[i] != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean valueContains(int from, int to, String lowerCaseWord) {
        int n = lowerCaseWord.length();
        for (int i = from; i + n <= to; i++) {
            boolean match = true;
            for (int j = 0; j < n && match; j++) {
                byte b = line[i + j];
                match = (b >= 'A' && b <= 'Z' ? b + 32 : b) == lowerCaseWord.charAt(j);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private boolean valueEndsWith(int from, int to, String lowerCaseWord) {
        int n = lowerCaseWord.length();
        return to - from >= n && valueContains(to - n, to, lowerCaseWord);
    }
}
