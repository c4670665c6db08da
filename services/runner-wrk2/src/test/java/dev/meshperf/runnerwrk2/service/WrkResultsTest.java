package dev.meshperf.runnerwrk2.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.meshperf.contracts.events.Counters;
import dev.meshperf.runner.spi.IntervalData;
import dev.meshperf.runner.spi.RunFailure;
import dev.meshperf.runnerwrk2.domain.WrkReport;

class WrkResultsTest {

    private static final String OUTPUT = """
            Running 2s test @ http://127.0.0.1:8080/
              1 threads and 2 connections
            MESHPERF-RESULT {"durationMicros":2000000,"requests":1000,"bytes":50000,"requestBytes":120,\
            "errors":{"connect":2,"read":1,"write":0,"status":100,"timeout":3},\
            "statusCodes":{"200":900,"503":100},"minMicros":100,"maxMicros":9000,\
            "spectrum":[[50.0000000,500],[90.0000000,800],[99.0000000,2000],[100,9000]]}
            """;

    @Test
    void readsTheResultLine() {
        WrkReport report = WrkResults.parse(OUTPUT);

        assertThat(report.requests()).isEqualTo(1000);
        assertThat(report.errors().timeout()).isEqualTo(3);
        assertThat(report.statusCodes()).containsEntry("503", 100L);
        assertThat(report.spectrum()).hasSize(4);
    }

    @Test
    void mapsCountersAsDocumented() {
        Counters c = WrkResults.counters(WrkResults.parse(OUTPUT));

        assertThat(c.requests()).isEqualTo(1000 + 2 + 1 + 3);
        assertThat(c.errors()).isEqualTo(100 + 2 + 1 + 3);
        assertThat(c.errorsByClass()).containsEntry("connect_refused", 2L).containsEntry("reset", 1L)
                .containsEntry("timeout", 3L);
        assertThat(c.statusCodes()).containsEntry("200", 900L).containsEntry("503", 100L);
        assertThat(c.bytesReceived()).isEqualTo(50000);
        assertThat(c.bytesSent()).isEqualTo(120 * 1000);
    }

    @Test
    void rebuildsLatencyFromTheSpectrum() {
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        IntervalData data = WrkResults.toInterval(WrkResults.parse(OUTPUT), start, false);

        assertThat(data.latency().getTotalCount()).isEqualTo(1000);
        assertThat(data.latency().getValueAtPercentile(50)).isBetween(499L, 501L);
        assertThat(data.latency().getValueAtPercentile(95)).isBetween(1998L, 2002L);
        assertThat(data.latency().getMaxValue()).isBetween(8990L, 9010L);
        assertThat(data.serviceTime().getTotalCount()).as("closed loop: service time is latency").isEqualTo(1000);
        assertThat(data.end()).isEqualTo(start.plusSeconds(2));
    }

    @Test
    void wrk2sTopPercentilesAboveItsMaximumAreTheMaximum() {
        // as wrk2 built from giltene/wrk2 printed it: percentile(99.99999) = 14103 us, its recorded max 14096 us
        String wrk2 = """
                MESHPERF-RESULT {"durationMicros":3000000,"requests":300,"bytes":30000,"requestBytes":90,\
                "errors":{"connect":0,"read":0,"write":0,"status":0,"timeout":0},"statusCodes":{"200":300},\
                "minMicros":350,"maxMicros":14096,\
                "spectrum":[[50.0000000,1323],[99.0000000,9000],[99.9990000,14103],[99.9999900,14103],[100,14096]]}
                """;
        IntervalData data = WrkResults.toInterval(WrkResults.parse(wrk2), Instant.now(), true);

        assertThat(data.latency().getTotalCount()).isEqualTo(300);
        assertThat(data.latency().getMaxValue()).isBetween(14090L, 14110L);
        assertThat(data.latency().getValueAtPercentile(50)).isBetween(1322L, 1324L);
    }

    @Test
    void wrk2HasNoServiceTime() {
        IntervalData data = WrkResults.toInterval(WrkResults.parse(OUTPUT), Instant.now(), true);

        assertThat(data.latency().getTotalCount()).isEqualTo(1000);
        assertThat(data.serviceTime().getTotalCount()).isZero();
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> WrkResults.parse("Segmentation fault\n")).isInstanceOf(RunFailure.class)
                .hasMessageContaining("without a result line").hasMessageContaining("Segmentation fault");
        assertThatThrownBy(() -> WrkResults.parse("MESHPERF-RESULT {\"requests\": tw")).isInstanceOf(RunFailure.class)
                .hasMessageContaining("unreadable result line");
        WrkReport disordered = WrkResults.parse(OUTPUT.replace("[90.0000000,800]", "[90.0000000,80]"));
        assertThatThrownBy(() -> WrkResults.toInterval(disordered, Instant.now(), false))
                .isInstanceOf(RunFailure.class).hasMessageContaining("inconsistent");
    }
}
