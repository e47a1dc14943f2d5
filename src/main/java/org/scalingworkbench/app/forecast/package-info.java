/**
 * The forecast use case ("how far must I scale"): one law fitted to a curve and bootstrapped, then
 * the scale at which it reaches a target loss or reducible loss, its asymptote L∞ and the
 * reducible loss at the largest scale, each with a bootstrap interval. Losses are in the units of
 * the target column (nats per token for a cross-entropy loss); scales in the units of x.
 */
package org.scalingworkbench.app.forecast;
