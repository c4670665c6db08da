package dev.meshperf.contracts.spec;

/**
 * One TCP exchange: send {@code payloadBase64}, then read {@code responseBytes} bytes or up to and including
 * {@code delimiterBase64}.
 */
public record TcpOptions(String payloadBase64, Integer responseBytes, String delimiterBase64) {
}
