package dev.meshperf.cli;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's answer to an endpoint method declared to return a {@link Response} (a 201 with its Location, a 204),
 * for {@link GatewayProxy}: status, Location, content type and the body read as a record. The CLI carries no JAX-RS
 * implementation, so this answers from the {@link GatewayClient.Answer} it wraps; links, cookies and dates are not
 * part of the API and are not kept.
 */
final class AnswerResponse extends Response {

    private final GatewayClient.Answer answer;

    AnswerResponse(GatewayClient.Answer answer) {
        this.answer = answer;
    }

    @Override
    public int getStatus() {
        return answer.status();
    }

    @Override
    public StatusType getStatusInfo() {
        Status known = Status.fromStatusCode(answer.status());
        return known != null ? known : new StatusType() {

            @Override
            public int getStatusCode() {
                return answer.status();
            }

            @Override
            public Status.Family getFamily() {
                return Status.Family.familyOf(answer.status());
            }

            @Override
            public String getReasonPhrase() {
                return "HTTP " + answer.status();
            }
        };
    }

    @Override
    public Object getEntity() {
        return answer.body();
    }

    @Override
    public <T> T readEntity(Class<T> type) {
        return type == String.class ? type.cast(answer.body()) : answer.as(type);
    }

    @Override
    public <T> T readEntity(GenericType<T> type) {
        return GatewayClient.read(answer.body(), GatewayClient.API.getTypeFactory().constructType(type.getType()));
    }

    @Override
    public <T> T readEntity(Class<T> type, Annotation[] annotations) {
        return readEntity(type);
    }

    @Override
    public <T> T readEntity(GenericType<T> type, Annotation[] annotations) {
        return readEntity(type);
    }

    @Override
    public boolean hasEntity() {
        return answer.body() != null && !answer.body().isEmpty();
    }

    @Override
    public boolean bufferEntity() {
        return true;
    }

    @Override
    public void close() {
        // the body is a string already
    }

    @Override
    public MediaType getMediaType() {
        String type = answer.contentType();
        if (type == null || !type.contains("/")) {
            return null;
        }
        String[] parts = type.split(";", 2)[0].strip().split("/", 2);
        return new MediaType(parts[0], parts[1]);
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        return answer.body() == null ? -1 : answer.body().length();
    }

    @Override
    public Set<String> getAllowedMethods() {
        return Set.of();
    }

    @Override
    public Map<String, NewCookie> getCookies() {
        return Map.of();
    }

    @Override
    public EntityTag getEntityTag() {
        return null;
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Date getLastModified() {
        return null;
    }

    @Override
    public URI getLocation() {
        return answer.location() == null ? null : URI.create(answer.location());
    }

    @Override
    public Set<Link> getLinks() {
        return Set.of();
    }

    @Override
    public boolean hasLink(String relation) {
        return false;
    }

    @Override
    public Link getLink(String relation) {
        return null;
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        return null;
    }

    @Override
    public MultivaluedMap<String, Object> getMetadata() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        getStringHeaders().forEach((name, values) -> headers.put(name, java.util.List.copyOf(values)));
        return headers;
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (answer.contentType() != null && !answer.contentType().isEmpty()) {
            headers.putSingle("Content-Type", answer.contentType());
        }
        if (answer.location() != null) {
            headers.putSingle("Location", answer.location());
        }
        return headers;
    }

    @Override
    public String getHeaderString(String name) {
        return getStringHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(e -> String.join(",", e.getValue())).orElse(null);
    }
}
