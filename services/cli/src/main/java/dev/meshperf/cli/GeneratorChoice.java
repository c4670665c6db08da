package dev.meshperf.cli;

import picocli.CommandLine.Option;

/** Which load generator runs an ad-hoc test, and over how many runner instances (a picocli mixin). */
final class GeneratorChoice {

    @Option(names = {"-g", "--generator"}, defaultValue = "native", description = "load generator (default native)")
    String generator;

    @Option(names = "--shards", defaultValue = "1", description = "runner instances the load is split over")
    int shards;
}
