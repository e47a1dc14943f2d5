package org.scalingworkbench.app.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Writes a Python script (numpy, scipy) that reproduces the workbench's fit of one law to one
 * curve and prints scipy's parameters beside the workbench's.
 *
 * <p>The script <em>embeds the rows the workbench fitted</em> (each row's variables in the law's
 * order, original units, and its target, as round-trip decimal literals), after reading, unit
 * parsing (K/M/B/T suffixes, thousands separators, percents), derivation (C = 6ND, D = C/(6N)),
 * {@code --where}, exclusions and the hold-out; a comment names each source file with its
 * SHA-256. It does not re-read the file: re-reading would mean writing in Python every reader
 * dialect the workbench accepts (sniffed delimiters, BOMs, comment and header lines, JSON arrays
 * and objects of arrays, JSONL, wide tracker exports) and every derivation, and a script that
 * parsed one of them differently would fit other numbers without saying so. Embedding makes the
 * script reproduce every fit the workbench can make, from any dialect, and the SHA-256 still
 * ties it to the file.
 *
 * <p>The script minimizes the same objective (least squares on ln(ŷ + c) − ln(y + c), the sum
 * (not the mean) of Huber_δ on those residuals, or plain least squares), with the same bounds and
 * fixed parameters, starting from the workbench's optimum ({@code START}; edit it to start
 * elsewhere), in parameters scaled by that optimum so that L-BFGS-B and trust-region steps see
 * one scale. What it cannot reproduce is refused with the reason: a custom formula (no numpy form)
 * and a law the workbench could not fit.
 */
public final class PythonFitScript {

    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z0-9_]+)@");

    private final PythonLawFormulas formulas = new PythonLawFormulas();

    /**
     * The script that refits law {@code lawId} of {@code curve}.
     *
     * @param sources the files the rows came from, with their SHA-256 where known
     * @throws IllegalArgumentException (one line) when the curve has no such law, the law could
     *                                  not be fitted or has no numpy form
     */
    public String write(List<DataSource> sources, CurveFit curve, String lawId) {
        ScalingLaw law = curve.laws().get(lawId);
        if (law == null) {
            throw new IllegalArgumentException("--format py: the fit has no law '" + lawId + "'");
        }
        FitResult fit = curve.entry(lawId).map(LeaderboardEntry::fit).orElseThrow(() -> new IllegalArgumentException(
                "--format py: " + lawId + " could not be fitted: " + curve.entry(lawId).map(LeaderboardEntry::detail).orElse("")));
        Map<String, String> fields = fields(law, fit, curve.data(), curve.options().get(lawId));
        fields.put("SOURCES", sources(sources));
        fields.put("FORMULA", formulas.python(law));
        return fill(fields);
    }

    /** The template's fields that come from the law, its fit and the rows fitted. */
    private static Map<String, String> fields(ScalingLaw law, FitResult fit, FitData data, FitOptions options) {
        Objective objective = fit.objective();
        Map<String, String> fields = new HashMap<>();
        fields.put("LAW", fit.lawId());
        fields.put("ON", oneLine(data.fittedOn(law)));
        fields.put("VARIABLES", strings(law.variables()));
        fields.put("KIND", pythonString(objective.kind().name()));
        fields.put("DELTA", number(objective.kind() == Objective.Kind.LOG_HUBER ? objective.delta() : 0));
        fields.put("OFFSET", number(objective.targetOffset()));
        fields.put("NAMES", strings(fit.parameterNames()));
        fields.put("P0", joined(fit.values()));
        fields.put("WB_OBJECTIVE", number(fit.objectiveValue()));
        fields.put("FIXED", fixed(fit.fixed()));
        fields.put("LOWER", bounds(law.parameters(), options, true));
        fields.put("UPPER", bounds(law.parameters(), options, false));
        fields.put("ROWS", rows(data.trainRows(law), data.trainY()));
        return fields;
    }

    /** The template with every @NAME@ replaced in one pass, so no value's text is read as a placeholder. */
    private static String fill(Map<String, String> fields) {
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(fields.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static String sources(List<DataSource> sources) {
        return sources.stream().map(s -> "#   " + oneLine(s.name()) + (s.hasDigest() ? "  SHA-256 " + s.sha256() : "  (no digest)"))
                .collect(Collectors.joining("\n"));
    }

    /** Each parameter's bound: the law's, tightened by the fit options' bounds of that name. */
    private static String bounds(List<LawParameter> parameters, FitOptions options, boolean lower) {
        Map<String, double[]> extra = options == null ? Map.of() : options.bounds();
        return parameters.stream().map(p -> {
            double[] b = extra.get(p.name());
            double v = lower ? p.lower() : p.upper();
            if (b != null) {
                v = lower ? Math.max(v, b[0]) : Math.min(v, b[1]);
            }
            return number(v);
        }).collect(Collectors.joining(", "));
    }

    private static String fixed(boolean[] fixed) {
        return IntStream.range(0, fixed.length).mapToObj(i -> fixed[i] ? "True" : "False").collect(Collectors.joining(", "));
    }

    /** One line per fitted row: the law's variables, then the target. */
    private static String rows(double[][] x, double[] y) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < y.length; i++) {
            s.append("    [");
            for (double v : x[i]) {
                s.append(number(v)).append(", ");
            }
            s.append(number(y[i])).append("],\n");
        }
        return s.toString();
    }

    private static String joined(double[] values) {
        return java.util.Arrays.stream(values).mapToObj(PythonFitScript::number).collect(Collectors.joining(", "));
    }

    private static String strings(List<String> values) {
        return values.stream().map(PythonFitScript::pythonString).collect(Collectors.joining(", "));
    }

    /** A Python float literal that reads back to the same double, with np.inf for infinities. */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "np.inf" : "-np.inf";
        }
        return Double.isNaN(v) ? "np.nan" : Double.toString(v);
    }

    /** A Python string literal of {@code s}, escaped so no character ends the literal or the line. */
    static String pythonString(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().forEach(c -> out.append(c == '\\' || c == '\'' ? "\\" + (char) c
                : c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                        ? String.format(Locale.ROOT, "\\u%04x", c) : new String(Character.toChars(c))));
        return out.append("'").toString();
    }

    /** {@code s} for a comment: control characters and line breaks shown as '?'. */
    private static String oneLine(String s) {
        return s.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static final String TEMPLATE = """
            #!/usr/bin/env python3
            # Reproduces the Scaling Workbench fit of @LAW@ with numpy and scipy: it refits the rows the
            # workbench fitted (embedded below, after reading, unit parsing, derivation, --where,
            # exclusions and the hold-out) with the same law, objective and bounds, starting from the
            # workbench's optimum (edit START to start elsewhere), and prints both parameter vectors.
            # Data:
            @SOURCES@
            # Fitted on: @ON@
            import numpy as np
            from scipy import optimize

            VARIABLES = [@VARIABLES@]   # the law's variables, one column of X each, original units
            OBJECTIVE = @KIND@   # LOG_LEAST_SQUARES, LEAST_SQUARES or LOG_HUBER
            DELTA = @DELTA@   # Huber delta on the ln scale (LOG_HUBER only)
            OFFSET = @OFFSET@   # c in ln(y + c)
            NAMES = [@NAMES@]
            WORKBENCH = np.array([@P0@])   # the workbench's optimum
            WORKBENCH_OBJECTIVE = @WB_OBJECTIVE@   # the workbench's objective there
            FIXED = np.array([@FIXED@])   # parameters held fixed
            LOWER = np.array([@LOWER@])
            UPPER = np.array([@UPPER@])
            START = WORKBENCH.copy()
            # One row per fitted point: the variables in the order of VARIABLES, then the target.
            ROWS = np.array([
            @ROWS@], dtype=float).reshape(-1, len(VARIABLES) + 1)


            def law(X, p):
                \"\"\"The law's prediction for rows X (one column per variable, original units).\"\"\"
            @FORMULA@

            def residuals(p, X, y):
                with np.errstate(all='ignore'):
                    pred = law(X, p)
                    r = pred - y if OBJECTIVE == 'LEAST_SQUARES' else np.log(pred + OFFSET) - np.log(y + OFFSET)
                return np.where(np.isfinite(r), r, 1e3)   # a prediction with no logarithm counts as a large miss


            def objective(p, X, y):
                r = residuals(p, X, y)
                if OBJECTIVE != 'LOG_HUBER':
                    return float(np.sum(r * r))
                a = np.abs(r)
                return float(np.sum(np.where(a <= DELTA, 0.5 * r * r, DELTA * (a - 0.5 * DELTA))))   # a sum, not a mean


            def fit(X, y, start):
                free = ~FIXED & (LOWER < UPPER)
                scale = np.where(start != 0, np.abs(start), 1.0)
                if not free.any():
                    return start, objective(start, X, y)

                def full(z):
                    p = start.copy()
                    p[free] = z * scale[free]
                    return p

                z0, lo, hi = start[free] / scale[free], LOWER[free] / scale[free], UPPER[free] / scale[free]
                z0 = np.clip(z0, lo, hi)
                if OBJECTIVE == 'LOG_HUBER':
                    result = optimize.minimize(lambda z: objective(full(z), X, y), z0, method='L-BFGS-B',
                                               bounds=list(zip(lo, hi)), options={'ftol': 1e-15, 'gtol': 1e-12, 'maxiter': 10000})
                else:
                    result = optimize.least_squares(lambda z: residuals(full(z), X, y), z0, bounds=(lo, hi), method='trf',
                                                    ftol=1e-15, xtol=1e-15, gtol=1e-15, max_nfev=10000)
                p = full(result.x)
                return p, objective(p, X, y)


            if __name__ == '__main__':
                X, y = ROWS[:, :-1], ROWS[:, -1]
                p, value = fit(X, y, START.copy())
                at_workbench = objective(WORKBENCH, X, y)
                print(f'{len(y)} rows, objective {value:.9g} (workbench {WORKBENCH_OBJECTIVE:.9g}, '
                      f'here at its parameters {at_workbench:.9g})')
                print(f'{"parameter":<10} {"scipy":>16} {"workbench":>16}')
                for name, mine, theirs in zip(NAMES, p, WORKBENCH):
                    print(f'{name:<10} {mine:>16.9g} {theirs:>16.9g}')
                if not np.allclose(p, WORKBENCH, rtol=1e-4, atol=0) and abs(value - at_workbench) <= 1e-9 * abs(at_workbench):
                    print('note: the parameters differ where the objectives agree: the optimum is flat along them '
                          '(not identified by these rows)')
            """;
}
