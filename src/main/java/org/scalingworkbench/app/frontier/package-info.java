/**
 * The compute-optimal frontier of a sweep ({@link org.scalingworkbench.app.frontier.SweepFrontier},
 * for the {@code frontier} command and the window's Frontier tab) and the compute-optimal read-offs
 * of a fitted law of N and D ({@link org.scalingworkbench.app.frontier.ComputeOptimum}, for the
 * window's read-off panel and the parametric approach alike). C in FLOPs, N in parameters, D in
 * tokens, C = 6ND. With a curve key, one frontier per curve
 * ({@link org.scalingworkbench.app.frontier.CurveFrontiers}), the curves without one listed with the reason.
 */
package org.scalingworkbench.app.frontier;
