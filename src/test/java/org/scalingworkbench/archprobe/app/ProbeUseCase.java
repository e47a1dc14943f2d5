package org.scalingworkbench.archprobe.app;

/** Probe: a use case runs analysis and builds a figure and a session (allowed). */
public final class ProbeUseCase {
    public org.scalingworkbench.archprobe.figure.ProbeFigure run(org.scalingworkbench.archprobe.data.ProbeSweep sweep) {
        double best = new org.scalingworkbench.archprobe.analysis.ProbeAnalysis().best(sweep);
        new org.scalingworkbench.archprobe.session.ProbeSession(null, new org.scalingworkbench.archprobe.fit.ProbeFitResult(best));
        return new org.scalingworkbench.archprobe.figure.ProbeFigure("best " + best);
    }
}
