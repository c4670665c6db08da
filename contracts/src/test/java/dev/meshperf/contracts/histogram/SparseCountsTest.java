package dev.meshperf.contracts.histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.junit.jupiter.api.Test;

class SparseCountsTest {

    private static List<long[]> counts(Histogram h) {
        List<long[]> out = new ArrayList<>();
        for (HistogramIterationValue v : h.recordedValues()) {
            out.add(new long[]{v.getValueIteratedTo(), v.getCountAtValueIteratedTo()});
        }
        return out;
    }

    @Test
    void addingTheSparseCountsEqualsDecodingAndAdding() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Histogram source = HistogramCodec.newHistogram();
            int values = random.nextInt(2000);
            double scale = Math.pow(10, random.nextInt(9));
            for (int i = 0; i < values; i++) {
                source.recordValueWithCount(1 + (long) (Math.abs(random.nextGaussian()) * scale),
                        1 + random.nextInt(random.nextBoolean() ? 3 : 1_000_000));
            }
            String encoded = HistogramCodec.encode(source);

            Histogram viaAdd = HistogramCodec.newHistogram();
            viaAdd.recordValue(7);
            viaAdd.add(HistogramCodec.decode(encoded));
            Histogram viaSparse = HistogramCodec.newHistogram();
            viaSparse.recordValue(7);
            SparseCounts sparse = SparseCounts.decode(encoded);
            sparse.addTo(viaSparse);

            assertThat(sparse.totalCount()).isEqualTo(source.getTotalCount());
            assertThat(counts(viaSparse)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(counts(viaAdd));
            assertThat(viaSparse.getMaxValue()).isEqualTo(viaAdd.getMaxValue());
            assertThat(viaSparse.getMinNonZeroValue()).isEqualTo(viaAdd.getMinNonZeroValue());
        }
    }

    @Test
    void otherLayoutsGoThroughHdrHistogramsDecoder() {
        Histogram twoDigits = new Histogram(1, 3_600_000_000L, 2);
        twoDigits.recordValueWithCount(12_345, 3);
        SparseCounts sparse = SparseCounts.decode(HistogramCodec.encode(twoDigits));
        Histogram target = HistogramCodec.newHistogram();
        sparse.addTo(target);
        assertThat(target.getTotalCount()).isEqualTo(3);
        assertThat(sparse.distinctValues()).isEqualTo(1);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> SparseCounts.decode("bm90IGEgaGlzdG9ncmFt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a compressed HdrHistogram");
        String truncated = HistogramCodec.encode(HistogramCodec.newHistogram()).substring(0, 12);
        assertThatThrownBy(() -> SparseCounts.decode(truncated)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SparseCounts.decode("").totalCount()).isZero();
    }
}
