package dev.meshperf.echo.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.junit.QuarkusTest;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;

/** The echo target over real HTTP and gRPC. */
@QuarkusTest
class EchoTargetTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void knobsShapeTheAnswer() {
        given().get("/echo?status=503").then().statusCode(503);
        given().get("/echo/anything?size=1000").then().statusCode(200).body(equalTo("x".repeat(1000)));
        given().body("ping").contentType("text/plain").post("/echo").then().statusCode(200).body(equalTo("ping"));
        given().get("/echo?status=418:100,500:0").then().statusCode(418);

        long start = System.nanoTime();
        given().get("/echo?delay=300ms").then().statusCode(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void badKnobsAreNamed() {
        given().get("/echo?status=99").then().statusCode(400).body(containsString("status"));
        given().get("/echo?delay=soon").then().statusCode(400).body(containsString("delay"));
        given().get("/echo?size=-1").then().statusCode(400).body(containsString("size"));
        given().get("/echo?status=500:150").then().statusCode(400).body(containsString("percentage"));
    }

    @Test
    void grpcHealthAnswersOnTheHttpPort() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            HealthCheckResponse answer = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.getDefaultInstance());
            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
