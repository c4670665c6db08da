package dev.meshperf.engine;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;

import javax.net.ssl.SSLException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;

import dev.meshperf.contracts.events.ErrorClass;

/** Maps a failure to the error class reported in samples. */
final class ErrorClassifier {

    private ErrorClassifier() {
    }

    static ErrorClass classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return ErrorClass.TLS;
            }
            if (t instanceof UnknownHostException) {
                return ErrorClass.DNS;
            }
            if (t instanceof ConnectTimeoutException) {
                return ErrorClass.CONNECT_TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return ErrorClass.CONNECT_REFUSED;
            }
            if (t instanceof ClosedChannelException) {
                return ErrorClass.RESET;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (message.contains("reset") || message.contains("broken pipe")) {
                return ErrorClass.RESET;
            }
            if (t instanceof DecoderException || t instanceof IllegalArgumentException) {
                return ErrorClass.PROTOCOL;
            }
        }
        return ErrorClass.OTHER;
    }

    /** A one-line reason for people: the innermost message. */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
