package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.zip.CRC32C;

/**
 * The record framing of TensorFlow's TFRecord files (TensorBoard event files are one): each
 * record is an 8-byte little-endian length, the masked CRC-32C of those 8 bytes (4 bytes), the
 * data, and the masked CRC-32C of the data. A mask rotates the CRC right by 15 bits and adds
 * 0xa282ead8.
 *
 * <p>A damaged record is reported by byte offset and the rest of the file is kept: a record whose
 * data fails its CRC is skipped (its length was sound); where the length itself fails its CRC, the
 * reader looks for the next offset at which a whole record checks out and goes on from there; a
 * record cut short at the end of the file is reported as truncated.
 */
final class TfRecordFile {

    private static final int HEADER = 12;
    private static final int FOOTER = 4;

    private final byte[] bytes;
    private final List<String> damage = new ArrayList<>();

    TfRecordFile(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Hands each sound record's data (as a reader of its bytes) and its byte offset to {@code record}, in order. */
    void forEachRecord(ObjIntConsumer<ProtoWire> record) {
        int offset = 0;
        while (offset < bytes.length) {
            if (bytes.length - offset < HEADER) {
                damage.add("truncated record at byte " + offset + " (" + (bytes.length - offset) + " bytes of a header)");
                return;
            }
            long length = littleEndian(offset, 8);
            if (masked(offset, 8) != (int) littleEndian(offset + 8, 4)) {
                int next = nextSoundRecord(offset + 1);
                damage.add("damaged record at byte " + offset + " (length fails its CRC)"
                        + (next < 0 ? "; no sound record after it" : "; reading again at byte " + next));
                if (next < 0) {
                    return;
                }
                offset = next;
                continue;
            }
            if (length > bytes.length - offset - HEADER - FOOTER) {
                damage.add("truncated record at byte " + offset + " (" + length + " bytes announced, "
                        + Math.max(0, bytes.length - offset - HEADER - FOOTER) + " present)");
                return;
            }
            int data = offset + HEADER;
            int end = data + (int) length;
            if (masked(data, (int) length) != (int) littleEndian(end, 4)) {
                damage.add("damaged record at byte " + offset + " (data fails its CRC; record skipped)");
            } else {
                record.accept(new ProtoWire(bytes, data, end), offset);
            }
            offset = end + FOOTER;
        }
    }

    /** What was damaged, one sentence per damaged or truncated record, with its byte offset. */
    List<String> damage() {
        return List.copyOf(damage);
    }

    /** The first offset from {@code from} at which a whole record (both CRCs) checks out; -1 when none. */
    private int nextSoundRecord(int from) {
        for (int o = from; o + HEADER + FOOTER <= bytes.length; o++) {
            long length = littleEndian(o, 8);
            if (masked(o, 8) == (int) littleEndian(o + 8, 4) && length <= bytes.length - o - HEADER - FOOTER
                    && masked(o + HEADER, (int) length) == (int) littleEndian(o + HEADER + (int) length, 4)) {
                return o;
            }
        }
        return -1;
    }

    /** Masked CRC-32C of {@code count} bytes from {@code from}. */
    private int masked(int from, int count) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, count);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + 0xa282ead8;
    }

    private long littleEndian(int from, int width) {
        long value = 0;
        for (int k = width - 1; k >= 0; k--) {
            value = (value << 8) | (bytes[from + k] & 0xffL);
        }
        return value;
    }
}
