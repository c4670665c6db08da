package dev.meshperf.engine;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * One host and port that connections go to, with the requests sent there in their weighted round-robin order.
 */
public record Target(String host, int port, InetSocketAddress address, boolean tls, List<RequestTemplate> rotation) {

    public RequestTemplate request(long sequence) {
        return rotation.get((int) (sequence % rotation.size()));
    }

    public String authority() {
        return host + ":" + port;
    }
}
