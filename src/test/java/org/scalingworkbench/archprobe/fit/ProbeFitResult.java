package org.scalingworkbench.archprobe.fit;

/** Probe: a fit result, depends on nothing. */
public record ProbeFitResult(double value) {
}
