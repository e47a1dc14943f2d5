package org.scalingworkbench.app.fit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The reasons a curve is not fitted ({@link RefusedCurve}) that the fit and backtest use cases
 * share, and the one-line message of a request none of whose curves could be fitted.
 */
public final class CurveRefusals {

    /** How many refused curves the message of a request that fitted none names before "and n more". */
    private static final int NAMED = 3;

    private CurveRefusals() {
    }

    /**
     * Why {@code fitted} points are too few for every law of {@code laws} (a law of k parameters
     * needs at least k + 1, as the leaderboard asks), or empty when some law can be fitted; a law
     * that cannot gets a failed entry on the curve's board instead. Empty without laws.
     */
    public static Optional<String> tooFewPoints(int fitted, Collection<? extends ScalingLaw> laws) {
        Optional<? extends ScalingLaw> fewest = laws.stream().min(Comparator.comparingInt(ScalingLaw::parameterCount));
        if (fewest.isEmpty() || fitted > fewest.get().parameterCount()) {
            return Optional.empty();
        }
        ScalingLaw smallest = fewest.get();
        int k = smallest.parameterCount();
        return Optional.of(fitted + (fitted == 1 ? " point" : " points") + " to fit, too few for any law: "
                + smallest.id() + " has " + k + " parameters and needs at least " + (k + 1));
    }

    /**
     * The one-line message of a request none of whose curves could be fitted: the reason prefixed
     * by the curve's name for a request of one curve (no curve key), else the source and each
     * curve with its points and reason (the reason once when all agree).
     *
     * @param refused every curve of the request, at least one
     */
    public static String noneFitted(String source, boolean keyed, List<RefusedCurve> refused) {
        if (!keyed) {
            return refused.get(0).name() + ": " + refused.get(0).reason();
        }
        String what = source + (refused.size() == 1 ? ": no curve" : ": none of the " + refused.size() + " curves")
                + " could be fitted: ";
        if (refused.size() > 1 && refused.stream().map(RefusedCurve::reason).distinct().count() == 1) {
            return what + refused.get(0).reason();
        }
        String named = refused.stream().limit(NAMED).map(CurveRefusals::describe).collect(Collectors.joining("; "));
        return what + named + (refused.size() > NAMED ? "; and " + (refused.size() - NAMED) + " more" : "");
    }

    /** "NAME (n points): reason", as the heads list a refused curve. */
    public static String describe(RefusedCurve c) {
        return c.name() + " (" + c.points() + (c.points() == 1 ? " point" : " points") + "): " + c.reason();
    }
}
