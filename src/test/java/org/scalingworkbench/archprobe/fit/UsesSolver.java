package org.scalingworkbench.archprobe.fit;

/** Probe breaking "every package is free of cycles": fit -> fit.solve -> fit inside one top package. */
public final class UsesSolver {
    public org.scalingworkbench.archprobe.fit.solve.CallsBack solver() {
        return null;
    }
}
