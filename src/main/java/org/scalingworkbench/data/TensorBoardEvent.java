package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The scalars of one TensorBoard {@code Event} message (tensorflow/core/util/event.proto): its
 * {@code step} (field 2) and, from its {@code summary} (field 5), each {@code Summary.Value}
 * (field 1) that holds one number: the old form {@code simple_value} (field 2, a float) or the
 * tensor form (field 8, a {@code TensorProto} with one element in {@code float_val},
 * {@code double_val}, {@code half_val}, {@code int_val}, {@code int64_val} or
 * {@code tensor_content}). Values of other plugins (histograms, images, text) are left out.
 *
 * @param step    the training step
 * @param scalars the scalar values, in the order written
 * @param plugins the plugin named in a value's metadata, by tag, where one was named
 */
record TensorBoardEvent(long step, List<Scalar> scalars, java.util.Map<String, String> plugins) {

    /** One scalar: its tag and value. */
    record Scalar(String tag, double value) {
    }

    private static final int DT_FLOAT = 1;
    private static final int DT_DOUBLE = 2;
    private static final int DT_INT32 = 3;
    private static final int DT_INT64 = 9;
    private static final int DT_HALF = 19;

    /** Decodes an Event message; throws IllegalStateException when it is not well formed. */
    static TensorBoardEvent decode(ProtoWire event) {
        long step = 0;
        List<Scalar> scalars = new ArrayList<>();
        java.util.Map<String, String> plugins = new java.util.LinkedHashMap<>();
        while (event.hasNext()) {
            int field = event.nextField();
            if (field == 2 && event.wireType() == ProtoWire.VARINT) {
                step = event.varint();
            } else if (field == 5 && event.wireType() == ProtoWire.LENGTH_DELIMITED) {
                ProtoWire summary = event.message();
                while (summary.hasNext()) {
                    if (summary.nextField() == 1 && summary.wireType() == ProtoWire.LENGTH_DELIMITED) {
                        value(summary.message(), scalars, plugins);
                    } else {
                        summary.skip();
                    }
                }
            } else {
                event.skip();
            }
        }
        return new TensorBoardEvent(step, scalars, plugins);
    }

    private static void value(ProtoWire value, List<Scalar> scalars, java.util.Map<String, String> plugins) {
        String tag = null;
        String plugin = null;
        double number = Double.NaN;
        boolean present = false;
        while (value.hasNext()) {
            int field = value.nextField();
            if (field == 1 && value.wireType() == ProtoWire.LENGTH_DELIMITED) {
                tag = value.text();
            } else if (field == 2 && value.wireType() == ProtoWire.FIXED32) {
                number = shortest(value.fixed32AsFloat());
                present = true;
            } else if (field == 8 && value.wireType() == ProtoWire.LENGTH_DELIMITED) {
                double[] one = tensorScalar(value.message());
                present = one.length == 1;
                number = present ? one[0] : Double.NaN;
            } else if (field == 9 && value.wireType() == ProtoWire.LENGTH_DELIMITED) {
                plugin = pluginName(value.message());
            } else {
                value.skip();
            }
        }
        if (tag != null && plugin != null) {
            plugins.put(tag, plugin);
        }
        if (tag != null && present) {
            scalars.add(new Scalar(tag, number));
        }
    }

    /** SummaryMetadata.plugin_data (1).plugin_name (1); null when absent. */
    private static String pluginName(ProtoWire metadata) {
        while (metadata.hasNext()) {
            if (metadata.nextField() == 1 && metadata.wireType() == ProtoWire.LENGTH_DELIMITED) {
                ProtoWire pluginData = metadata.message();
                while (pluginData.hasNext()) {
                    if (pluginData.nextField() == 1 && pluginData.wireType() == ProtoWire.LENGTH_DELIMITED) {
                        return pluginData.text();
                    }
                    pluginData.skip();
                }
            } else {
                metadata.skip();
            }
        }
        return null;
    }

    /** The numbers of a numeric TensorProto (all of them; a scalar has one); empty for other types. */
    private static double[] tensorScalar(ProtoWire tensor) {
        int dtype = 0;
        List<Double> values = new ArrayList<>();
        ProtoWire contentWire = null;
        while (tensor.hasNext()) {
            int field = tensor.nextField();
            int type = tensor.wireType();
            switch (field) {
                case 1 -> dtype = (int) tensor.varint();
                case 4 -> contentWire = tensor.message();
                case 5 -> repeated(tensor, type, 4, w -> shortest(Float.intBitsToFloat((int) w)), values);
                case 6 -> repeated(tensor, type, 8, Double::longBitsToDouble, values);
                case 7, 10 -> repeated(tensor, type, 0, w -> (double) w, values);
                case 13 -> repeated(tensor, type, 0, w -> halfToFloat((int) w), values);
                default -> tensor.skip();
            }
        }
        if (contentWire != null && values.isEmpty()) {
            fromContent(contentWire, dtype, values);
        }
        boolean numeric = dtype == DT_FLOAT || dtype == DT_DOUBLE || dtype == DT_INT32 || dtype == DT_INT64 || dtype == DT_HALF;
        return numeric ? values.stream().mapToDouble(Double::doubleValue).toArray() : new double[0];
    }

    /** A repeated scalar field, packed (one length-delimited run) or not (one value per key). */
    private static void repeated(ProtoWire tensor, int type, int width, java.util.function.LongFunction<Double> convert,
            List<Double> values) {
        if (type == ProtoWire.LENGTH_DELIMITED) {
            ProtoWire packed = tensor.message();
            while (packed.hasNext()) {
                values.add(convert.apply(width == 0 ? packed.varint() : packed.nextLittleEndian(width)));
            }
        } else {
            values.add(convert.apply(width == 0 ? tensor.varint() : tensor.nextLittleEndian(width)));
        }
    }

    /** tensor_content: the raw little-endian elements of the dtype. */
    private static void fromContent(ProtoWire content, int dtype, List<Double> values) {
        while (content.hasNext()) {
            switch (dtype) {
                case DT_FLOAT -> values.add(shortest(Float.intBitsToFloat((int) content.nextLittleEndian(4))));
                case DT_DOUBLE -> values.add(Double.longBitsToDouble(content.nextLittleEndian(8)));
                case DT_INT32 -> values.add((double) (int) content.nextLittleEndian(4));
                case DT_INT64 -> values.add((double) content.nextLittleEndian(8));
                case DT_HALF -> values.add(halfToFloat((int) content.nextLittleEndian(2)));
                default -> {
                    return;
                }
            }
        }
    }

    /** A float as the double of its shortest decimal (0.1f as 0.1, not 0.10000000149), as the writer meant it. */
    private static double shortest(float value) {
        return Float.isFinite(value) ? Double.parseDouble(Float.toString(value)) : value;
    }

    /** IEEE 754 half precision (the low 16 bits) as a double. */
    private static double halfToFloat(int bits) {
        int sign = (bits >>> 15) & 1;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        double magnitude = exponent == 0 ? Math.scalb(mantissa, -24)
                : exponent == 31 ? (mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN)
                : Math.scalb(1024 + mantissa, exponent - 25);
        return sign == 1 ? -magnitude : magnitude;
    }
}
