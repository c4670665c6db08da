package dev.meshperf.profile.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

import dev.meshperf.contracts.egress.EgressPolicy;

/**
 * Where load may go ({@code meshperf.egress.*}, shared by every service that checks it): hosts, {@code *.domain}
 * wildcards, addresses and CIDR blocks. Link-local and cloud metadata addresses are refused unless allowed here.
 */
@ConfigMapping(prefix = "meshperf.egress")
public interface EgressConfig {

    /** When set, the only destinations allowed. */
    Optional<List<String>> allow();

    /** Destinations always refused. */
    Optional<List<String>> deny();

    default EgressPolicy policy() {
        return EgressPolicy.of(allow().orElse(List.of()), deny().orElse(List.of()));
    }
}
