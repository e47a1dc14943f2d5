package org.scalingworkbench.app.plot;

import java.util.Map;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * What the plot draws of a fit: the ranked board, its laws by id and each law's bootstrap by id
 * (a law without one gets no band).
 */
record PlotFits(Leaderboard board, Map<String, ScalingLaw> laws, Map<String, BootstrapResult> bootstraps) {

    PlotFits {
        laws = Map.copyOf(laws);
        bootstraps = Map.copyOf(bootstraps);
    }

    /** The fits of {@code fit}, or null for none (before a fit). */
    static PlotFits of(CurveFit fit) {
        return fit == null ? null : new PlotFits(fit.board(), fit.laws(), fit.bootstraps());
    }
}
