package org.scalingworkbench.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.ParameterRange;
import org.scalingworkbench.fit.laws.LawCatalog;
import picocli.CommandLine.Option;

/**
 * The laws of every command that fits (fit, compare, forecast, frontier, report) and their
 * parameter settings: the {@link LawSpec} part of a request. Starting values, bounds and fixed
 * values name a parameter; with several laws each applies to every law that has the parameter,
 * and naming a parameter no law has is an error. A picocli mixin.
 */
final class LawOptions {

    private final LawResolver resolver = LawResolver.builtIn();

    @Option(names = "--law", paramLabel = "ID", description = "One law by id: ${COMPLETION-CANDIDATES}.",
            completionCandidates = LawIds.class)
    String law;

    @Option(names = "--laws", split = ",", paramLabel = "ID", description = "Several laws by id, e.g. pl,plc,m4,bnsl1.")
    List<String> laws;

    @Option(names = "--formula", paramLabel = "TEXT",
            description = "Your own law, e.g. 'E + A/N^alpha + B/D^beta' (variables x, N, D, C; every other name is a"
                    + " parameter); with --laws it joins them, instead of --law.")
    String formula;

    @Option(names = "--start", paramLabel = "NAME=V",
            description = "Starting value of a --formula parameter (repeatable; the others start at 1).")
    Map<String, String> starts = new LinkedHashMap<>();

    @Option(names = "--bound", paramLabel = "NAME=LO:HI",
            description = "Keep a parameter within LO and HI, e.g. alpha=0:1 (repeatable; inf for no bound).")
    Map<String, String> bounds = new LinkedHashMap<>();

    @Option(names = "--fix", paramLabel = "NAME=V", description = "Hold a parameter at V, e.g. E=1.69 (repeatable).")
    Map<String, String> fixed = new LinkedHashMap<>();

    /**
     * The laws named, with their settings; {@code defaults} when none is named.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    List<LawSpec> specs(List<String> defaults) {
        if (law != null && laws != null) {
            throw new IllegalArgumentException("give either --law ID or --laws A,B");
        }
        if (law != null && formula != null) {
            throw new IllegalArgumentException("give either --law ID or --formula TEXT");
        }
        List<String> ids = law != null ? List.of(law) : laws != null ? laws : formula != null ? List.of() : defaults;
        List<LawSpec> out = new ArrayList<>(ids.stream().map(LawSpec::builtIn).toList());
        out.forEach(resolver::parameterNames);
        if (formula != null) {
            LawSpec f = LawSpec.formula(formula);
            named("--formula", () -> resolver.parameterNames(f));
            out.add(f);
        }
        return settings(out);
    }

    private List<LawSpec> settings(List<LawSpec> specs) {
        List<LawSpec> out = specs;
        for (Map.Entry<String, String> s : starts.entrySet()) {
            String option = "--start " + s.getKey() + "=" + s.getValue();
            double v = number(option, s.getValue());
            out = named(option, withSettings(out, Map.of(s.getKey(), v), Map.of(), Map.of()));
        }
        for (Map.Entry<String, String> b : bounds.entrySet()) {
            String option = "--bound " + b.getKey() + "=" + b.getValue();
            ParameterRange range = range(option, b.getValue());
            out = named(option, withSettings(out, Map.of(), Map.of(b.getKey(), range), Map.of()));
        }
        for (Map.Entry<String, String> f : fixed.entrySet()) {
            String option = "--fix " + f.getKey() + "=" + f.getValue();
            double v = number(option, f.getValue());
            out = named(option, withSettings(out, Map.of(), Map.of(), Map.of(f.getKey(), v)));
        }
        return out;
    }

    private java.util.function.Supplier<List<LawSpec>> withSettings(List<LawSpec> specs, Map<String, Double> s,
            Map<String, ParameterRange> b, Map<String, Double> f) {
        return () -> resolver.withSettings(specs, s, b, f);
    }

    /** Runs {@code step}, prefixing its error with the option it came from. */
    private static <T> T named(String option, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static ParameterRange range(String option, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(option + ": bounds are LO:HI, e.g. 0:1 or 0:inf");
        }
        double lo = number(option, text.substring(0, colon));
        double hi = number(option, text.substring(colon + 1));
        return named(option, () -> new ParameterRange(lo, hi));
    }

    private static double number(String option, String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            return switch (t) {
                case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(t);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }

    /** The catalog's ids, for the help text. */
    static final class LawIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return LawCatalog.builtIn().ids().iterator();
        }
    }
}
