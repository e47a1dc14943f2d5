package org.scalingworkbench.archprobe.fit;

/** Probe: the fit half of the data -> fit -> data cycle. */
public final class CycleWithData {
    public org.scalingworkbench.archprobe.data.CycleWithFit partner() {
        return null;
    }
}
