package org.scalingworkbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Writes a Python script (numpy, scipy) that reproduces a fit from the data file: it reads the
 * CSV with the same columns and rows, defines the law, minimizes the same objective with
 * scipy.optimize from the workbench's optimum (edit P0 to start elsewhere), and prints both
 * parameter vectors.
 */
final class FitScriptPython {

    private final LawFormulas formulas = new LawFormulas();

    /**
     * The script of law {@code lawId} of one fitted curve.
     *
     * @param source         the data's name, for the script's comment
     * @param dataPath       the data file's path as the reader should open it
     * @param where          the COLUMN = VALUE conditions the rows met
     * @param excludeHighest rows with the highest target that the fit left out
     * @throws IllegalArgumentException when the law could not be fitted or has no Python formula
     */
    String write(CurveFit curve, String lawId, String source, String dataPath, java.util.Map<String, String> where,
            int excludeHighest) {
        ScalingLaw law = curve.laws().get(lawId);
        FitResult fit = curve.entry(lawId).map(LeaderboardEntry::fit).orElseThrow(() -> new IllegalArgumentException(
                lawId + " could not be fitted: " + curve.entry(lawId).map(LeaderboardEntry::detail).orElse("")));
        Objective objective = fit.objective();
        String on = curve.data().fittedOn(law).substring(curve.data().target().length() + " vs ".length());
        return TEMPLATE
                .replace("@LAW@", fit.lawId())
                .replace("@SOURCE@", source)
                .replace("@DATA@", pythonString(dataPath))
                .replace("@X@", java.util.Arrays.stream(on.split(", ")).map(FitScriptPython::pythonString).collect(Collectors.joining(", ")))
                .replace("@Y@", pythonString(curve.data().target()))
                .replace("@WHERE@", where.entrySet().stream().map(e -> pythonString(e.getKey()) + ": " + pythonString(e.getValue()))
                        .collect(Collectors.joining(", ")))
                .replace("@EXCLUDE@", Integer.toString(excludeHighest))
                .replace("@KIND@", pythonString(objective.kind().name()))
                .replace("@DELTA@", number(objective.kind() == Objective.Kind.LOG_HUBER ? objective.delta() : 0))
                .replace("@OFFSET@", number(objective.targetOffset()))
                .replace("@NAMES@", fit.parameterNames().stream().map(FitScriptPython::pythonString).collect(Collectors.joining(", ")))
                .replace("@P0@", joined(fit.values()))
                .replace("@LOWER@", bounds(law.parameters(), true))
                .replace("@UPPER@", bounds(law.parameters(), false))
                .replace("@FORMULA@", formulas.python(law));
    }

    private static String bounds(List<LawParameter> parameters, boolean lower) {
        return parameters.stream().map(p -> number(lower ? p.lower() : p.upper())).collect(Collectors.joining(", "));
    }

    private static String joined(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : ", ").append(number(v));
        }
        return s.toString();
    }

    /** A Python float literal, with inf for infinities. */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "np.inf" : "-np.inf";
        }
        return Double.isNaN(v) ? "np.nan" : String.format(Locale.ROOT, "%.17g", v);
    }

    static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static final String TEMPLATE = """
            #!/usr/bin/env python3
            # Reproduces the Scaling Workbench fit of @LAW@ to @SOURCE@ with numpy and scipy.
            # Reads the file, keeps the same rows, minimizes the same objective from the workbench's
            # optimum (edit P0 to start elsewhere) and prints both parameter vectors.
            import csv
            import numpy as np
            from scipy import optimize

            DATA = @DATA@
            X_COLUMNS = [@X@]
            Y_COLUMN = @Y@
            WHERE = {@WHERE@}   # column: value a row must have (--where)
            EXCLUDE_HIGHEST = @EXCLUDE@       # rows with the highest target left out
            OBJECTIVE = @KIND@   # LOG_LEAST_SQUARES, LEAST_SQUARES or LOG_HUBER
            DELTA = @DELTA@             # Huber delta on the ln scale (LOG_HUBER only)
            OFFSET = @OFFSET@            # c in ln(y + c)
            NAMES = [@NAMES@]
            P0 = np.array([@P0@])   # the workbench's fit
            LOWER = np.array([@LOWER@])
            UPPER = np.array([@UPPER@])
            SUFFIXES = {'k': 1e3, 'K': 1e3, 'M': 1e6, 'B': 1e9, 'G': 1e9, 'T': 1e12}


            def number(text):
                text = text.strip().replace('_', '')
                if text == '' or text.lower() in ('na', 'nan', 'null', 'none'):
                    return np.nan
                if text[-1] in SUFFIXES:
                    return float(text[:-1]) * SUFFIXES[text[-1]]
                return float(text)


            def matches(cell, value):
                if cell == value:
                    return True
                try:
                    return number(cell) == float(value)
                except ValueError:
                    return False


            def read_rows(path):
                with open(path, newline='', encoding='utf-8') as f:
                    lines = [line for line in f if not line.lstrip().startswith('#') and line.strip()]
                reader = csv.DictReader(lines, delimiter='\\t' if path.endswith('.tsv') else ',')
                seen = set()
                rows = []
                for r in reader:
                    whole = tuple(r.values())
                    if whole in seen or not all(matches(r[c], v) for c, v in WHERE.items()):
                        continue  # an exact repeat counts once; every --where condition must hold
                    seen.add(whole)
                    rows.append(([number(r[c]) for c in X_COLUMNS], number(r[Y_COLUMN])))
                x = np.array([r[0] for r in rows], dtype=float)
                y = np.array([r[1] for r in rows], dtype=float)
                keep = np.all(np.isfinite(x), axis=1) & np.isfinite(y)
                if OBJECTIVE != 'LEAST_SQUARES':
                    keep &= y > 0
                x, y = x[keep], y[keep]
                if EXCLUDE_HIGHEST > 0:
                    order = np.argsort(y, kind='stable')[:len(y) - EXCLUDE_HIGHEST]
                    order.sort()
                    x, y = x[order], y[order]
                return x, y


            def law(X, p):
                \"\"\"The law's prediction for rows X (one column per variable, original units).\"\"\"
            @FORMULA@

            def residuals(p, X, y):
                pred = law(X, p)
                if OBJECTIVE == 'LEAST_SQUARES':
                    return pred - y
                return np.log(pred + OFFSET) - np.log(y + OFFSET)


            def huber(r):
                a = np.abs(r)
                return np.where(a <= DELTA, 0.5 * r * r, DELTA * (a - 0.5 * DELTA))


            def fit(X, y, p0):
                if OBJECTIVE == 'LOG_HUBER':
                    result = optimize.minimize(lambda p: np.sum(huber(residuals(p, X, y))), p0, method='L-BFGS-B',
                                               bounds=list(zip(LOWER, UPPER)), options={'ftol': 1e-15, 'gtol': 1e-12})
                    return result.x, result.fun
                result = optimize.least_squares(residuals, p0, args=(X, y), bounds=(LOWER, UPPER), method='trf',
                                                x_scale='jac', ftol=1e-15, xtol=1e-15, gtol=1e-15)
                return result.x, float(np.sum(result.fun ** 2))


            if __name__ == '__main__':
                X, y = read_rows(DATA)
                p, value = fit(X, y, P0.copy())
                print(f'{len(y)} rows, objective {value:.9g}')
                print(f'{"parameter":<10} {"scipy":>16} {"workbench":>16}')
                for name, mine, theirs in zip(NAMES, p, P0):
                    print(f'{name:<10} {mine:>16.9g} {theirs:>16.9g}')
            """;
}
