package dev.meshperf.contracts.histogram;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

/**
 * The histogram encoding every sample uses: HdrHistogram's compressed encoding in base64, values in microseconds from
 * 1 µs at 3 significant digits. Histograms auto-resize: they cover whatever range was recorded (an hour and more), but
 * are only as large as the values they hold, so encoding, decoding and merging many small interval histograms stays
 * cheap. They merge exactly with {@link Histogram#add}.
 */
public final class HistogramCodec {

    public static final long LOWEST_US = 1;
    /** One hour: the longest latency the contract promises to keep (auto-resizing histograms keep more). */
    public static final long HIGHEST_US = 3_600_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    private HistogramCodec() {
    }

    /** An empty auto-resizing histogram, 1 µs resolution at 3 significant digits. */
    public static Histogram newHistogram() {
        Histogram histogram = new Histogram(LOWEST_US, 2, SIGNIFICANT_DIGITS);
        histogram.setAutoResize(true);
        return histogram;
    }

    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes a histogram, sized to the values it holds; it grows when more are recorded or added. */
    public static Histogram decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return newHistogram();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            Histogram histogram = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            histogram.setAutoResize(true);
            return histogram;
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not a compressed HdrHistogram in base64: " + e.getMessage(), e);
        }
    }
}
