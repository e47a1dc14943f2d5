package org.scalingworkbench.fit.laws;

import java.util.List;
import org.scalingworkbench.fit.LawParameter;

/**
 * A rising, bounded score (accuracy on a benchmark against compute): y = floor + (ceil - floor) /
 * (1 + exp(-k·(ln x - m))), with {@code floor} the score at small x (chance level, e.g. 0.25 for
 * four-way multiple choice: fix it with {@code --fix floor=0.25}), {@code ceil} the score as x
 * grows without bound (both in the units of y, a fraction or a percent), k &gt; 0 the steepness per
 * unit of ln x and m the ln x (natural log) of the midpoint. Parameters in order: {@code floor},
 * {@code ceil}, {@code k}, {@code m}.
 */
public final class SigmoidScoreLaw extends LogisticInLnX {

    /** The rising sigmoid with id {@code sig}. */
    public SigmoidScoreLaw() {
        super("sig", "sigmoid in ln x (rising score)", List.of(
                new LawParameter("floor", 0.0, Double.POSITIVE_INFINITY, 0.0, 0.5),
                new LawParameter("ceil", 0.0, Double.POSITIVE_INFINITY, 0.5, 1.0),
                LawParameter.positive("k", 0.1, 3.0),
                LawParameter.free("m", 0.0, 50.0)));
    }

    /** The lowest score seen, and a little below it. */
    @Override
    double[] smallXLevels(CurveSummary data) {
        return new double[] {data.minY(), 0.8 * data.minY()};
    }

    /** The highest score seen, and beyond it (not past 1 for scores that are fractions). */
    @Override
    double[] limits(CurveSummary data) {
        double beyond = data.maxY() + 0.5 * (data.maxY() - data.minY());
        return new double[] {data.maxY(), data.maxY() <= 1.0 ? Math.min(1.0, beyond) : beyond};
    }
}
