package dev.meshperf.gateway.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's 4xx or 5xx answer to a typed REST client into an {@link UpstreamAnswer}, body and all. */
public class UpstreamAnswerReader implements ResponseExceptionMapper<UpstreamAnswer> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public UpstreamAnswer toThrowable(Response response) {
        return new UpstreamAnswer(Forwarder.copy(response));
    }
}
