package org.scalingworkbench.app.gap;

import org.scalingworkbench.fit.Interval;

/**
 * Where the gap stops growing. Definition: with G the law fitted to the gap and [lo(x), hi(x)] its
 * 95% bootstrap interval at x, the gap has stopped growing at x when a model ten times larger adds
 * no more to it than its own uncertainty: G(10·x) lies in [lo(x), hi(x)]. The plateau size is the
 * smallest x of the measured range (a grid of {@value #GRID} points even in ln x) from which on
 * this holds at every larger grid point up to the largest measured size x_max. When it fails at
 * x_max itself, the gap still grows at the largest size measured: x_max is reported with
 * {@code stillGrowing}. A gap that is flat or shrinks gives the smallest measured size.
 *
 * @param x            the plateau size, in the scale's units
 * @param gap          G(x), nats per token
 * @param interval     [lo(x), hi(x)], nats per token
 * @param stillGrowing whether the gap still grows beyond its interval per decade at the largest size
 */
public record GapPlateau(double x, double gap, Interval interval, boolean stillGrowing) {

    /** Points of the grid searched. */
    static final int GRID = 200;
    /** The step in size over which growth is compared with the interval: one decade. */
    static final double DECADE = 10;

    /** The plateau of {@code law} between {@code xMin} and {@code xMax}; null without a bootstrap. */
    static GapPlateau of(GapLawFit law, double xMin, double xMax) {
        if (law.bootstrap() == null || law.bootstrap().resamples() == 0) {
            return null;
        }
        double step = (Math.log(xMax) - Math.log(xMin)) / (GRID - 1);
        if (!settledAt(law, xMax)) {
            return new GapPlateau(xMax, law.at(xMax), law.intervalAt(xMax), true);
        }
        double x = xMax;
        for (int i = GRID - 2; i >= 0; i--) {
            double below = Math.exp(Math.log(xMin) + i * step);
            if (!settledAt(law, below)) {
                break;
            }
            x = below;
        }
        return new GapPlateau(x, law.at(x), law.intervalAt(x), false);
    }

    /** Whether G(10·x) lies in the interval of G at x. */
    private static boolean settledAt(GapLawFit law, double x) {
        return law.intervalAt(x).contains(law.at(DECADE * x));
    }
}
