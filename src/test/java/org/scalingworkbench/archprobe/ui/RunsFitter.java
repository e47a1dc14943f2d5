package org.scalingworkbench.archprobe.ui;

/** Probe breaking "heads never call computing classes": a view running the multi-start fitter. */
public final class RunsFitter {
    public double fit() {
        return new org.scalingworkbench.archprobe.fit.solve.MultiStartFitter().fit().value();
    }
}
