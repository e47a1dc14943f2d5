package org.scalingworkbench.analysis;

/**
 * The units of a metric's values, which decide how read-offs are labelled: nats and bits belong to
 * losses only; a score or an error rate is a fraction (0 to 1) or a percent (0 to 100).
 */
public enum MetricUnits {

    /** A loss in nats (natural log); bits = nats / ln 2. */
    NATS("nats"),

    /** A loss in bits (log base 2, e.g. bits per byte); nats = bits · ln 2. */
    BITS("bits"),

    /** A score or error rate between 0 and 1. */
    FRACTION("fraction"),

    /** A score or error rate between 0 and 100. */
    PERCENT("%"),

    /** Anything else (perplexity, Elo): the metric's own units. */
    OWN("");

    private final String label;

    MetricUnits(String label) {
        this.label = label;
    }

    /** The word after a number ("nats", "%"), empty for the metric's own units. */
    public String label() {
        return label;
    }

    /** Whether the metric is a loss in nats or bits. */
    public boolean isLoss() {
        return this == NATS || this == BITS;
    }
}
