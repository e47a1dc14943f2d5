package org.scalingworkbench.app.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/** The sentences every report format shares, written in a format's own way of showing numbers and names. */
final class ReportProse {

    /**
     * How a format shows things inside a sentence.
     *
     * @param number a value to the report's significant digits
     * @param name   a column or file name, quoted and escaped as the format needs
     */
    record Style(DoubleFunction<String> number, UnaryOperator<String> name) { }

    private ReportProse() {
    }

    /** "12 fitted, 4 held out above params = 1.097e9 (extrapolating 0.90 orders of magnitude)". */
    static String points(ScalingReport report, Style style) {
        HoldOut h = report.holdOut();
        if (h.heldOut() == 0) {
            return h.fitted() + " fitted, none held out";
        }
        String where = Double.isNaN(h.cutOff()) ? "" : " above " + style.name().apply(report.data().scale()) + " = "
                + style.number().apply(h.cutOff());
        String orders = Double.isFinite(h.ordersOfMagnitude())
                ? String.format(Locale.ROOT, " (extrapolating %.2f orders of magnitude)", h.ordersOfMagnitude()) : "";
        return h.fitted() + " fitted, " + h.heldOut() + " held out" + where + orders;
    }

    /** "none", "1 point (source line 5)" or "3 points (source lines 5, 9 and 12)". */
    static String excluded(List<Integer> lines) {
        if (lines.isEmpty()) {
            return "none";
        }
        if (lines.size() == 1) {
            return "1 point (source line " + lines.get(0) + ")";
        }
        List<String> text = lines.stream().map(String::valueOf).toList();
        return lines.size() + " points (source lines " + String.join(", ", text.subList(0, text.size() - 1)) + " and "
                + text.get(text.size() - 1) + ")";
    }

    /** The objective, the error measure and, when run, the bootstrap. */
    static String objective(ScalingReport report) {
        String objective = report.objective() == null ? "none (no law could be fitted)" : ObjectiveText.describe(report.objective());
        String boot = report.laws().stream().filter(LawReport::hasIntervals).mapToInt(LawReport::bootstrapResamples).max()
                .stream().mapToObj(n -> "; intervals are 95% bootstrap percentile intervals (" + n + " resamples)")
                .findFirst().orElse("");
        return objective + "; RMSLE is the root mean squared log error (natural log)" + boot;
    }
}
