package org.scalingworkbench.archprobe.cli;

/** Probe breaking "cli does not depend on ui": a command calling a view. */
public final class ReachesUi {
    public String show() {
        return new org.scalingworkbench.archprobe.ui.ProbeView().show();
    }
}
