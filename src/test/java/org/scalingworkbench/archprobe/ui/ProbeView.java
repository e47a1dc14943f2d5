package org.scalingworkbench.archprobe.ui;

/** Probe: a view calls the use case (allowed). */
public final class ProbeView {
    public String show() {
        return new org.scalingworkbench.archprobe.app.ProbeUseCase().run(null).title();
    }
}
