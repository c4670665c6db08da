package dev.meshperf.contracts.spec;

/** One request header; a list of them keeps order and allows repeated names. */
public record Header(String name, String value) {
}
