package org.scalingworkbench.fit;

/**
 * What a law's parameter measures, so that a fitted value can be set against the scales the data
 * support (see {@code analysis.RunAwayRule}): an exponent is a pure number, a level sits in the
 * units of y or of x, a coefficient is y times a power of x. A law says this once per parameter
 * through {@link ScalingLaw#parameterScales()}; a formula typed by the user does not know it.
 */
public enum ParameterScale {
    /** A pure number multiplying a log: a power-law exponent, a break's sharpness. */
    EXPONENT,
    /** A value in the units of y: an asymptote, a floor, a ceiling, a loss at zero scale. */
    Y_LEVEL,
    /** A value in the units of x: a break's location, a critical scale. */
    X_LEVEL,
    /** A value in the units of 1/x (M3's gamma). */
    INVERSE_X_LEVEL,
    /** A factor in the units of y·x^e for some exponent e of the law: a power law's prefactor. */
    COEFFICIENT,
    /** Not known (a user's formula): only an absurd magnitude counts as running off. */
    UNKNOWN
}
