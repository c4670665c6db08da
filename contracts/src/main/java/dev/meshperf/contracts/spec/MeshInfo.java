package dev.meshperf.contracts.spec;

/** The service mesh under test, as the user declared it (for example istio 1.24). */
public record MeshInfo(String name, String version) {
}
