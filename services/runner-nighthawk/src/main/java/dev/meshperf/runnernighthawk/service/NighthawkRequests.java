package dev.meshperf.runnernighthawk.service;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.google.protobuf.BoolValue;
import com.google.protobuf.StringValue;
import com.google.protobuf.UInt32Value;

import dev.meshperf.contracts.nighthawk.CommandLineOptions;
import dev.meshperf.contracts.nighthawk.ExecutionRequest;
import dev.meshperf.contracts.nighthawk.HeaderValue;
import dev.meshperf.contracts.nighthawk.HeaderValueOption;
import dev.meshperf.contracts.nighthawk.Protocol;
import dev.meshperf.contracts.nighthawk.RequestMethod;
import dev.meshperf.contracts.nighthawk.RequestOptions;
import dev.meshperf.contracts.nighthawk.StartRequest;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.runner.spi.ShardRun;

/**
 * One shard as Nighthawk's {@code CommandLineOptions}: the {@link WorkerPlan} (rps, connections, concurrency), the
 * duration, the URI, HTTP/2 for h2 and h2c (prior knowledge on http://), method, headers (Content-Type and a Cookie
 * header included) and a JSON body, open loop (late requests are dropped and counted, not queued), no default failure
 * predicates (errors are counted, the run goes on, as with every meshperf generator), and the test id as execution id
 * and label.
 */
public final class NighthawkRequests {

    private NighthawkRequests() {
    }

    public static ExecutionRequest start(ShardRun run, WorkerPlan plan, Duration duration) {
        LoadSpec spec = run.spec();
        CommandLineOptions.Builder options = CommandLineOptions.newBuilder()
                .setRequestsPerSecond(UInt32Value.of(plan.rpsPerWorker()))
                .setConnections(UInt32Value.of(plan.connectionsPerWorker()))
                .setConcurrency(StringValue.of(Integer.toString(plan.concurrency())))
                .setDuration(com.google.protobuf.Duration.newBuilder().setSeconds(duration.getSeconds())
                        .setNanos(duration.getNano()))
                .setUri(StringValue.of(spec.endpoints().get(0).url()))
                .setOpenLoop(BoolValue.of(true))
                .setNoDefaultFailurePredicates(BoolValue.of(true))
                .setExecutionId(StringValue.of(run.testId() + "/" + run.shard().index()))
                .addLabels("meshperf").addLabels(run.testId())
                .setRequestOptions(requestOptions(spec));
        if (spec.protocol() == dev.meshperf.contracts.spec.Protocol.HTTP2
                || spec.protocol() == dev.meshperf.contracts.spec.Protocol.H2C) {
            options.setProtocol(Protocol.newBuilder().setValue(Protocol.ProtocolOptions.HTTP2));
        }
        return ExecutionRequest.newBuilder().setStartRequest(StartRequest.newBuilder().setOptions(options)).build();
    }

    private static RequestOptions requestOptions(LoadSpec spec) {
        RequestOptions.Builder request = RequestOptions.newBuilder()
                .setRequestMethod(method(spec.method()));
        if (spec.headers() != null) {
            spec.headers().forEach(h -> request.addRequestHeaders(header(h.name(), h.value())));
        }
        if (spec.contentType() != null && !spec.contentType().isBlank()) {
            request.addRequestHeaders(header("content-type", spec.contentType()));
        }
        if (spec.cookies() != null && !spec.cookies().isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            for (Map.Entry<String, String> c : spec.cookies().entrySet()) {
                cookie.append(cookie.isEmpty() ? "" : "; ").append(c.getKey()).append('=').append(c.getValue());
            }
            request.addRequestHeaders(header("cookie", cookie.toString()));
        }
        if (spec.body() != null && !spec.body().isEmpty()) {
            request.setJsonBody(spec.body());
        }
        return request.build();
    }

    static RequestMethod method(String method) {
        if (method == null || method.isBlank()) {
            return RequestMethod.GET;
        }
        try {
            return RequestMethod.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return RequestMethod.METHOD_UNSPECIFIED;
        }
    }

    private static HeaderValueOption header(String name, String value) {
        return HeaderValueOption.newBuilder().setHeader(HeaderValue.newBuilder().setKey(name).setValue(value))
                .build();
    }
}
