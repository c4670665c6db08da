package dev.meshperf.metrics.service.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths in words: {@code mtls.mode} is "mTLS mode", {@code http[0].retries.attempts} "retry attempts of
 * http[0]". A path without words stays as it is.
 */
final class Words {

    private static final Map<String, String> SUFFIXES = new LinkedHashMap<>();

    static {
        SUFFIXES.put("mtls.mode", "mTLS mode");
        SUFFIXES.put("tls.mode", "client TLS mode");
        SUFFIXES.put("retries.attempts", "retry attempts");
        SUFFIXES.put("retries.perTryTimeout", "per-try timeout");
        SUFFIXES.put("retries.retryOn", "retry on");
        SUFFIXES.put("retry.attempts", "retry attempts");
        SUFFIXES.put("retry.backoff", "retry backoff");
        SUFFIXES.put("retry.codes", "retried status codes");
        SUFFIXES.put("retryBudget.retryRatio", "retry budget ratio");
        SUFFIXES.put("retryBudget.minRetriesPerSecond", "retry budget minimum per second");
        SUFFIXES.put("retryBudget.ttl", "retry budget window");
        SUFFIXES.put("timeouts.request", "request timeout");
        SUFFIXES.put("timeouts.backendRequest", "backend request timeout");
        SUFFIXES.put("isRetryable", "retryable");
        SUFFIXES.put("timeout", "timeout");
        SUFFIXES.put("connectionPool.tcp.maxConnections", "max connections");
        SUFFIXES.put("connectionPool.tcp.connectTimeout", "connect timeout");
        SUFFIXES.put("connectionPool.http.http1MaxPendingRequests", "max pending requests");
        SUFFIXES.put("connectionPool.http.http2MaxRequests", "max requests");
        SUFFIXES.put("connectionPool.http.maxRequestsPerConnection", "max requests per connection");
        SUFFIXES.put("connectionPool.http.maxRetries", "max concurrent retries");
        SUFFIXES.put("outlierDetection.consecutive5xxErrors", "outlier ejection after consecutive 5xx");
        SUFFIXES.put("outlierDetection.consecutiveGatewayErrors", "outlier ejection after consecutive gateway errors");
        SUFFIXES.put("outlierDetection.interval", "outlier detection interval");
        SUFFIXES.put("outlierDetection.baseEjectionTime", "ejection time");
        SUFFIXES.put("outlierDetection.maxEjectionPercent", "max ejected %");
        SUFFIXES.put("loadBalancer.simple", "load balancing");
        SUFFIXES.put("fault.delay.fixedDelay", "injected delay");
        SUFFIXES.put("fault.delay.percentage.value", "delayed requests %");
        SUFFIXES.put("fault.abort.httpStatus", "injected abort status");
        SUFFIXES.put("fault.abort.percentage.value", "aborted requests %");
        SUFFIXES.put("minReplicas", "min replicas");
        SUFFIXES.put("maxReplicas", "max replicas");
        SUFFIXES.put("proxyProtocol", "proxy protocol");
        SUFFIXES.put("accessPolicy", "default access policy");
        SUFFIXES.put("outboundTrafficPolicy.mode", "outbound traffic policy");
    }

    private static final Pattern PORT_MTLS = Pattern.compile("portLevelMtls\\.(\\w+)\\.mode");

    private Words() {
    }

    static String label(String field) {
        Matcher port = PORT_MTLS.matcher(field);
        if (port.matches()) {
            return "mTLS mode on port " + port.group(1);
        }
        for (Map.Entry<String, String> e : SUFFIXES.entrySet()) {
            String suffix = e.getKey();
            if (field.equals(suffix)) {
                return e.getValue();
            }
            if (field.endsWith("." + suffix)) {
                String prefix = field.substring(0, field.length() - suffix.length() - 1);
                return prefix.contains("[") ? e.getValue() + " of " + prefix : e.getValue();
            }
        }
        return field;
    }
}
