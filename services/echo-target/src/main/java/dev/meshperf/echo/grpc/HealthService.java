package dev.meshperf.echo.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;

/**
 * The standard {@code grpc.health.v1.Health/Check}, always SERVING: the gRPC method meshperf's gRPC load targets by
 * default. (Quarkus only starts its gRPC server, and its own health service, when the application has a service.)
 */
@GrpcService
public class HealthService extends HealthGrpc.HealthImplBase {

    private static final HealthCheckResponse SERVING = HealthCheckResponse.newBuilder()
            .setStatus(HealthCheckResponse.ServingStatus.SERVING).build();

    @Override
    public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
        response.onNext(SERVING);
        response.onCompleted();
    }
}
