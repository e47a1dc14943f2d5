package org.scalingworkbench.archprobe.analysis;

/** Probe: analysis reads data and fit results (allowed). */
public final class ProbeAnalysis {
    public double best(org.scalingworkbench.archprobe.data.ProbeSweep sweep) {
        return new org.scalingworkbench.archprobe.fit.solve.MultiStartFitter().fit().value() + sweep.loss().length;
    }
}
