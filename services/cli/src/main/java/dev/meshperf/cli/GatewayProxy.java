package dev.meshperf.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A typed client of the gateway on one of the API's endpoint interfaces ({@code dev.meshperf.contracts.api.endpoints}):
 * each call is the request its annotations describe (method, path with its {@code @PathParam}s, {@code @QueryParam}s
 * that are set, the one unannotated parameter as the body: a record as JSON, a string (a YAML file, say) as it is, with
 * the first media type the method consumes), sent through {@link GatewayClient}, so the token,
 * the problem messages and the exit codes are the CLI's. A record comes back as that record; a {@link Response}
 * (201 with Location, 204) as an {@link AnswerResponse}.
 */
public final class GatewayProxy {

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
        String path = base + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Map<String, Object> query = new LinkedHashMap<>();
        Object body = null;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam pathParam = parameters[i].getAnnotation(PathParam.class);
            QueryParam queryParam = parameters[i].getAnnotation(QueryParam.class);
            if (pathParam != null) {
                path = path.replace("{" + pathParam.value() + "}", URLEncoder.encode(String.valueOf(args[i]),
                        StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (queryParam != null) {
                query.put(queryParam.value(), args[i]);
            } else {
                body = args[i];
            }
        }
        String contentType = body == null ? null : consumed(method);
        GatewayClient.Answer answer = gateway.send(httpMethod(method), path + GatewayClient.query(query),
                contentType, body == null ? null : body instanceof String text ? text : json(body));
        if (method.getReturnType() == Response.class) {
            return new AnswerResponse(answer);
        }
        if (method.getReturnType() == void.class) {
            return null;
        }
        return GatewayClient.read(answer.body(), GatewayClient.API.getTypeFactory().constructType(method
                .getGenericReturnType()));
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
