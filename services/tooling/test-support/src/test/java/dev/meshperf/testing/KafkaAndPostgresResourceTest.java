package dev.meshperf.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dev.meshperf.contracts.Golden;
import dev.meshperf.contracts.events.TestSample;
import dev.meshperf.contracts.kafka.TestSampleDeserializer;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "probe"))
class KafkaAndPostgresResourceTest {

    @Inject
    ProbeSamples samples;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSampleTravelsThroughTheRealBrokerWithTheContractSerde() {
        TestSample golden = new TestSampleDeserializer().deserialize("t", Golden.TEST_SAMPLES_V1.bytes());

        samples.send(golden);

        await().atMost(Duration.ofSeconds(30)).until(() -> !samples.received().isEmpty());
        assertThat(samples.received()).containsExactly(golden);
    }

    @Test
    void liquibaseMigratedTheRealDatabaseAtStart() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO probe(name, weight) VALUES (?, 7) RETURNING id, weight, created_at")) {
            insert.setString(1, "quarkus-" + System.nanoTime());
            try (ResultSet rs = insert.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt("weight")).isEqualTo(7);
                assertThat(rs.getTimestamp("created_at")).isNotNull();
            }
            assertThat(c.getMetaData().getURL()).contains("/probe");
        }
    }
}
