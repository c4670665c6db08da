package dev.meshperf.runnerfortio.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.spec.Arrival;
import dev.meshperf.contracts.spec.GrpcOptions;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.BlockingLoadRunner;
import dev.meshperf.runner.spi.Cancellation;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;
import dev.meshperf.runnerfortio.domain.FortioResult;

/**
 * The {@code fortio} generator. fortio paces each connection at qps/c and measures from the actual send (no
 * coordinated-omission correction); it has no ramp, no Poisson arrivals and one URL per run. The warm-up, when
 * asked for, is a separate fortio run whose result is dropped.
 */
public class FortioLoadRunner extends BlockingLoadRunner {

    public static final String GENERATOR = "fortio";

    private final FortioTransport transport;
    private final Duration grace;

    public FortioLoadRunner(FortioTransport transport, Duration grace, RunnerLimits limits) {
        super(limits);
        this.transport = transport;
        this.grace = grace;
    }

    @Override
    public String generator() {
        return GENERATOR;
    }

    @Override
    protected GeneratorInfo probe() {
        Optional<String> version = transport.version();
        return version.isPresent()
                ? new GeneratorInfo(GENERATOR, version.get(), true, null,
                        EnumSet.of(Protocol.HTTP1, Protocol.HTTP2, Protocol.H2C, Protocol.GRPC, Protocol.TCP),
                        EnumSet.of(LoadModelType.MAX, LoadModelType.CONSTANT))
                : new GeneratorInfo(GENERATOR, null, false, transport.unavailableReason(), Set.of(), Set.of());
    }

    @Override
    public List<Violation> unsupported(LoadSpec spec) {
        List<Violation> found = new ArrayList<>(super.unsupported(spec));
        if (spec.load() != null && spec.load().arrival() == Arrival.POISSON) {
            found.add(new Violation("spec.load.arrival", "fortio paces requests uniformly; poisson is not available"));
        }
        if (spec.load() != null && spec.load().pipelining() != null && spec.load().pipelining() > 1) {
            found.add(new Violation("spec.load.pipelining", "fortio sends one request at a time per connection"));
        }
        if (spec.endpoints() != null && spec.endpoints().size() > 1) {
            found.add(new Violation("spec.endpoints", "fortio loads one URL per run; give one endpoint"));
        }
        if (spec.grpc() != null && spec.grpc().method() != null
                && !GrpcOptions.HEALTH_CHECK.equals(spec.grpc().method())) {
            found.add(new Violation("spec.grpc.method", "fortio calls " + GrpcOptions.HEALTH_CHECK + " only"));
        }
        if (spec.tls() != null && spec.tls().caCertificatePem() != null) {
            found.add(new Violation("spec.tls.caCertificatePem", "not passed to fortio by meshperf; use insecure or "
                    + "the native runner"));
        }
        if (spec.tls() != null && spec.tls().sni() != null) {
            found.add(new Violation("spec.tls.sni", "fortio sends the URL's host as SNI"));
        }
        return found;
    }

    @Override
    protected Measurement measure(ShardRun run, Cancellation cancellation) {
        if (!run.warmup().isZero()) {
            transport.run(FortioOptions.of(run, run.warmup()), run.warmup().plus(grace), cancellation);
        }
        FortioOptions options = FortioOptions.of(run, run.spec().duration());
        Instant start = Instant.now();
        String json = transport.run(options, run.spec().duration().plus(grace), cancellation);
        FortioResult result = FortioResults.parse(json);
        if (transport instanceof FortioServer server) {
            server.seen(result.version());
        }
        return new Measurement(FortioResults.toInterval(result, start, options.payloadBytes()), true);
    }
}
