package dev.meshperf.runnernighthawk.testserver;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.Timestamp;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;

import dev.meshperf.contracts.nighthawk.CommandLineOptions;
import dev.meshperf.contracts.nighthawk.Counter;
import dev.meshperf.contracts.nighthawk.ExecutionRequest;
import dev.meshperf.contracts.nighthawk.ExecutionResponse;
import dev.meshperf.contracts.nighthawk.NighthawkServiceGrpc;
import dev.meshperf.contracts.nighthawk.Output;
import dev.meshperf.contracts.nighthawk.Percentile;
import dev.meshperf.contracts.nighthawk.Result;
import dev.meshperf.contracts.nighthawk.Statistic;
import dev.meshperf.contracts.nighthawk.Status;

/**
 * An in-test gRPC server implementing {@code nighthawk.client.NighthawkService/ExecutionStream} from the proto in
 * contracts: Nighthawk itself cannot run here. Like nighthawk_service it reads StartRequests and answers each with an
 * Output (at once: it sends no load), with one result per worker and a "global" one. It sends no HTTP load: the
 * calls it reports are {@code rps x concurrency x duration}, exactly what Nighthawk's per-worker rule would send, so
 * a test sees whether the runner divided the rate correctly.
 */
public final class InTestNighthawk implements AutoCloseable {

    /** How it answers. */
    public enum Mode {
        NORMAL, ERROR, HANG
    }

    private final Server server;
    private final List<CommandLineOptions> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.NORMAL;

    public InTestNighthawk() throws IOException {
        server = ServerBuilder.forPort(0).addService(new Service()).build().start();
    }

    public int port() {
        return server.getPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<CommandLineOptions> received() {
        return received;
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private final class Service extends NighthawkServiceGrpc.NighthawkServiceImplBase {

        @Override
        public StreamObserver<ExecutionRequest> executionStream(StreamObserver<ExecutionResponse> responses) {
            return new StreamObserver<>() {

                @Override
                public void onNext(ExecutionRequest request) {
                    CommandLineOptions options = request.getStartRequest().getOptions();
                    received.add(options);
                    if (mode == Mode.HANG) {
                        return;
                    }
                    responses.onNext(mode == Mode.ERROR
                            ? ExecutionResponse.newBuilder().setErrorDetail(Status.newBuilder().setCode(3)
                                    .setMessage("Unknown failure. See Nighthawk Service logs")).build()
                            : ExecutionResponse.newBuilder().setOutput(output(options)).build());
                }

                @Override
                public void onError(Throwable t) {
                    // the client went away
                }

                @Override
                public void onCompleted() {
                    if (mode != Mode.HANG) {
                        responses.onCompleted();
                    }
                }
            };
        }
    }

    static Output output(CommandLineOptions options) {
        int workers = Integer.parseInt(options.getConcurrency().getValue());
        long perWorker = options.getRequestsPerSecond().getValue() * options.getDuration().getSeconds();
        Output.Builder output = Output.newBuilder().setOptions(options);
        for (int w = 0; w < workers; w++) {
            output.addResults(result("worker_" + w, perWorker));
        }
        return output.addResults(result("global", perWorker * workers)).build();
    }

    private static Result result(String name, long calls) {
        long now = System.currentTimeMillis() / 1000;
        return Result.newBuilder().setName(name)
                .setExecutionStart(Timestamp.newBuilder().setSeconds(now - 1))
                .setExecutionDuration(com.google.protobuf.Duration.newBuilder().setSeconds(1))
                .addStatistics(stat("sequencer.callback", calls, 400_000, 900_000, 2_000_000))
                .addStatistics(stat("benchmark_http_client.request_to_response", calls, 300_000, 800_000, 1_900_000))
                .addCounters(Counter.newBuilder().setName("benchmark.http_2xx").setValue(calls))
                .addCounters(Counter.newBuilder().setName("upstream_cx_rx_bytes_total").setValue(calls * 100))
                .build();
    }

    /** A statistic as Nighthawk exports it: percentiles with their cumulative counts, durations in nanoseconds. */
    private static Statistic stat(String id, long count, long p50Nanos, long p99Nanos, long maxNanos) {
        return Statistic.newBuilder().setId(id).setCount(count)
                .addPercentiles(percentile(0.5, count / 2, p50Nanos))
                .addPercentiles(percentile(0.99, count * 99 / 100, p99Nanos))
                .addPercentiles(percentile(1.0, count, maxNanos))
                .setMax(com.google.protobuf.Duration.newBuilder().setNanos((int) maxNanos)).build();
    }

    private static Percentile percentile(double p, long count, long nanos) {
        return Percentile.newBuilder().setPercentile(p).setCount(count)
                .setDuration(com.google.protobuf.Duration.newBuilder().setNanos((int) nanos)).build();
    }
}
