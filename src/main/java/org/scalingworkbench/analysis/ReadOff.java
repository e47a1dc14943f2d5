package org.scalingworkbench.analysis;

import java.util.Optional;
import org.scalingworkbench.fit.Interval;

/**
 * A number read off a fitted law, with its bootstrap percentile interval when a bootstrap was
 * run. The unit is stated by the method that produced it (for a loss: the target's units, nats
 * when the file's loss is in nats; for a scale: the scaling variable's original units).
 *
 * @param quantity what was read off, in words ("irreducible loss Linf", "x at loss 2.0")
 * @param value    the value at the best fit; +Infinity when a target is never reached
 * @param interval the interval from the bootstrap's refits, or null when there was no bootstrap
 */
public record ReadOff(String quantity, double value, Interval interval) {

    /** The interval, if a bootstrap was run. */
    public Optional<Interval> bootstrapInterval() {
        return Optional.ofNullable(interval);
    }

    /** The same number under another description. */
    public ReadOff withQuantity(String description) {
        return new ReadOff(description, value, interval);
    }

    /** This read-off with value and interval divided by ln 2: nats to bits. */
    public ReadOff inBits() {
        double ln2 = Math.log(2);
        Interval bits = interval == null ? null
                : new Interval(interval.lower() / ln2, interval.upper() / ln2, interval.level());
        return new ReadOff(quantity + " (bits)", value / ln2, bits);
    }
}
