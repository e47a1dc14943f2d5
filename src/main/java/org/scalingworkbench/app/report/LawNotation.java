package org.scalingworkbench.app.report;

import java.util.Optional;

/**
 * The built-in laws' formulas as a paper writes them, in LaTeX math and in Unicode text, with x the
 * scaling variable and y the target; parameter symbols match {@link ParameterSymbols}.
 */
public final class LawNotation {

    private LawNotation() {
    }

    /** The law's formula as LaTeX math (without dollars); empty for a law not built in. */
    public static Optional<String> latex(String lawId) {
        return Optional.ofNullable(switch (lawId) {
            case "pl" -> "y = a\\,x^{-\\alpha}";
            case "plc" -> "y = L_\\infty + (x_{0}/x)^{\\alpha}";
            case "m3" -> "y = \\beta\\,(1/x + \\gamma)^{c}";
            case "m4" -> "(y - \\varepsilon_\\infty)/(\\varepsilon_0 - y)^{\\alpha} = \\beta\\,x^{-c}";
            case "bnsl1" -> "y = a + b\\,x^{-c_{0}} \\bigl(1 + (x/d_{1})^{1/f_{1}}\\bigr)^{-c_{1} f_{1}}";
            case "bnsl2", "bnsl3" -> "y = a + b\\,x^{-c_{0}} \\prod_{i=1}^{" + breaks(lawId)
                    + "} \\bigl(1 + (x/d_{i})^{1/f_{i}}\\bigr)^{-c_{i} f_{i}}";
            case "kaplan" -> "L = \\bigl[(N_c/N)^{\\alpha_N/\\alpha_D} + D_c/D\\bigr]^{\\alpha_D}";
            case "chinchilla" -> "L = E + A/N^{\\alpha} + B/D^{\\beta}";
            default -> null;
        });
    }

    /** The law's formula as Unicode text; empty for a law not built in. */
    public static Optional<String> unicode(String lawId) {
        return Optional.ofNullable(switch (lawId) {
            case "pl" -> "y = a·x^(−α)";
            case "plc" -> "y = L∞ + (x₀/x)^α";
            case "m3" -> "y = β·(1/x + γ)^c";
            case "m4" -> "(y − ε∞)/(ε₀ − y)^α = β·x^(−c)";
            case "bnsl1" -> "y = a + b·x^(−c₀)·(1 + (x/d₁)^(1/f₁))^(−c₁·f₁)";
            case "bnsl2", "bnsl3" -> "y = a + b·x^(−c₀)·∏ᵢ (1 + (x/dᵢ)^(1/fᵢ))^(−cᵢ·fᵢ), i = 1…" + breaks(lawId);
            case "kaplan" -> "L = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D";
            case "chinchilla" -> "L = E + A/N^α + B/D^β";
            default -> null;
        });
    }

    private static String breaks(String bnslId) {
        return bnslId.substring("bnsl".length());
    }
}
