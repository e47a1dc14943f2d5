package org.scalingworkbench.archprobe.analysis.frontier;

/** Probe: a frontier approach, named as the real one. */
public final class IsoFlopFrontier {
    public double estimate() {
        return 0.5;
    }
}
