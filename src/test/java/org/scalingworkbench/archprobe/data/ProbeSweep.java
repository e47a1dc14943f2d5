package org.scalingworkbench.archprobe.data;

/** Probe: a data value, depends on nothing. */
public record ProbeSweep(double[] loss) {
}
