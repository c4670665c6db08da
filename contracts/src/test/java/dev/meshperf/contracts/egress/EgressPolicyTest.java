package dev.meshperf.contracts.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.validation.Violation;

class EgressPolicyTest {

    /** Names resolved as a DNS server would answer them; anything else does not resolve. */
    private static final EgressPolicy.Resolver DNS = host -> {
        Map<String, String> zone = Map.of("rebind.example", "169.254.169.254", "checkout.example", "10.1.2.3",
                "dual.example", "10.1.2.4", "aws6.example", "fd00:ec2::254");
        String a = zone.get(host);
        return a == null ? List.of() : List.of(AddressBlock.literal(a));
    };

    private final EgressPolicy defaults = EgressPolicy.defaults().withResolver(DNS);

    @Test
    void metadataAndLinkLocalAreRefusedByDefaultHoweverWritten() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data?x=", "http://[fe80::1]:8080/",
                "http://[fd00:ec2::254]/", "http://rebind.example/", "http://aws6.example/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://[::ffff:169.254.169.254]/",
                "http://100.100.100.200/", "http://2852039166/", "http://0251.0376.0251.0376/",
                "http://0xa9.254.169.254/", "http://169.254.169.254./")) {
            assertThat(defaults.check(url, "endpoints[0].url")).as(url).get().extracting(Violation::field)
                    .isEqualTo("endpoints[0].url");
        }
        assertThat(defaults.check("http://rebind.example/", "url").orElseThrow().reason())
                .contains("rebind.example (169.254.169.254)").contains("link-local or cloud metadata")
                .contains("meshperf.egress.allow");
    }

    @Test
    void everythingElseIsAllowedByDefault() {
        for (String url : List.of("http://127.0.0.1:8080/", "https://checkout.example/api", "http://[::1]/",
                "http://10.0.0.1/", "grpc://unresolvable.invalid:50051", "tcp://192.168.1.10:9000")) {
            assertThat(defaults.check(url, "url")).as(url).isEmpty();
        }
    }

    @Test
    void theDenyListWinsAndTheAllowListLimits() {
        EgressPolicy policy = EgressPolicy.of(List.of("*.example", "10.0.0.0/8", "169.254.10.0/24"),
                List.of("dual.example", "10.9.0.0/16")).withResolver(DNS);

        assertThat(policy.refusal("checkout.example")).isEmpty();
        assertThat(policy.refusal("10.2.3.4")).isEmpty();
        assertThat(policy.refusal("169.254.10.7")).as("allowed explicitly").isEmpty();
        assertThat(policy.refusal("dual.example")).get().asString().contains("deny-list").contains("dual.example");
        assertThat(policy.refusal("10.9.1.1")).get().asString().contains("deny-list (meshperf.egress.deny: "
                + "10.9.0.0/16)");
        assertThat(policy.refusal("192.168.1.1")).get().asString().contains("not on the egress allow-list");
        assertThat(policy.refusal("169.254.169.254")).get().asString().contains("metadata");
        assertThat(policy.refusal("elsewhere.invalid")).get().asString().contains("does not resolve");
    }

    @Test
    void badEntriesAreNamedAndPermitAllRefusesNothing() {
        assertThatThrownBy(() -> EgressPolicy.of(List.of("10.0.0.0/33"), List.of()))
                .hasMessageContaining("meshperf.egress.allow").hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> EgressPolicy.of(List.of(), List.of("bad host!")))
                .hasMessageContaining("meshperf.egress.deny");
        assertThat(EgressPolicy.permitAll().refusal("169.254.169.254")).isEmpty();
    }

    @Test
    void blocksMatchByPrefix() throws Exception {
        AddressBlock block = AddressBlock.parse("fe80::/10");
        assertThat(block.contains(InetAddress.getByName("febf::1"))).isTrue();
        assertThat(block.contains(InetAddress.getByName("fec0::1"))).isFalse();
        assertThat(AddressBlock.parse("169.254.0.0/16").contains(InetAddress.getByName("169.255.0.1"))).isFalse();
        assertThat(AddressBlock.isLiteral("010.0.0.1")).as("octal to inet_aton").isFalse();
    }
}
