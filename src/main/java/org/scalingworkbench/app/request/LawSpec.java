package org.scalingworkbench.app.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One law a request fits: a built-in law by its catalog id, or the user's formula, with the
 * parameter settings the user gave (all in the law's reported units).
 *
 * @param id      a catalog id ({@code plc}, {@code chinchilla}); null for a formula
 * @param formula the user's formula ({@code E + A/N^alpha + B/D^beta}); null for a built-in law
 * @param starts  starting values by parameter name (a formula's other parameters start at 1)
 * @param bounds  bounds by parameter name, tighter than the law's own
 * @param fixed   values parameters are held at, by name
 */
public record LawSpec(String id, String formula, Map<String, Double> starts, Map<String, ParameterRange> bounds,
        Map<String, Double> fixed) {

    /** The id under which a formula's law is fitted and reported. */
    public static final String FORMULA_ID = "custom";

    public LawSpec {
        if ((id == null) == (formula == null)) {
            throw new IllegalArgumentException("a law is either a catalog id or a formula");
        }
        if (formula != null && formula.isBlank()) {
            throw new IllegalArgumentException("the formula is empty");
        }
        starts = frozen(starts);
        bounds = frozen(bounds);
        fixed = frozen(fixed);
    }

    /** The built-in law {@code id}, without settings. */
    public static LawSpec builtIn(String id) {
        return new LawSpec(id, null, Map.of(), Map.of(), Map.of());
    }

    /** The user's formula, without settings. */
    public static LawSpec formula(String text) {
        return new LawSpec(null, text.strip(), Map.of(), Map.of(), Map.of());
    }

    /** The id the law is reported under: the catalog id, or {@link #FORMULA_ID}. */
    public String lawId() {
        return id != null ? id : FORMULA_ID;
    }

    /** Whether this is the user's formula. */
    public boolean isFormula() {
        return formula != null;
    }

    public LawSpec withStart(String name, double value) {
        return new LawSpec(id, formula, put(starts, name, value), bounds, fixed);
    }

    public LawSpec withBounds(String name, ParameterRange range) {
        return new LawSpec(id, formula, starts, put(bounds, name, range), fixed);
    }

    public LawSpec withFixed(String name, double value) {
        return new LawSpec(id, formula, starts, bounds, put(fixed, name, value));
    }

    private static <V> Map<String, V> put(Map<String, V> m, String key, V value) {
        Map<String, V> out = new LinkedHashMap<>(m);
        out.put(key, value);
        return out;
    }

    private static <V> Map<String, V> frozen(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
