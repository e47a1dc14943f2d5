package org.scalingworkbench.archprobe.session;

/** Probe: a session stores analysis settings and fit results (allowed). */
public record ProbeSession(org.scalingworkbench.archprobe.analysis.ProbeAnalysis analysis,
        org.scalingworkbench.archprobe.fit.ProbeFitResult fit) {
}
