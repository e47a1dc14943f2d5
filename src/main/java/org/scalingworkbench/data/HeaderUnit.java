package org.scalingworkbench.data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a header names, and the factor that takes the column's values to base units:
 * parameters, tokens or examples (counts), FLOPs, and nats per token for a loss.
 * Read from a trailing bracket ({@code Model Size (B)}, {@code FLOPs (1E21)},
 * {@code [GFLOPs]}, {@code Compute (PF-days)}, {@code loss (bits)}) or from a word of the name
 * ({@code throughput/total_gflops}, {@code loss_bits}). A PF-day is 10¹⁵ FLOP/s for a day,
 * 8.64·10¹⁹ FLOPs (Kaplan et al. 2020; Brown et al. 2020). A loss in bits per token becomes nats
 * per token (× ln 2); bits per byte or character is not a per-token loss and is left as written.
 *
 * @param name    the header without its bracketed unit ({@code Model Size}); the header itself
 *                when the unit is a word of it
 * @param written the unit as the header writes it ({@code (B)}, {@code gflops}); empty for none
 * @param factor  base units per unit written (10⁹ for {@code (B)}); 1 when nothing is scaled
 * @param kind    what the unit measures
 * @param meaning the unit in words, for the report ("billions", "GFLOPs")
 */
public record HeaderUnit(String name, String written, double factor, Kind kind, String meaning) {

    /** What a header's unit measures. */
    public enum Kind {
        /** No unit named. */
        NONE,
        /** A multiplier of a count (thousands to trillions, or a power of ten). */
        MULTIPLE,
        /** A unit of training compute (FLOPs or a multiple, PF-days). */
        COMPUTE,
        /** Loss in bits per token. */
        BITS,
        /** Loss in bits per byte or character: named, not converted. */
        BITS_PER_BYTE
    }

    private static final double PF_DAY = 1e15 * 86_400;
    private static final Pattern BRACKET = Pattern.compile("^(.*?)[\\s_]*[(\\[]\\s*([^()\\[\\]]+?)\\s*[)\\]]\\s*$");
    private static final Pattern POWER = Pattern.compile("(?:1e|10\\^|x?10\\*\\*|×10\\^)\\s*\\+?(\\d{1,2})");
    private static final List<Named> WORDS = List.of(
            new Named("b", 1e9, Kind.MULTIPLE, "billions"), new Named("bn", 1e9, Kind.MULTIPLE, "billions"),
            new Named("billions", 1e9, Kind.MULTIPLE, "billions"), new Named("m", 1e6, Kind.MULTIPLE, "millions"),
            new Named("millions", 1e6, Kind.MULTIPLE, "millions"), new Named("k", 1e3, Kind.MULTIPLE, "thousands"),
            new Named("thousands", 1e3, Kind.MULTIPLE, "thousands"), new Named("t", 1e12, Kind.MULTIPLE, "trillions"),
            new Named("trillions", 1e12, Kind.MULTIPLE, "trillions"),
            new Named("flops", 1, Kind.COMPUTE, "FLOPs"), new Named("flop", 1, Kind.COMPUTE, "FLOPs"),
            new Named("gflops", 1e9, Kind.COMPUTE, "GFLOPs"), new Named("tflops", 1e12, Kind.COMPUTE, "TFLOPs"),
            new Named("pflops", 1e15, Kind.COMPUTE, "PFLOPs"), new Named("eflops", 1e18, Kind.COMPUTE, "EFLOPs"),
            new Named("zflops", 1e21, Kind.COMPUTE, "ZFLOPs"),
            new Named("pf_days", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("pf_day", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("pfs_days", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("petaflop_s_days", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("petaflop_days", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("pf_s_days", PF_DAY, Kind.COMPUTE, "PF-days (8.64e19 FLOPs each)"),
            new Named("bits", Math.log(2), Kind.BITS, "bits per token, converted to nats"),
            new Named("bits_per_token", Math.log(2), Kind.BITS, "bits per token, converted to nats"),
            new Named("bpb", 1, Kind.BITS_PER_BYTE, "bits per byte (not a per-token loss; not converted)"),
            new Named("bits_per_byte", 1, Kind.BITS_PER_BYTE, "bits per byte (not a per-token loss; not converted)"),
            new Named("bpc", 1, Kind.BITS_PER_BYTE, "bits per character (not a per-token loss; not converted)"),
            new Named("nats", 1, Kind.NONE, "nats"));
    private static final List<String> RATE_WORDS = List.of("per", "sec", "second", "s", "mfu", "hfu", "util", "rate");

    /** The unit {@code header} names; {@link Kind#NONE} with factor 1 when it names none. */
    public static HeaderUnit of(String header) {
        Matcher m = BRACKET.matcher(header.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            HeaderUnit bracketed = bracketed(m.group(1).strip(), m.group(2));
            if (bracketed != null) {
                return bracketed;
            }
        }
        return fromWords(header);
    }

    /** No unit: the header as it is. */
    static HeaderUnit none(String header) {
        return new HeaderUnit(header, "", 1, Kind.NONE, "");
    }

    /** Whether a unit was read whose factor is not 1 (the values are scaled). */
    public boolean scales() {
        return factor != 1;
    }

    private static HeaderUnit bracketed(String name, String inside) {
        String key = ColumnName.words(inside).key();
        String written = "(" + inside + ")";
        Matcher power = POWER.matcher(inside.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (power.matches()) {
            int exponent = Integer.parseInt(power.group(1));
            return new HeaderUnit(name, written, Math.pow(10, exponent), Kind.MULTIPLE, "units of 1e" + exponent);
        }
        Named unit = find(key);
        if (unit == null && key.endsWith("_tokens")) {
            unit = find(key.substring(0, key.length() - "_tokens".length()));
        }
        return unit == null ? null : new HeaderUnit(name, written, unit.factor, unit.kind, unit.meaning);
    }

    /** A unit that is a word of the name, such as {@code total_gflops} or {@code loss_bits}. */
    private static HeaderUnit fromWords(String header) {
        ColumnName name = ColumnName.words(header);
        boolean days = name.hasWord("days", "day");
        if (!days && (name.hasWord(RATE_WORDS.toArray(String[]::new)) || header.contains("/s")) || header.contains("%")) {
            return none(header);
        }
        for (Named unit : WORDS) {
            boolean word = unit.kind != Kind.MULTIPLE && unit.factor != 1 || unit.kind == Kind.BITS_PER_BYTE
                    || unit.kind == Kind.BITS;
            if (word && (name.key().endsWith(unit.key) && (name.key().length() == unit.key.length()
                    || name.key().charAt(name.key().length() - unit.key.length() - 1) == '_'))) {
                return new HeaderUnit(header, unit.key.replace('_', '-'), unit.factor, unit.kind, unit.meaning);
            }
        }
        return none(header);
    }

    private static Named find(String key) {
        return WORDS.stream().filter(w -> w.key.equals(key)).findFirst().orElse(null);
    }

    private record Named(String key, double factor, Kind kind, String meaning) {
    }
}
