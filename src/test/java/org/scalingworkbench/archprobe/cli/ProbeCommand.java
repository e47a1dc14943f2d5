package org.scalingworkbench.archprobe.cli;

/** Probe: a command calls the use case and prints (allowed in cli). */
public final class ProbeCommand {
    public void call() {
        System.out.println(new org.scalingworkbench.archprobe.app.ProbeUseCase().run(null).title());
    }
}
