package org.scalingworkbench.data;

/**
 * A reader of the protocol buffers wire format over a slice of bytes: each field is a key (field
 * number × 8 + wire type, a varint) followed by a varint (type 0), 8 little-endian bytes (type 1),
 * a length-delimited run of bytes (type 2) or 4 little-endian bytes (type 5). Only what the
 * TensorBoard event messages use; groups (types 3 and 4) are refused.
 */
final class ProtoWire {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private int position;
    private final int end;
    private int wireType;

    ProtoWire(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    /** Whether another field follows. */
    boolean hasNext() {
        return position < end;
    }

    /** Reads the next key and returns its field number; {@link #wireType()} then says how its value is written. */
    int nextField() {
        long key = varint();
        wireType = (int) (key & 7);
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH_DELIMITED && wireType != FIXED32) {
            throw new IllegalStateException("unsupported wire type " + wireType);
        }
        return (int) (key >>> 3);
    }

    int wireType() {
        return wireType;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = bytes[take(1)];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint longer than 10 bytes");
    }

    double fixed64AsDouble() {
        return Double.longBitsToDouble(littleEndian(8));
    }

    float fixed32AsFloat() {
        return Float.intBitsToFloat((int) littleEndian(4));
    }

    /** The value of a length-delimited field, as a reader of its bytes. */
    ProtoWire message() {
        int length = (int) varint();
        int from = position;
        take(length);
        return new ProtoWire(bytes, from, from + length);
    }

    /** The value of a length-delimited field as UTF-8 text. */
    String text() {
        ProtoWire m = message();
        return new String(bytes, m.position, m.end - m.position, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The remaining bytes of this slice, little-endian, {@code width} bytes at a time. */
    long nextLittleEndian(int width) {
        return littleEndian(width);
    }

    /** Skips the value of the field just read. */
    void skip() {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> take(8);
            case FIXED32 -> take(4);
            default -> take((int) varint());
        }
    }

    private long littleEndian(int width) {
        int from = take(width);
        long value = 0;
        for (int k = width - 1; k >= 0; k--) {
            value = (value << 8) | (bytes[from + k] & 0xffL);
        }
        return value;
    }

    /** Advances by {@code count} bytes and returns where they start. */
    private int take(int count) {
        if (count < 0 || count > end - position) {
            throw new IllegalStateException("field runs past the end of its message");
        }
        int from = position;
        position += count;
        return from;
    }
}
