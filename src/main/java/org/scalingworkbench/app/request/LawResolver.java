package org.scalingworkbench.app.request;

import java.util.List;
import java.util.Map;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.formula.FormulaSyntaxException;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * Turns the laws of a request into laws with fit options, one meaning for every head: a catalog id
 * names a built-in law; a formula is read with the variables x, N, D and C (every other name is a
 * parameter, started at 1 unless a start is given); a start, bound or fixed value must name a
 * parameter of the law. Starting values apply to formulas only (built-in laws start from their
 * own grids of starts).
 */
public final class LawResolver {

    private final LawCatalog catalog;

    public LawResolver(LawCatalog catalog) {
        this.catalog = catalog;
    }

    /** The resolver over the built-in laws. */
    public static LawResolver builtIn() {
        return new LawResolver(LawCatalog.builtIn());
    }

    /**
     * The laws of {@code specs}, each with {@code objective} and its own settings.
     *
     * @throws IllegalArgumentException naming the law and the setting that does not fit it, or the
     *                                  column of a formula's mistake
     */
    public List<ResolvedLaw> resolve(List<LawSpec> specs, Objective objective) {
        return specs.stream().map(s -> resolve(s, objective)).toList();
    }

    /** One law of a request; see {@link #resolve(List, Objective)}. */
    public ResolvedLaw resolve(LawSpec spec, Objective objective) {
        ScalingLaw law = spec.isFormula() ? formula(spec) : builtIn(spec);
        FitOptions options = FitOptions.defaults().withObjective(objective);
        for (Map.Entry<String, Double> f : spec.fixed().entrySet()) {
            check(law, f.getKey(), "fixed value");
            options = options.withFixed(f.getKey(), f.getValue());
        }
        for (Map.Entry<String, ParameterRange> b : spec.bounds().entrySet()) {
            check(law, b.getKey(), "bounds");
            options = options.withBounds(b.getKey(), b.getValue().lower(), b.getValue().upper());
        }
        return new ResolvedLaw(law, options);
    }

    /**
     * {@code specs} with each setting given to every law that has the parameter it names (starting
     * values to formulas only, which alone take them): with several laws, {@code --fix alpha=0.3}
     * fixes alpha in each law that has an alpha.
     *
     * @throws IllegalArgumentException naming the parameter that no law of {@code specs} has
     */
    public List<LawSpec> withSettings(List<LawSpec> specs, Map<String, Double> starts, Map<String, ParameterRange> bounds,
            Map<String, Double> fixed) {
        List<LawSpec> out = new java.util.ArrayList<>(specs);
        starts.forEach((name, v) -> apply(out, name, "starting value", true, s -> s.withStart(name, v)));
        bounds.forEach((name, r) -> apply(out, name, "bounds", false, s -> s.withBounds(name, r)));
        fixed.forEach((name, v) -> apply(out, name, "fixed value", false, s -> s.withFixed(name, v)));
        return List.copyOf(out);
    }

    private void apply(List<LawSpec> specs, String name, String what, boolean formulasOnly,
            java.util.function.UnaryOperator<LawSpec> setting) {
        boolean any = false;
        for (int i = 0; i < specs.size(); i++) {
            LawSpec s = specs.get(i);
            if ((!formulasOnly || s.isFormula()) && parameterNames(s).contains(name)) {
                specs.set(i, setting.apply(s));
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException(what + " for " + name + ": no law " + specs.stream().map(LawSpec::lawId).toList()
                    + (formulasOnly ? " given as a formula" : "") + " has a parameter of that name; they have "
                    + specs.stream().flatMap(s -> parameterNames(s).stream()).distinct().toList());
        }
    }

    /** The names of the parameters of the law {@code spec} names. */
    public List<String> parameterNames(LawSpec spec) {
        ScalingLaw law = spec.isFormula() ? formula(LawSpec.formula(spec.formula())) : catalog.get(spec.id());
        return law.parameters().stream().map(LawParameter::name).toList();
    }

    /** The variables (N, D, C or x) of the law {@code spec} names, in its order. */
    public List<String> variables(LawSpec spec) {
        return (spec.isFormula() ? formula(LawSpec.formula(spec.formula())) : catalog.get(spec.id())).variables();
    }

    private ScalingLaw builtIn(LawSpec spec) {
        ScalingLaw law = catalog.get(spec.id());
        if (!spec.starts().isEmpty()) {
            throw new IllegalArgumentException("starting values are for a formula's parameters; " + law.id()
                    + " starts from its own grid (fix or bound a parameter instead)");
        }
        return law;
    }

    private static ScalingLaw formula(LawSpec spec) {
        CustomFormulaLaw law;
        try {
            law = CustomFormulaLaw.parse(spec.formula());
        } catch (FormulaSyntaxException e) {
            throw new IllegalArgumentException(e.reason() + " at column " + (e.position() + 1), e);
        }
        for (Map.Entry<String, Double> s : spec.starts().entrySet()) {
            check(law, s.getKey(), "starting value");
            law = law.withTypicalRange(s.getKey(), s.getValue(), s.getValue());
        }
        return law;
    }

    private static void check(ScalingLaw law, String name, String what) {
        if (law.parameters().stream().map(LawParameter::name).noneMatch(name::equals)) {
            throw new IllegalArgumentException(what + " for " + name + ": " + law.id() + " has no parameter of that name; it has "
                    + law.parameters().stream().map(LawParameter::name).toList());
        }
    }
}
