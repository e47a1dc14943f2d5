package org.scalingworkbench.archprobe.figure;

/** Probe: a figure, depends on nothing. */
public record ProbeFigure(String title) {
}
