package org.scalingworkbench.archprobe.cli;

/** Probe breaking "heads never call computing classes": a command running a frontier approach. */
public final class RunsFrontier {
    public double frontier() {
        return new org.scalingworkbench.archprobe.analysis.frontier.IsoFlopFrontier().estimate();
    }
}
