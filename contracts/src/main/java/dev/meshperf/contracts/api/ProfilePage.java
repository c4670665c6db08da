package dev.meshperf.contracts.api;

import java.util.List;

/** A page of profiles; {@code page} counts from 0. */
public record ProfilePage(int page, int size, long totalCount, List<ProfileSummary> profiles) {
}
