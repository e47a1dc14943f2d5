package org.scalingworkbench.archprobe.app;

/** Probe breaking "only cli writes to the standard streams". */
public final class Prints {
    public void say() {
        System.err.println("from app");
    }
}
