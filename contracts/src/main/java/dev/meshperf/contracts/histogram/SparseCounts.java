package dev.meshperf.contracts.histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The non-zero counts of an encoded histogram, read straight from HdrHistogram's compressed V2 encoding without
 * building a histogram: an interval histogram holds a few hundred distinct values, while a decoded one allocates and
 * an {@code add} scans thousands of slots. Adding these counts to a histogram gives exactly what decoding and
 * {@link AbstractHistogram#add} give. Encodings meshperf does not write itself (other precision, a normalizing
 * offset, older formats) go through HdrHistogram's own decoder.
 */
public final class SparseCounts {

    private static final int COMPRESSED_V2 = 0x1c849304;
    private static final int V2 = 0x1c849303;
    private static final int HEADER_BYTES = 40;
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);
    /** The layout of meshperf's histograms: 1 µs, 3 significant digits (2048 sub-buckets, half of them 1024). */
    private static final int HALF_MAGNITUDE = 10;
    private static final int HALF_COUNT = 1 << HALF_MAGNITUDE;

    private long[] values;
    private long[] counts;
    private int size;
    private long total;

    private SparseCounts(int capacity) {
        values = new long[capacity];
        counts = new long[capacity];
    }

    /** Reads {@code base64}; throws {@link IllegalArgumentException} when it is not a histogram encoding. */
    public static SparseCounts decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return new SparseCounts(0);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (bytes.length < 8 || (buffer.getInt() & ~0xf0) != COMPRESSED_V2) {
                return viaHistogram(base64);
            }
            int compressedLength = buffer.getInt();
            if (compressedLength < 0 || compressedLength > bytes.length - 8) {
                throw new IllegalArgumentException("the compressed length " + compressedLength + " exceeds the data");
            }
            Inflater inflater = INFLATER.get();
            inflater.reset();
            inflater.setInput(bytes, 8, compressedLength);
            byte[] header = inflate(inflater, HEADER_BYTES);
            ByteBuffer h = ByteBuffer.wrap(header);
            int cookie = h.getInt();
            int payloadLength = h.getInt();
            int normalizingIndexOffset = h.getInt();
            int digits = h.getInt();
            long lowest = h.getLong();
            if ((cookie & ~0xf0) != V2 || normalizingIndexOffset != 0 || digits != HistogramCodec.SIGNIFICANT_DIGITS
                    || lowest != HistogramCodec.LOWEST_US) {
                return viaHistogram(base64);
            }
            if (payloadLength < 0 || payloadLength > 64 * 1024 * 1024) {
                throw new IllegalArgumentException("payload length " + payloadLength + " is not plausible");
            }
            return fromPayload(inflate(inflater, payloadLength));
        } catch (DataFormatException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null
                    && e.getMessage().startsWith("not a compressed HdrHistogram")) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("not a compressed HdrHistogram in base64: " + e.getMessage(), e);
        }
    }

    /**
     * Adds every count to {@code target}, highest value first, so that an auto-resizing target grows at most once.
     */
    public void addTo(AbstractHistogram target) {
        for (int i = size - 1; i >= 0; i--) {
            target.recordValueWithCount(values[i], counts[i]);
        }
    }

    public long totalCount() {
        return total;
    }

    public int distinctValues() {
        return size;
    }

    /** Two passes over the payload: one to count the non-zero slots, so that the arrays are allocated once. */
    private static SparseCounts fromPayload(byte[] payload) {
        int nonZero = 0;
        ByteBuffer p = ByteBuffer.wrap(payload);
        while (p.hasRemaining()) {
            if (zigZagLong(p) > 0) {
                nonZero++;
            }
        }
        SparseCounts out = new SparseCounts(nonZero);
        p.rewind();
        long index = 0;
        while (p.hasRemaining()) {
            long word = zigZagLong(p);
            if (word < 0) {
                index -= word;
            } else {
                if (word > 0) {
                    out.add(valueAt(index), word);
                }
                index++;
            }
        }
        return out;
    }

    /** HdrHistogram's index-to-value mapping for meshperf's layout (unit magnitude 0). */
    private static long valueAt(long index) {
        long bucket = (index >> HALF_MAGNITUDE) - 1;
        long subBucket = (index & (HALF_COUNT - 1)) + HALF_COUNT;
        if (bucket < 0) {
            subBucket -= HALF_COUNT;
            bucket = 0;
        }
        if (bucket > 50) {
            throw new IllegalArgumentException("a count at index " + index + " is beyond any trackable value");
        }
        return subBucket << bucket;
    }

    /** A ZigZag-encoded LEB128 long of at most nine bytes, as HdrHistogram writes them. */
    private static long zigZagLong(ByteBuffer p) {
        long value = 0;
        int shift = 0;
        for (int i = 0; i < 8; i++) {
            int b = p.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (value >>> 1) ^ -(value & 1);
            }
            shift += 7;
        }
        value |= (long) (p.get() & 0xff) << 56;
        return (value >>> 1) ^ -(value & 1);
    }

    private static byte[] inflate(Inflater inflater, int length) throws DataFormatException {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            int n = inflater.inflate(out, done, length - done);
            if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                throw new IllegalArgumentException("the data ends after " + done + " of " + length + " bytes");
            }
            done += n;
        }
        return out;
    }

    private static SparseCounts viaHistogram(String base64) {
        Histogram h = HistogramCodec.decode(base64);
        SparseCounts out = new SparseCounts(64);
        for (HistogramIterationValue v : h.recordedValues()) {
            out.add(v.getValueIteratedTo(), v.getCountAtValueIteratedTo());
        }
        return out;
    }

    private void add(long value, long count) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(16, size * 2));
            counts = Arrays.copyOf(counts, values.length);
        }
        values[size] = value;
        counts[size] = count;
        size++;
        total += count;
    }
}
