package dev.meshperf.gateway.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.meshperf.gateway.client.UpstreamAnswer;

/** A service's refusal of a typed call reaches the caller as the service gave it (its problem JSON unchanged). */
public class UpstreamAnswerMapper {

    @ServerExceptionMapper
    public Response upstream(UpstreamAnswer answer) {
        return answer.response();
    }
}
