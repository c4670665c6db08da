package dev.meshperf.analysis.domain;

import java.io.Serializable;
import java.util.Objects;

/** Key of a series point: the test and the interval number. */
public class SeriesPointId implements Serializable {

    public String testId;
    public long intervalIndex;

    public SeriesPointId() {
    }

    public SeriesPointId(String testId, long intervalIndex) {
        this.testId = testId;
        this.intervalIndex = intervalIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesPointId other && intervalIndex == other.intervalIndex
                && Objects.equals(testId, other.testId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(testId, intervalIndex);
    }
}
