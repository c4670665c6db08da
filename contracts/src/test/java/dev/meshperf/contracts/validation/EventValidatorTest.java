package dev.meshperf.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.Golden;
import dev.meshperf.contracts.events.ProfileRef;
import dev.meshperf.contracts.events.ShardRef;
import dev.meshperf.contracts.events.TestRequested;
import dev.meshperf.contracts.kafka.TestRequestedDeserializer;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.Header;
import dev.meshperf.contracts.spec.LoadModel;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;

class EventValidatorTest {

    private final TestRequested golden = new TestRequestedDeserializer().deserialize("t",
            Golden.TEST_REQUESTED_V1.bytes());

    @Test
    void theGoldenRequestIsValid() {
        assertThat(EventValidator.validate(golden)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedWithItsReason() {
        LoadSpec spec = new LoadSpec(Protocol.HTTP1, List.of(Endpoint.of("ftp://x"), Endpoint.of("http://")), "GE T",
                List.of(new Header("Bad Header", "v"), new Header("X-Ok", "a\r\nInjected: 1")), Map.of(), null, null,
                new LoadModel(LoadModelType.CONSTANT, 0.0, null, null, null, null, null), -1, 0,
                Duration.ofSeconds(-3), null, Duration.ZERO, null, null, null, null, null);
        TestRequested bad = new TestRequested("t1", null, golden.startAt(), new ShardRef(2, 2), "native", null, spec,
                null, null, null);

        List<String> fields = EventValidator.validate(bad).stream().map(Violation::field).toList();

        assertThat(fields).containsExactlyInAnyOrder("shard.index", "spec.endpoints[0].url",
                "spec.endpoints[1].url", "spec.headers[0].name", "spec.headers[1].value", "spec.connections",
                "spec.threads", "spec.duration", "spec.requestTimeout", "spec.method", "spec.load.rate");
        assertThat(EventValidator.describe(EventValidator.validate(bad)))
                .contains("spec.load.rate: must be greater than 0, was 0.0")
                .contains("spec.endpoints[0].url: scheme 'ftp' does not fit protocol http1");
    }

    @Test
    void stringsLongerThanTheirFieldLimitsAreRefusedNamingTheField() {
        TestRequested tooLong = new TestRequested("t".repeat(FieldLimits.TEST_ID + 1), golden.requestedAt(),
                golden.startAt(), golden.shard(), "g".repeat(FieldLimits.GENERATOR + 1),
                new ProfileRef("p".repeat(FieldLimits.ID + 1), "n".repeat(FieldLimits.PROFILE_NAME + 1), 1),
                golden.spec(), golden.slos(), golden.labels(), golden.scheduleId());
        TestRequested longest = new TestRequested("t".repeat(FieldLimits.TEST_ID), golden.requestedAt(),
                golden.startAt(), golden.shard(), "native", new ProfileRef("p".repeat(FieldLimits.ID),
                        "n".repeat(FieldLimits.PROFILE_NAME), 1),
                golden.spec(), golden.slos(), golden.labels(), golden.scheduleId());

        assertThat(EventValidator.validate(tooLong)).extracting(Violation::field)
                .containsExactlyInAnyOrder("testId", "generator", "profile.id", "profile.name");
        assertThat(EventValidator.describe(EventValidator.validate(tooLong)))
                .contains("profile.name: is 256 characters; at most 255 are allowed");
        assertThat(EventValidator.validate(longest)).isEmpty();
    }

    @Test
    void modelsNeedTheirOwnFields() {
        LoadSpec ramp = withLoad(new LoadModel(LoadModelType.RAMP, null, 10.0, null, null, null, null));
        LoadSpec steps = withLoad(new LoadModel(LoadModelType.STEPS, null, null, null, List.of(), null, null));
        assertThat(LoadSpecValidator.validate(ramp, "spec")).extracting(Violation::field)
                .containsExactly("spec.load.endRate");
        assertThat(LoadSpecValidator.validate(steps, "spec")).extracting(Violation::field)
                .containsExactly("spec.load.steps");
    }

    private LoadSpec withLoad(LoadModel load) {
        LoadSpec s = golden.spec();
        return new LoadSpec(s.protocol(), s.endpoints(), s.method(), s.headers(), s.cookies(), s.body(),
                s.contentType(), load, s.connections(), s.threads(), s.duration(), s.warmup(), s.requestTimeout(),
                s.tls(), s.grpc(), s.tcp(), s.mesh(), s.generatorOptions());
    }
}
