package org.scalingworkbench.data;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * One immutable column of a {@link Sweep}: a name, a kind, a role with the reason it was given,
 * and the cells, stored column-wise in a primitive {@code double[]} (NaN = missing) or a
 * {@code String[]} (null = missing). Numbers are in base units (N in parameters, D in tokens or
 * examples, C in FLOPs, a loss in nats) where the header named a unit ({@link #scale()}), else as
 * the source file writes them.
 */
public final class Column {

    private final String name;
    private final ColumnRole role;
    private final String roleReason;
    private final String derivation;
    private final int sourcePosition;
    private final double[] numbers;
    private final String[] texts;
    private final int length;
    private final double[] raw;
    private final ColumnScale scale;

    private Column(String name, ColumnRole role, String roleReason, String derivation,
            int sourcePosition, double[] numbers, String[] texts, int length) {
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.roleReason = Objects.requireNonNull(roleReason, "roleReason");
        this.derivation = derivation;
        this.sourcePosition = sourcePosition;
        this.numbers = numbers;
        this.texts = texts;
        this.length = length;
        this.raw = null;
        this.scale = ColumnScale.NONE;
        if (role.requiresNumbers() && numbers == null) {
            throw new IllegalArgumentException("column " + name + " holds text; role " + role + " needs numbers");
        }
    }

    /** A numeric column read from the source; the array is copied. */
    public static Column numeric(String name, ColumnRole role, String roleReason, double[] values) {
        return new Column(name, role, roleReason, null, 0, values.clone(), null, values.length);
    }

    /** A text column read from the source; the array is copied. */
    public static Column text(String name, ColumnRole role, String roleReason, String[] values) {
        return new Column(name, role, roleReason, null, 0, null, values.clone(), values.length);
    }

    /** Takes ownership of the first {@code length} cells of {@code values} (no copy): for readers. */
    static Column ownedNumeric(String name, int sourcePosition, double[] values, int length) {
        return new Column(name, ColumnRole.OTHER, "not guessed yet", null, sourcePosition, values, null, length);
    }

    /** Takes ownership of the first {@code length} cells of {@code values} (no copy): for readers. */
    static Column ownedText(String name, int sourcePosition, String[] values, int length) {
        return new Column(name, ColumnRole.OTHER, "not guessed yet", null, sourcePosition, null, values, length);
    }

    /** A column computed from others, e.g. C = 6·N·D; takes ownership of {@code values}. */
    static Column derived(String name, ColumnRole role, String derivation, double[] values) {
        return new Column(name, role, "derived: " + derivation, derivation, 0, values, null, values.length);
    }

    /** A text column computed from others or from where rows came from; takes ownership of {@code values}. */
    static Column derivedText(String name, ColumnRole role, String derivation, String[] values) {
        return new Column(name, role, "derived: " + derivation, derivation, 0, null, values, values.length);
    }

    /** A copy of {@code from} with another role, numbers and scale (the rest kept). */
    private Column(Column from, ColumnRole role, String roleReason, double[] numbers, double[] raw, ColumnScale scale) {
        this.name = from.name;
        this.role = Objects.requireNonNull(role, "role");
        this.roleReason = Objects.requireNonNull(roleReason, "roleReason");
        this.derivation = from.derivation;
        this.sourcePosition = from.sourcePosition;
        this.numbers = numbers;
        this.texts = from.texts;
        this.length = from.length;
        this.raw = raw;
        this.scale = scale;
    }

    /** A copy of this column in another role, with the reason shown to the user. */
    public Column withRole(ColumnRole newRole, String reason) {
        if (newRole.requiresNumbers() && numbers == null) {
            throw new IllegalArgumentException("column \"" + name + "\" holds text, so it cannot be "
                    + newRole.symbol() + " (which needs numbers)");
        }
        return new Column(this, newRole, reason, numbers, raw, scale);
    }

    /**
     * A copy whose numbers are the values as read times {@code newScale}'s factor (a factor of 1
     * gives the values as read back). Fails on a text column.
     */
    public Column withScale(ColumnScale newScale) {
        if (numbers == null) {
            throw new IllegalArgumentException("column \"" + name + "\" holds text, so it cannot be scaled");
        }
        double[] read = raw != null ? raw : numbers;
        if (!newScale.scales()) {
            return new Column(this, role, roleReason, read, null, newScale);
        }
        double[] scaled = new double[length];
        for (int i = 0; i < length; i++) {
            scaled[i] = read[i] * newScale.factor();
        }
        return new Column(this, role, roleReason, scaled, read, newScale);
    }

    /** The unit the values were read in and the factor they were multiplied by ({@link ColumnScale#NONE} for none). */
    public ColumnScale scale() {
        return scale;
    }

    public String name() {
        return name;
    }

    public ColumnRole role() {
        return role;
    }

    /** Why the column has its role, in a few words for the user ("named like a parameter count"). */
    public String roleReason() {
        return roleReason;
    }

    public ColumnKind kind() {
        return numbers != null ? ColumnKind.NUMERIC : ColumnKind.TEXT;
    }

    public boolean isNumeric() {
        return numbers != null;
    }

    /** Whether the column was computed by the importer (not read), e.g. C = 6·N·D. */
    public boolean isDerived() {
        return derivation != null;
    }

    /** The formula of a derived column, such as "C = 6·N·D"; empty for read columns. */
    public String derivation() {
        return derivation == null ? "" : derivation;
    }

    /** 1-based position of the column in the source file; 0 when derived or unknown. */
    public int sourcePosition() {
        return sourcePosition;
    }

    public int size() {
        return length;
    }

    /** The number in {@code row} (0-based); NaN when missing. Fails on a text column. */
    public double number(int row) {
        if (row >= length) {
            throw new IndexOutOfBoundsException("row " + row + " of " + length);
        }
        if (numbers == null) {
            throw new IllegalStateException("column \"" + name + "\" holds text");
        }
        return numbers[row];
    }

    /** A copy of all numbers (NaN = missing). Fails on a text column. */
    public double[] numbers() {
        if (numbers == null) {
            throw new IllegalStateException("column \"" + name + "\" holds text");
        }
        return Arrays.copyOf(numbers, length);
    }

    /**
     * A read-only view of the numbers without copying (NaN = missing), for callers that scan a
     * large column, such as a plot of a million points. Fails on a text column.
     */
    public DoubleBuffer numberView() {
        if (numbers == null) {
            throw new IllegalStateException("column \"" + name + "\" holds text");
        }
        return DoubleBuffer.wrap(numbers, 0, length).slice().asReadOnlyBuffer();
    }

    /** The cell as text: the string of a text column, the shortest decimal of a number; null if missing. */
    public String text(int row) {
        if (row >= length) {
            throw new IndexOutOfBoundsException("row " + row + " of " + length);
        }
        if (texts != null) {
            return texts[row];
        }
        double v = numbers[row];
        return Double.isNaN(v) ? null : NumberFormatting.plain(v);
    }

    public boolean isMissing(int row) {
        return numbers != null ? Double.isNaN(numbers[row]) : texts[row] == null;
    }

    /** Number of non-missing cells. */
    public int presentCount() {
        int n = 0;
        for (int i = 0, size = size(); i < size; i++) {
            if (!isMissing(i)) {
                n++;
            }
        }
        return n;
    }

    /** Smallest non-missing number; NaN if none or text. */
    public double min() {
        return numbers == null ? Double.NaN : Arrays.stream(numbers, 0, length).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    /** Largest non-missing number; NaN if none or text. */
    public double max() {
        return numbers == null ? Double.NaN : Arrays.stream(numbers, 0, length).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    /** Mixes the cell in {@code row} into a 64-bit row hash (for duplicate detection). */
    long hashInto(long h, int row) {
        long cell = numbers != null ? Double.doubleToLongBits(numbers[row]) : Objects.hashCode(texts[row]);
        return (h ^ cell) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    @Override
    public String toString() {
        return name + " [" + kind().name().toLowerCase() + ", " + role.symbol() + "]";
    }
}
