package org.scalingworkbench.app.frontier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.IsoFlopProfiles;

/** STUB (dropped at merge): the frontier's own options, beside the fit request. */
public record FrontierOptions(Set<FrontierApproach> approaches, double budget, int cells, double toleranceLn, double windowLn,
        List<String> runKeys) {

    public FrontierOptions {
        approaches = java.util.Collections.unmodifiableSet(approaches.isEmpty() ? EnumSet.noneOf(FrontierApproach.class)
                : EnumSet.copyOf(approaches));
        runKeys = List.copyOf(runKeys);
    }

    public static FrontierOptions defaults() {
        return new FrontierOptions(EnumSet.allOf(FrontierApproach.class), Double.NaN, EnvelopeFrontier.DEFAULT_CELLS,
                IsoFlopProfiles.DEFAULT_TOLERANCE, Double.POSITIVE_INFINITY, List.of());
    }
}
