package dev.meshperf.scheduler.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** The profile service's answer of 4xx or 5xx to a call of {@link ProfileRunsClient}, with its problem body. */
public class ProfileRefusal extends RuntimeException {

    private final int status;
    private final String body;

    public ProfileRefusal(int status, String body) {
        super("the profile service answered " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    /** Turns the answer into the exception, body and all. */
    public static class Reader implements ResponseExceptionMapper<ProfileRefusal> {

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public ProfileRefusal toThrowable(Response response) {
            return new ProfileRefusal(response.getStatus(), response.hasEntity()
                    ? response.readEntity(String.class)
                    : "");
        }
    }
}
