package org.scalingworkbench.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.session.CustomFormula;
import org.scalingworkbench.session.FitSettings;
import org.scalingworkbench.session.LawResult;
import org.scalingworkbench.session.LawSetup;
import org.scalingworkbench.session.LawWarning;
import org.scalingworkbench.session.ObjectiveSetting;
import org.scalingworkbench.session.ParameterBounds;
import org.scalingworkbench.session.ParameterInterval;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.fit.LawChoice;

/** The fit panel's laws, settings and last results as session records. */
final class LawCapture {

    /** The variable a custom formula of the fit panel takes. */
    static final List<String> FORMULA_VARIABLES = List.of("x");
    /** The coverage of the intervals the results table shows. */
    static final double LEVEL = 0.95;

    private LawCapture() {
    }

    /**
     * A law with its last fit and bootstrap, taken on the FX thread; the bootstrap's intervals are
     * worked out by {@link #toSetup()} on the worker that writes the session (2,000 resamples make
     * that a sort per parameter the FX thread need not do).
     */
    record LawDraft(LawSetup unfitted, FitResult fit, BootstrapResult bootstrap) {

        LawSetup toSetup() {
            return fit == null ? unfitted : unfitted.withResult(result(fit, bootstrap));
        }
    }

    /** The ticked laws, then the custom formula when it parses, each with its last result. */
    static List<LawDraft> laws(FitViewModel fits) {
        Leaderboard board = fits.chart().boardProperty().get();
        List<LawDraft> out = new ArrayList<>();
        for (LawChoice c : fits.laws()) {
            if (c.selectedProperty().get()) {
                String id = c.law().id();
                out.add(draft(LawSetup.builtIn(id, fitSettings(fits, id)), board, fits.bootstraps(), id));
            }
        }
        String text = fits.formulaProperty().get() == null ? "" : fits.formulaProperty().get().strip();
        if (!text.isEmpty() && fits.formulaErrorProperty().get().isEmpty()) {
            List<String> variables = fits.offer().formula(text).map(ScalingLaw::variables)
                    .filter(v -> v.equals(FORMULA_VARIABLES)).orElse(List.of());
            LawSetup custom = LawSetup.custom(new CustomFormula(text, variables), fitSettings(fits, "custom"));
            out.add(draft(custom, board, fits.bootstraps(), "custom"));
        }
        return out;
    }

    private static LawDraft draft(LawSetup setup, Leaderboard board, Map<String, BootstrapResult> boots, String lawId) {
        FitResult fit = board == null ? null : board.entry(lawId).flatMap(e -> e.fitResult()).orElse(null);
        return new LawDraft(setup, fit, boots.get(lawId));
    }

    /**
     * How law {@code lawId} is fitted: the panel's request (objective, bootstrap, and the law's
     * fixed values and bounds from its parameter table; a row with a problem is left out).
     */
    static FitSettings fitSettings(FitViewModel fits, String lawId) {
        FitRequest request = fits.currentRequest();
        Map<String, Double> fixed = new LinkedHashMap<>();
        Map<String, ParameterBounds> bounds = new LinkedHashMap<>();
        request.laws().stream().filter(l -> l.lawId().equals(lawId)).findFirst().ifPresent(law -> {
            fixed.putAll(law.fixed());
            law.bounds().forEach((name, range) -> bounds.put(name, new ParameterBounds(range.lower(), range.upper())));
        });
        return new FitSettings(ObjectiveSetting.of(request.objective()), fixed, bounds, Map.of(),
                request.bootstrap().resamples(), request.bootstrap().seed());
    }

    private static LawResult result(FitResult fit, BootstrapResult boot) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        Map<String, ParameterInterval> intervals = new LinkedHashMap<>();
        for (int j = 0; j < fit.parameterNames().size(); j++) {
            String name = fit.parameterNames().get(j);
            values.put(name, fit.values()[j]);
            errors.put(name, fit.standardErrors()[j]);
            if (boot != null) {
                Interval ci = boot.interval(name, LEVEL);
                intervals.put(name, new ParameterInterval(ci.lower(), ci.upper(), LEVEL));
            }
        }
        return new LawResult(values, errors, intervals, fit.objectiveValue(), fit.warnings().stream().map(LawWarning::of).toList());
    }
}
