package org.scalingworkbench.app.gap;

/**
 * How many tokens one example (an image, a caption, a document) has, to turn a gap in nats per
 * token into nats per example: a count given by the user, or a column of the data read once (it
 * must hold one value), or neither (the gap is reported per token only).
 *
 * @param count  tokens per example given, or NaN
 * @param column the column holding tokens per example, or null
 */
public record TokensPerExample(double count, String column) {

    /** No conversion: per token only. */
    public static final TokensPerExample NONE = new TokensPerExample(Double.NaN, null);

    public TokensPerExample {
        if (!Double.isNaN(count) && column != null) {
            throw new IllegalArgumentException("give tokens per example as a count or as a column, not both");
        }
        if (!Double.isNaN(count) && !(count > 0 && Double.isFinite(count))) {
            throw new IllegalArgumentException("tokens per example must be a positive number, got " + count);
        }
    }

    /** {@code k} tokens per example. */
    public static TokensPerExample given(double k) {
        return new TokensPerExample(k, null);
    }

    /** Tokens per example read from {@code column}. */
    public static TokensPerExample fromColumn(String column) {
        return new TokensPerExample(Double.NaN, column);
    }
}
