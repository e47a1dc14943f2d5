package org.scalingworkbench.app.report;

/** Plain text made safe for LaTeX: its special characters escaped. */
public final class LatexText {

    private LatexText() {
    }

    /** Escapes LaTeX's special characters in plain text (δ becomes math, ∞ too). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '_', '%', '&', '#', '$', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case 'δ' -> out.append("$\\delta$");
                case '∞' -> out.append("$\\infty$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
