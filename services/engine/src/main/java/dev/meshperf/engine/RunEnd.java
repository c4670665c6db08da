package dev.meshperf.engine;

/**
 * How an engine run ended.
 *
 * @param failureReason
 * why nothing could be measured (for example the target refused every connection); null
 * otherwise
 */
public record RunEnd(boolean cancelled, String failureReason) {
}
