#!/usr/bin/env python3
"""Writes the TensorBoard event-file fixtures of TensorBoardReaderTest, by hand from the published
formats, with no TensorFlow or TensorBoard code: the TFRecord framing (uint64 length, masked
CRC-32C of the length, data, masked CRC-32C of the data) and the protocol buffers wire format of
tensorflow/core/util/event.proto, framework/summary.proto and framework/tensor.proto.

Run from this folder: python3 write_event_files.py  (the output is deterministic)."""
import os
import shutil
import struct

# --- CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), bitwise table -------------------------
_TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
    _TABLE.append(c)


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return ((((c >> 15) | (c << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def record(data):
    length = struct.pack("<Q", len(data))
    return length + struct.pack("<I", masked(length)) + data + struct.pack("<I", masked(data))


# --- protocol buffers wire format ------------------------------------------------------------------
def varint(v):
    v &= (1 << 64) - 1
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def key(field, wire):
    return varint(field << 3 | wire)


def f_varint(field, v):
    return key(field, 0) + varint(v)


def f_double(field, v):
    return key(field, 1) + struct.pack("<d", v)


def f_float(field, v):
    return key(field, 5) + struct.pack("<f", v)


def f_bytes(field, b):
    return key(field, 2) + varint(len(b)) + b


def f_text(field, s):
    return f_bytes(field, s.encode("utf-8"))


# Event: wall_time 1 (double), step 2 (int64), file_version 3 (string), summary 5 (Summary)
def event(wall_time, step, summary=None, file_version=None):
    out = f_double(1, wall_time) + f_varint(2, step)
    if file_version is not None:
        out += f_text(3, file_version)
    if summary is not None:
        out += f_bytes(5, summary)
    return out


# Summary: repeated Value value = 1; Value: tag 1, simple_value 2 (float), histo 5, tensor 8, metadata 9
def summary(*values):
    return b"".join(f_bytes(1, v) for v in values)


def simple(tag, v):
    return f_text(1, tag) + f_float(2, v)


def metadata(plugin):
    # SummaryMetadata.plugin_data (1) -> PluginData.plugin_name (1)
    return f_bytes(9, f_bytes(1, f_text(1, plugin)))


DT_FLOAT, DT_DOUBLE, DT_STRING = 1, 2, 7


# TensorProto: dtype 1, tensor_shape 2 (empty = scalar), tensor_content 4, float_val 5, double_val 6, string_val 8
def tensor_value(tag, tensor, plugin=None):
    return f_text(1, tag) + (metadata(plugin) if plugin else b"") + f_bytes(8, tensor)


def float_val_packed(v):
    return f_varint(1, DT_FLOAT) + f_bytes(2, b"") + f_bytes(5, struct.pack("<f", v))


def double_val_packed(v):
    return f_varint(1, DT_DOUBLE) + f_bytes(2, b"") + f_bytes(6, struct.pack("<d", v))


def float_content(v):
    return f_varint(1, DT_FLOAT) + f_bytes(2, b"") + f_bytes(4, struct.pack("<f", v))


def string_tensor(s):
    return f_varint(1, DT_STRING) + f_bytes(2, b"") + f_bytes(8, s.encode("utf-8"))


def histogram(tag):
    # HistogramProto: min 1, max 2, num 3 (doubles)
    return f_text(1, tag) + f_bytes(5, f_double(1, 0.0) + f_double(2, 1.0) + f_double(3, 10.0))


def write(path, records):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        for r in records:
            f.write(r)


def loss(step, lr):
    return round(4.0 / (1 + step * lr) + 1.5, 4)


def main():
    for folder in ("runs", "damaged"):
        shutil.rmtree(folder, ignore_errors=True)
    t0 = 1.7e9
    # run 1: the old form (simple_value), as PyTorch's SummaryWriter.add_scalar writes, plus a histogram
    recs = [record(event(t0, 0, file_version="brain.Event:2"))]
    for step in range(0, 500, 100):
        recs.append(record(event(t0 + step, step, summary(simple("train/loss", loss(step, 0.01)),
                                                           simple("lr", 0.01), histogram("weights")))))
    recs.append(record(event(t0 + 400, 400, summary(simple("eval/loss", loss(400, 0.01) + 0.25)))))
    write("runs/lr-0.01/events.out.tfevents.1700000000.host.101.0", recs)
    # run 2: the tensor form with the scalars plugin (TF2 tf.summary.scalar): float_val, double_val
    # and tensor_content in turn, and a text summary (a string tensor) to be left out
    recs = [record(event(t0, 0, file_version="brain.Event:2"))]
    forms = [float_val_packed, double_val_packed, float_content]
    for k, step in enumerate(range(0, 500, 100)):
        first = step == 0
        recs.append(record(event(t0 + step, step, summary(
            tensor_value("train/loss", forms[k % 3](loss(step, 0.03)), "scalars" if first else None),
            tensor_value("notes", string_tensor("step %d" % step), "text" if first else None)))))
    write("runs/lr-0.03/events.out.tfevents.1700000001.host.102.v2", recs)
    # damaged: five sound records, then the third's data corrupted (one byte), the fifth's length
    # corrupted (the reader must find the sixth), and the file cut inside a seventh
    recs = [record(event(t0 + s, s, summary(simple("train/loss", loss(s, 0.02))))) for s in range(0, 700, 100)]
    data = bytearray()
    offsets = []
    for r in recs:
        offsets.append(len(data))
        data += r
    data[offsets[2] + 12 + 3] ^= 0xFF
    data[offsets[4] + 1] ^= 0x01
    data = data[:offsets[6] + 20]
    write("damaged/events.out.tfevents.1700000002.host.103.0", [bytes(data)])
    print("damaged record offsets:", offsets[2], offsets[4], offsets[6], "file length", len(data))


if __name__ == "__main__":
    main()
