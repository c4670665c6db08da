package dev.meshperf.contracts.histogram;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

/**
 * The histogram encoding every sample uses: HdrHistogram's compressed encoding in base64, values in microseconds, 1 µs
 * to 1 hour at 3 significant digits. Histograms in this form merge exactly with {@link Histogram#add}.
 */
public final class HistogramCodec {

    public static final long LOWEST_US = 1;
    public static final long HIGHEST_US = 3_600_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    private HistogramCodec() {
    }

    public static Histogram newHistogram() {
        return new Histogram(LOWEST_US, HIGHEST_US, SIGNIFICANT_DIGITS);
    }

    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes a histogram; the result can hold values up to 1 hour regardless of the encoded range. */
    public static Histogram decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return newHistogram();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), HIGHEST_US);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not a compressed HdrHistogram in base64: " + e.getMessage(), e);
        }
    }
}
