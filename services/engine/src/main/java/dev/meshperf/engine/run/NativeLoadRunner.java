package dev.meshperf.engine.run;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.Failure;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.EventValidator;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.engine.EngineRun;
import dev.meshperf.engine.EngineSettings;
import dev.meshperf.engine.LoadEngine;
import dev.meshperf.engine.Target;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.LoadRunner;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunHandle;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.SampleSink;
import dev.meshperf.runner.spi.Samples;
import dev.meshperf.runner.spi.ShardRun;

/** The {@code native} generator: meshperf's own engine behind the runner SPI. */
public final class NativeLoadRunner implements LoadRunner {

    public static final String GENERATOR = "native";
    public static final String VERSION = "0.1.0";

    private final LoadEngine engine;
    private final RunnerLimits limits;

    public NativeLoadRunner(LoadEngine engine, RunnerLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    @Override
    public String generator() {
        return GENERATOR;
    }

    @Override
    public GeneratorInfo describe() {
        return new GeneratorInfo(GENERATOR, VERSION + " (" + engine.transport() + ", " + engine.eventLoops()
                + " event loops)", true, null, EnumSet.allOf(Protocol.class),
                EnumSet.allOf(LoadModelType.class));
    }

    /** The field of the first endpoint on this host, for a refusal to name. */
    private static String endpointField(ShardRun run, String host) {
        List<dev.meshperf.contracts.spec.Endpoint> endpoints = run.spec().endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            if (host.equalsIgnoreCase(java.net.URI.create(endpoints.get(i).url()).getHost())) {
                return "spec.endpoints[" + i + "].url";
            }
        }
        return "spec.endpoints";
    }

    @Override
    public RunHandle start(ShardRun run, SampleSink sink) {
        List<Violation> violations = EventValidator.validate(run.request());
        if (!violations.isEmpty()) {
            throw new RunFailure(FailureCode.INVALID_SPEC, EventValidator.describe(violations));
        }
        limits.check(run.spec());
        EngineSettings settings = SettingsMapper.map(run);
        // connections go to the address resolved here, never to a second lookup: that address is what is checked
        for (Target target : settings.targets()) {
            limits.checkAddress(target.host(), target.address().getAddress(), endpointField(run, target.host()));
        }
        Samples samples = new Samples(run, GENERATOR);
        AtomicReference<IntervalData> last = new AtomicReference<>();
        EngineRun engineRun = engine.start(settings, (data, isLast) -> {
            if (isLast) {
                last.set(data);
            } else {
                sink.accept(samples.interval(data, false, false));
            }
        });
        CompletableFuture<Void> completion = engineRun.done().thenAccept(end -> {
            if (end.failureReason() != null) {
                sink.accept(samples.failure(new Failure(FailureCode.TARGET_UNREACHABLE, end.failureReason()), null));
            } else if (end.cancelled()) {
                sink.accept(samples.failure(new Failure(FailureCode.CANCELLED, "cancelled"), last.get()));
            } else {
                sink.accept(samples.interval(last.get(), true, false));
            }
        });
        return new RunHandle() {

            @Override
            public void cancel() {
                engineRun.cancel();
            }

            @Override
            public CompletableFuture<Void> completion() {
                return completion;
            }
        };
    }
}
