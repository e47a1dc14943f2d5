package org.scalingworkbench.fit.laws;

import java.util.List;
import org.scalingworkbench.fit.LawParameter;

/**
 * A falling, bounded error (error = 1 - score on a benchmark): y = E0 + (Einf - E0) / (1 +
 * exp(-k·(ln x - m))), with {@code E0} the error at small x (1 - chance level, e.g. 0.75 for
 * four-way multiple choice: fix it with {@code --fix E0=0.75}), {@code Einf} the error as x grows
 * without bound (both in the units of y), k &gt; 0 the steepness per unit of ln x and m the ln x
 * (natural log) of the midpoint. The same curve as {@link SigmoidScoreLaw} on 1 - y. Parameters in
 * order: {@code E0}, {@code Einf}, {@code k}, {@code m}.
 */
public final class SigmoidErrorLaw extends LogisticInLnX {

    /** The falling sigmoid with id {@code sigerr}. */
    public SigmoidErrorLaw() {
        super("sigerr", "sigmoid in ln x (falling error)", List.of(
                new LawParameter("E0", 0.0, Double.POSITIVE_INFINITY, 0.5, 1.0),
                new LawParameter("Einf", 0.0, Double.POSITIVE_INFINITY, 0.0, 0.5),
                LawParameter.positive("k", 0.1, 3.0),
                LawParameter.free("m", 0.0, 50.0)));
    }

    /** The highest error seen, and a little above it (not past 1 for errors that are fractions). */
    @Override
    double[] smallXLevels(CurveSummary data) {
        double above = 1.2 * data.maxY();
        return new double[] {data.maxY(), data.maxY() <= 1.0 ? Math.min(1.0, above) : above};
    }

    /** The lowest error seen, and below it (not below 0). */
    @Override
    double[] limits(CurveSummary data) {
        return new double[] {data.minY(), Math.max(0.0, data.minY() - 0.5 * (data.maxY() - data.minY()))};
    }
}
