package dev.meshperf.analysis.service;

/** A test to store: its merged state, and whether its deadline ended it. */
record Finish(TestAggregate aggregate, boolean deadlinePassed) {
}
