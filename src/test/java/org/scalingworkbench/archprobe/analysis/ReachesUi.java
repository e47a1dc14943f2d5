package org.scalingworkbench.archprobe.analysis;

/** Probe breaking "the core depends on neither head": analysis calling a view. */
public final class ReachesUi {
    public String show() {
        return new org.scalingworkbench.archprobe.ui.ProbeView().show();
    }
}
