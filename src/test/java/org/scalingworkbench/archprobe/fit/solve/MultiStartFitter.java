package org.scalingworkbench.archprobe.fit.solve;

/** Probe: a computing class of fit.solve, named as the real one. */
public final class MultiStartFitter {
    public org.scalingworkbench.archprobe.fit.ProbeFitResult fit() {
        return new org.scalingworkbench.archprobe.fit.ProbeFitResult(1);
    }
}
