package org.scalingworkbench.analysis;

import java.util.Locale;

/** Which way a metric goes as the scaling variable grows: a loss or error falls, a score rises. */
public enum MetricDirection {

    /** Higher is better and grows with scale (accuracy, pass@k, win rate). */
    RISING,

    /** Lower is better and shrinks with scale (loss, perplexity, error rate). */
    FALLING;

    /** The word used in output: "rises" or "falls". */
    public String verb() {
        return this == RISING ? "rises" : "falls";
    }

    /**
     * The direction named by {@code text}: rising (or up, score) or falling (or down, loss).
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    public static MetricDirection parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "rising", "rise", "up", "score" -> RISING;
            case "falling", "fall", "down", "loss" -> FALLING;
            default -> throw new IllegalArgumentException("direction '" + text + "' is not rising or falling");
        };
    }
}
