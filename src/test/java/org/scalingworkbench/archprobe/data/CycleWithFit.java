package org.scalingworkbench.archprobe.data;

/** Probe breaking "top packages are free of cycles": data -> fit -> data. */
public final class CycleWithFit {
    public org.scalingworkbench.archprobe.fit.CycleWithData partner() {
        return null;
    }
}
