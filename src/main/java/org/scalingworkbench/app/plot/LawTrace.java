package org.scalingworkbench.app.plot;

/**
 * A law drawn against the plotted x: its value at x for a parameter vector (law order, reported
 * units), in the target's units. Along a group's path, along the compute-optimal frontier, or
 * simply f(x) for a law of x.
 */
@FunctionalInterface
interface LawTrace {

    double at(double x, double[] parameters);
}
