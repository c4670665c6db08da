package dev.meshperf.engine.testserver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.ServerCalls;

/**
 * A real gRPC server (grpc-java) on loopback with the standard health service ({@code grpc.health.v1.Health/Check})
 * and two raw-bytes methods: {@code meshperf.test.Echo/Echo} returns its request, {@code meshperf.test.Echo/Fail}
 * answers UNAVAILABLE.
 */
public final class GrpcServer implements AutoCloseable {

    public static final String ECHO = "meshperf.test.Echo/Echo";
    public static final String FAIL = "meshperf.test.Echo/Fail";

    private final Server server;
    private final AtomicLong echoed = new AtomicLong();

    public GrpcServer() throws IOException {
        ServerServiceDefinition echo = ServerServiceDefinition.builder("meshperf.test.Echo")
                .addMethod(method(ECHO), ServerCalls.asyncUnaryCall((request, response) -> {
                    echoed.incrementAndGet();
                    response.onNext(request);
                    response.onCompleted();
                }))
                .addMethod(method(FAIL), ServerCalls.<byte[], byte[]>asyncUnaryCall(
                        (request, response) -> response.onError(Status.UNAVAILABLE.asRuntimeException())))
                .build();
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new HealthStatusManager().getHealthService())
                .addService(echo)
                .build()
                .start();
    }

    public String url() {
        return "grpc://127.0.0.1:" + server.getPort();
    }

    public long echoed() {
        return echoed.get();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private static MethodDescriptor<byte[], byte[]> method(String fullName) {
        return MethodDescriptor.<byte[], byte[]>newBuilder().setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullName).setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
