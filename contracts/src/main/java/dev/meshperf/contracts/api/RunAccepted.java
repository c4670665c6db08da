package dev.meshperf.contracts.api;

import java.time.Instant;

/**
 * The answer to a run request (HTTP 202): the test id the server issued and where its result will be.
 *
 * @param profileId
 * null for an ad-hoc run
 * @param result
 * the path of the result under the public API, also given as the Location header
 */
public record RunAccepted(
        String testId,
        String profileId,
        Long profileVersion,
        String generator,
        int shards,
        Instant requestedAt,
        Instant startAt,
        String result) {
}
