package org.scalingworkbench.archprobe.fit.solve;

/** Probe: the fit.solve half of the fit -> fit.solve -> fit cycle. */
public final class CallsBack {
    public org.scalingworkbench.archprobe.fit.UsesSolver caller() {
        return null;
    }
}
