package org.scalingworkbench.cli;

import org.scalingworkbench.analysis.HoldOutSplit;
import picocli.CommandLine.Option;

/** {@code --holdout}: the points not fitted but scored as extrapolation, parsed by {@link HoldOutSplit#parse}. A picocli mixin. */
final class HoldOutOptions {

    @Option(names = "--holdout", paramLabel = "SPLIT",
            description = "Points not fitted but scored: none; top:K (the K largest runs, a run's points together); last:K"
                    + " (each curve's K points of largest x); upto:F%% (each curve fitted on x up to F%% of its own largest x,"
                    + " the rest held out; upto:0.25 is upto:25%%); x>VALUE (x above VALUE, in x's units); column:NAME (the"
                    + " column marks each row: 1/true/train fitted, 0/false/heldout held out); runs:A,B (the runs named)"
                    + " (default: none). With --group-by, a curve the hold-out leaves nothing to fit or holds nothing out of is listed as not fitted.")
    String split;

    /** Whether a hold-out was given. */
    boolean isGiven() {
        return split != null;
    }

    /** The hold-out; none when not given. */
    HoldOutSplit split() {
        return split == null ? HoldOutSplit.NONE : HoldOutSplit.parse(split);
    }
}
