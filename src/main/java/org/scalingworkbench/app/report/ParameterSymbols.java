package org.scalingworkbench.app.report;

import java.util.Map;

/** Parameter names as LaTeX math and as Unicode text: Linf → L_\infty / L∞, alpha → \alpha / α, d1 → d_{1} / d₁. */
public final class ParameterSymbols {

    private static final Map<String, String> LATEX = Map.of("Linf", "L_\\infty", "alpha", "\\alpha", "beta", "\\beta",
            "gamma", "\\gamma", "epsInf", "\\varepsilon_\\infty", "epsZero", "\\varepsilon_0", "alphaN", "\\alpha_N",
            "alphaD", "\\alpha_D", "Nc", "N_c", "Dc", "D_c");

    private static final Map<String, String> UNICODE = Map.of("Linf", "L∞", "alpha", "α", "beta", "β", "gamma", "γ",
            "epsInf", "ε∞", "epsZero", "ε₀", "alphaN", "α_N", "alphaD", "α_D", "Nc", "N_c", "Dc", "D_c");

    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private ParameterSymbols() {
    }

    /** The name as LaTeX math (without dollars). */
    public static String latex(String name) {
        if (LATEX.containsKey(name)) {
            return LATEX.get(name);
        }
        int digits = digitsStart(name);
        if (digits > 0 && digits < name.length()) {
            return name.substring(0, digits) + "_{" + name.substring(digits) + "}";
        }
        return name.length() == 1 ? name : "\\mathrm{" + name + "}";
    }

    /** The name as Unicode text for Markdown and plain tables: Greek letters, ∞, subscript digits. */
    public static String unicode(String name) {
        if (UNICODE.containsKey(name)) {
            return UNICODE.get(name);
        }
        int digits = digitsStart(name);
        if (digits == 0 || digits == name.length()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.substring(0, digits));
        name.substring(digits).chars().forEach(c -> out.append(SUBSCRIPT_DIGITS.charAt(c - '0')));
        return out.toString();
    }

    /** Where the trailing digits of {@code name} start (its length when there are none). */
    private static int digitsStart(String name) {
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        return digits;
    }
}
