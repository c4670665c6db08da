package dev.meshperf.runner.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.egress.AddressBlock;
import dev.meshperf.contracts.egress.EgressPolicy;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

/** What every generator's URLs pass before the generator (wrk, fortio, Nighthawk) is handed them. */
class RunnerLimitsTest {

    private static LoadSpec spec(String... urls) {
        return new LoadSpec(Protocol.HTTP1, java.util.Arrays.stream(urls).map(Endpoint::of).toList(), "GET", null,
                null, null, null, LoadModel.max(), 1, null, Duration.ofSeconds(1), null, null, null, null, null, null,
                null);
    }

    @Test
    void metadataTargetsAreRefusedByDefaultNamingTheEndpoint() {
        EgressPolicy dns = EgressPolicy.defaults().withResolver(host -> host.equals("rebind.example")
                ? List.of(AddressBlock.literal("169.254.169.254"))
                : List.of());
        RunnerLimits limits = new RunnerLimits(1000, 10, Duration.ofMinutes(1), Set.of(), dns);

        assertThatNoException().isThrownBy(() -> limits.check(spec("http://127.0.0.1:8080/")));
        assertThatThrownBy(() -> limits.check(spec("http://127.0.0.1:8080/", "http://rebind.example/")))
                .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.code())
                        .isEqualTo(FailureCode.LIMIT_EXCEEDED))
                .hasMessage("spec.endpoints[1].url: rebind.example (169.254.169.254) is a link-local or cloud "
                        + "metadata address (169.254.0.0/16), refused by default (allow it in meshperf.egress.allow)");
        assertThatThrownBy(() -> new RunnerLimits(1000, 10, Duration.ofMinutes(1), Set.of())
                .check(spec("grpc://[fe80::1]:50051"))).hasMessageStartingWith("spec.endpoints[0].url: ");
    }

    @Test
    void theDenyListAppliesAndACommandLineRunIsUnlimited() {
        RunnerLimits denying = new RunnerLimits(1000, 10, Duration.ofMinutes(1), Set.of(),
                EgressPolicy.of(List.of(), List.of("10.0.0.0/8")));
        assertThatThrownBy(() -> denying.check(spec("tcp://10.1.2.3:9000"))).hasMessageContaining("deny-list");
        assertThatThrownBy(() -> denying.checkAddress("db.internal", AddressBlock.literal("10.9.9.9"),
                "spec.endpoints[0].url")).hasMessageStartingWith("spec.endpoints[0].url: db.internal (10.9.9.9)");
        assertThatNoException().isThrownBy(() -> RunnerLimits.unlimited().check(spec("http://169.254.169.254/")));
    }
}
