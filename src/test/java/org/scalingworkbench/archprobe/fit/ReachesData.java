package org.scalingworkbench.archprobe.fit;

/** Probe breaking the layers: fit reading a data type (fit and data are side by side). */
public final class ReachesData {
    public int rows(org.scalingworkbench.archprobe.data.ProbeSweep sweep) {
        return sweep.loss().length;
    }
}
