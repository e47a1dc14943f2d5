/**
 * The use case "the information gap" ({@link org.scalingworkbench.app.gap.SweepGap}), after
 * Henighan et al. 2020, "Scaling laws for autoregressive generative modeling": with L1 the loss per
 * token of models without extra conditioning (an image without its caption) and L2 the loss of the
 * same models with it, both in nats, L1(x) − L2(x) is the information the conditioning adds about
 * the predicted tokens as far as a model of size x can use it (a mutual information, in nats per
 * token; divide by ln 2 for bits, multiply by tokens per example for nats per example). The two
 * series are matched by exact size, the gap is read at each size and between the two fitted laws
 * (with a bootstrap interval, {@link org.scalingworkbench.analysis.gap.LossGapAnalysis}), a law is
 * fitted to the measured gaps (by default y = a·x^b with b free in sign, so that a growing gap is
 * a power law too: a = I0·N1^(−b) for I(N) = I0·(N/N1)^b), and the size where the gap stops growing
 * is read from that law ({@link org.scalingworkbench.app.gap.GapPlateau} defines it).
 */
package org.scalingworkbench.app.gap;
