package dev.meshperf.runnernighthawk.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.nighthawk.ExecutionRequest;
import dev.meshperf.contracts.nighthawk.ExecutionResponse;
import dev.meshperf.contracts.nighthawk.MutinyNighthawkServiceGrpc.MutinyNighthawkServiceStub;
import dev.meshperf.contracts.nighthawk.RequestMethod;
import dev.meshperf.contracts.spec.Arrival;
import dev.meshperf.contracts.spec.LoadModelType;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.Protocol;
import dev.meshperf.contracts.validation.Violation;
import dev.meshperf.runner.spi.BlockingLoadRunner;
import dev.meshperf.runner.spi.Cancellation;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runner.spi.RunnerLimits;
import dev.meshperf.runner.spi.ShardRun;

/**
 * The {@code nighthawk} generator: each phase (warm-up, then the measured duration) is one execution on
 * nighthawk_service through {@code NighthawkService/ExecutionStream}. Nighthawk needs a rate (its closed loop at a
 * huge rate collapses, envoyproxy/nighthawk#576), so only the constant model runs; it runs open loop.
 */
public class NighthawkLoadRunner extends BlockingLoadRunner {

    public static final String GENERATOR = "nighthawk";

    private final MutinyNighthawkServiceStub stub;
    private final String host;
    private final int port;
    private final int defaultConcurrency;
    private final Duration grace;

    public NighthawkLoadRunner(MutinyNighthawkServiceStub stub, String host, int port, int defaultConcurrency,
            Duration grace, RunnerLimits limits) {
        super(limits);
        this.stub = stub;
        this.host = host;
        this.port = port;
        this.defaultConcurrency = defaultConcurrency;
        this.grace = grace;
    }

    @Override
    public String generator() {
        return GENERATOR;
    }

    /** Available when nighthawk_service accepts connections. */
    @Override
    protected GeneratorInfo probe() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return new GeneratorInfo(GENERATOR, "nighthawk_service at " + host + ":" + port, true, null,
                    EnumSet.of(Protocol.HTTP1, Protocol.HTTP2, Protocol.H2C), EnumSet.of(LoadModelType.CONSTANT));
        } catch (IOException e) {
            return new GeneratorInfo(GENERATOR, null, false, "nighthawk_service at " + host + ":" + port
                    + " is unreachable (" + e.getMessage() + ")", Set.of(), Set.of());
        }
    }

    @Override
    public List<Violation> unsupported(LoadSpec spec) {
        List<Violation> found = new ArrayList<>(super.unsupported(spec));
        if (spec.load() != null && spec.load().type() == LoadModelType.MAX && describe().available()) {
            found.removeIf(v -> v.field().equals("spec.load.type"));
            found.add(new Violation("spec.load.type", "Nighthawk needs a rate: use the constant model "
                    + "(its closed loop at a huge rate collapses)"));
        }
        if (spec.load() != null && spec.load().arrival() == Arrival.POISSON) {
            found.add(new Violation("spec.load.arrival", "Nighthawk releases requests uniformly"));
        }
        if (spec.endpoints() != null && spec.endpoints().size() > 1) {
            found.add(new Violation("spec.endpoints", "meshperf passes one URI to Nighthawk; give one endpoint"));
        }
        if (spec.body() != null && !spec.body().isEmpty() && spec.contentType() != null
                && !spec.contentType().toLowerCase(java.util.Locale.ROOT).contains("json")) {
            found.add(new Violation("spec.body", "Nighthawk sends a JSON body only (content type "
                    + spec.contentType() + ")"));
        }
        if (NighthawkRequests
                .method(spec.method()) == RequestMethod.METHOD_UNSPECIFIED) {
            found.add(new Violation("spec.method", "Nighthawk does not know the method " + spec.method()));
        }
        if (spec.tls() != null && (spec.tls().caCertificatePem() != null || spec.tls().sni() != null)) {
            found.add(new Violation("spec.tls", "Nighthawk does not validate certificates; only insecure TLS runs"));
        }
        return found;
    }

    @Override
    protected Measurement measure(ShardRun run, Cancellation cancellation) throws InterruptedException {
        WorkerPlan plan = WorkerPlan.of(run, defaultConcurrency);
        if (!run.warmup().isZero()) {
            execute(NighthawkRequests.start(run, plan, run.warmup()), run.warmup(), cancellation);
        }
        Instant start = Instant.now();
        ExecutionResponse response = execute(NighthawkRequests.start(run, plan, run.spec().duration()),
                run.spec().duration(), cancellation);
        return new Measurement(NighthawkResults.toInterval(response.getOutput(), start), true);
    }

    private ExecutionResponse execute(ExecutionRequest request, Duration duration, Cancellation cancellation)
            throws InterruptedException {
        Duration deadline = duration.plus(grace);
        Multi<ExecutionResponse> responses = stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .executionStream(Multi.createFrom().item(request));
        CompletableFuture<ExecutionResponse> first = new CompletableFuture<>();
        Cancellable subscription = responses.subscribe().with(first::complete, first::completeExceptionally,
                () -> first.completeExceptionally(new IllegalStateException("the stream ended without a response")));
        cancellation.onCancel(() -> {
            subscription.cancel();
            first.cancel(true);
        });
        ExecutionResponse response;
        try {
            response = first.get(deadline.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (CancellationException e) {
            throw new RunFailure(FailureCode.CANCELLED, "the test was cancelled");
        } catch (TimeoutException e) {
            subscription.cancel();
            throw tooLate(deadline);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), deadline);
        }
        if (response.hasErrorDetail()) {
            throw new RunFailure(FailureCode.OTHER, "Nighthawk failed the execution: "
                    + response.getErrorDetail().getMessage() + " (code " + response.getErrorDetail().getCode() + ")");
        }
        if (!response.hasOutput()) {
            throw new RunFailure(FailureCode.OTHER, "Nighthawk answered with neither an output nor an error");
        }
        return response;
    }

    private RunFailure failure(Throwable cause, Duration deadline) {
        if (cause instanceof StatusRuntimeException grpc) {
            Status.Code code = grpc.getStatus().getCode();
            if (code == Status.Code.DEADLINE_EXCEEDED) {
                return tooLate(deadline);
            }
            if (code == Status.Code.UNAVAILABLE) {
                return new RunFailure(FailureCode.GENERATOR_UNAVAILABLE, "nighthawk_service at " + host + ":" + port
                        + " is unavailable: " + grpc.getStatus().getDescription());
            }
            return new RunFailure(FailureCode.OTHER, "nighthawk_service answered " + code + ": "
                    + grpc.getStatus().getDescription());
        }
        return new RunFailure(FailureCode.OTHER, "the call to nighthawk_service failed: " + cause.getMessage());
    }

    private static RunFailure tooLate(Duration deadline) {
        return new RunFailure(FailureCode.OTHER, "nighthawk_service did not answer within " + deadline.toSeconds()
                + " s (the duration plus the grace period)");
    }
}
