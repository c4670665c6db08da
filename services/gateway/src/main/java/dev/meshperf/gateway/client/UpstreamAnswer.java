package dev.meshperf.gateway.client;

import jakarta.ws.rs.core.Response;

/**
 * A service's answer other than 2xx to a typed call, kept as the gateway will give it to its caller: status, problem
 * body, content type and the headers a client needs ({@link Forwarder#copy}).
 */
public class UpstreamAnswer extends RuntimeException {

    private final transient Response response;

    public UpstreamAnswer(Response response) {
        super("the service answered " + response.getStatus(), null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }

    public int status() {
        return response.getStatus();
    }
}
