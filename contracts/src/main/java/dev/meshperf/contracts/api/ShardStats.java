package dev.meshperf.contracts.api;

/**
 * One shard's part of a run: which runner instance ran it and what it sent, so an uneven split or a slow runner
 * shows.
 *
 * @param failure
 * the reason the shard failed, when it did
 */
public record ShardStats(int shard, String runner, long requests, long errors, long dropped, boolean finished,
        String failure) {
}
