package org.scalingworkbench.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The user's choices for columns, by column name, applied when a file is imported: roles that win
 * over the guesses, and scale factors that win over the units read from the headers (a factor of 1
 * keeps the values as read).
 *
 * @param roles  roles by column name
 * @param scales factors by column name: base units per unit read, each positive
 */
public record ColumnChoices(Map<String, ColumnRole> roles, Map<String, Double> scales) {

    /** No choices: every role and unit as guessed. */
    public static final ColumnChoices NONE = new ColumnChoices(Map.of(), Map.of());

    public ColumnChoices {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        scales.forEach((column, f) -> new ColumnScale(f, "", ""));
    }

    /**
     * The role a user means by {@code symbol}: N, D, C, step, run, group, metric, split, other, or
     * ignore (the same as other: kept, never used unless picked), case ignored.
     *
     * @throws IllegalArgumentException naming the symbols allowed
     */
    public static ColumnRole role(String symbol) {
        String s = symbol.strip();
        if (s.equalsIgnoreCase("ignore")) {
            return ColumnRole.OTHER;
        }
        return Arrays.stream(ColumnRole.values()).filter(r -> r.symbol().equalsIgnoreCase(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + symbol + "' is not one of "
                        + Arrays.stream(ColumnRole.values()).map(ColumnRole::symbol).toList() + " or ignore"));
    }

    /**
     * A scale factor as the user writes it: a number ({@code 1e9}, {@code 1}) or a unit
     * ({@code B}, {@code GFLOPs}, {@code PF-days}, {@code bits}).
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static double factor(String text) {
        String t = text.strip();
        try {
            new ColumnScale(Double.parseDouble(t), "", "");
            return Double.parseDouble(t);
        } catch (NumberFormatException notANumber) {
            HeaderUnit unit = HeaderUnit.of("x (" + t + ")");
            if (unit.kind() == HeaderUnit.Kind.NONE && !t.toLowerCase(Locale.ROOT).equals("nats")) {
                throw new IllegalArgumentException("'" + text + "' is neither a positive number nor a unit such as B, T,"
                        + " 1e21, GFLOPs, PF-days or bits");
            }
            return unit.factor();
        }
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return roles.isEmpty() && scales.isEmpty();
    }

    /**
     * {@code file} with the choices for its columns applied (columns it lacks are passed over) and
     * derived columns recomputed. The report is the same object (the window knows a file by it);
     * {@link ColumnUnits#notes} gives the lines on scaled columns as they now are.
     */
    public ImportedSweep applyTo(ImportedSweep file) {
        if (isEmpty()) {
            return file;
        }
        Sweep s = file.sweep();
        for (Map.Entry<String, Double> e : scales.entrySet()) {
            if (s.column(e.getKey()).filter(Column::isNumeric).isPresent()) {
                s = s.withScale(e.getKey(), ColumnScale.byUser(e.getValue()));
            }
        }
        for (Map.Entry<String, ColumnRole> e : roles.entrySet()) {
            if (s.column(e.getKey()).isPresent()) {
                s = s.withRole(e.getKey(), e.getValue());
            }
        }
        s = s.withDerivedColumns();
        return new ImportedSweep(s, file.report());
    }
}
