package dev.meshperf.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A typed client of the gateway on one of the API's endpoint interfaces ({@code dev.meshperf.contracts.api.endpoints}):
 * each call is the request its annotations describe (method, path with its {@code @PathParam}s, {@code @QueryParam}s
 * that are set ({@code @DefaultValue} for one left null), a {@code Content-Type} {@code @HeaderParam}, the one
 * unannotated parameter as the body: a record as JSON, text or bytes (a YAML file, say) as they are, with the first
 * media type the method consumes), sent through {@link GatewayClient}, so the token,
 * the problem messages and the exit codes are the CLI's. A record comes back as that record; a {@link Response}
 * (201 with Location, 204) as an {@link AnswerResponse}.
 */
public final class GatewayProxy {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private GatewayProxy() {
    }

    public static <T> T of(GatewayClient gateway, Class<T> endpoints) {
        String base = endpoints.isAnnotationPresent(Path.class) ? endpoints.getAnnotation(Path.class).value() : "";
        return endpoints.cast(Proxy.newProxyInstance(endpoints.getClassLoader(), new Class<?>[]{endpoints},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "GatewayProxy(" + endpoints.getSimpleName() + ")";
                        };
                    }
                    return call(gateway, base, method, args == null ? new Object[0] : args);
                }));
    }

    private static Object call(GatewayClient gateway, String base, Method method, Object[] args) {
        String template = base + (method.isAnnotationPresent(Path.class)
                ? method.getAnnotation(Path.class).value()
                : "");
        Map<String, String> pathValues = new HashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        String contentType = null;
        Object body = null;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object value = args[i] != null || !parameters[i].isAnnotationPresent(DefaultValue.class)
                    ? args[i]
                    : parameters[i].getAnnotation(DefaultValue.class).value();
            PathParam pathParam = parameters[i].getAnnotation(PathParam.class);
            QueryParam queryParam = parameters[i].getAnnotation(QueryParam.class);
            HeaderParam headerParam = parameters[i].getAnnotation(HeaderParam.class);
            if (pathParam != null) {
                pathValues.put(pathParam.value(), URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            } else if (queryParam != null) {
                query.put(queryParam.value(), value);
            } else if (headerParam != null) {
                if (!headerParam.value().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    throw new UnsupportedOperationException(method + ": only a Content-Type header is sent");
                }
                contentType = value == null ? null : value.toString();
            } else {
                body = value;
            }
        }
        Matcher names = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(path, Matcher.quoteReplacement(pathValues.getOrDefault(names.group(1), "")));
        }
        names.appendTail(path);
        if (body != null && contentType == null) {
            contentType = consumed(method);
        }
        GatewayClient.Answer answer = gateway.send(httpMethod(method), path + GatewayClient.query(query),
                contentType, body == null ? null : text(body));
        if (method.getReturnType() == Response.class) {
            return new AnswerResponse(answer);
        }
        if (method.getReturnType() == void.class) {
            return null;
        }
        return GatewayClient.read(answer.body(), GatewayClient.API.getTypeFactory().constructType(method
                .getGenericReturnType()));
    }

    /** A body as it travels: text and bytes (a YAML file, a board model) as they are, a record as JSON. */
    private static String text(Object body) {
        if (body instanceof String text) {
            return text;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return json(body);
    }

    private static String json(Object body) {
        try {
            return GatewayClient.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new CliException("cannot write the request: " + e.getOriginalMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        throw new IllegalArgumentException(method + " has no HTTP method annotation");
    }

    private static String consumed(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes == null || consumes.value().length == 0 ? "application/json" : consumes.value()[0];
    }
}
