package org.scalingworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ColumnRole;
import picocli.CommandLine.Option;

/**
 * {@code --role} and {@code --scale}: the user's roles and scale factors for columns, applied when
 * the files are read (the {@link ColumnChoices} of the import use case), on every verb that reads
 * files. A picocli mixin, so each option has one wording everywhere.
 */
final class ColumnOptions {

    @Option(names = "--role", paramLabel = "COLUMN=ROLE",
            description = "Give a column a role by symbol: N, D, C, step, run, group, metric, split, other or ignore"
                    + " (repeatable; wins over the guess).")
    Map<String, String> roles = new LinkedHashMap<>();

    @Option(names = "--scale", paramLabel = "COLUMN=FACTOR",
            description = "Multiply a column's values by FACTOR to reach base units (parameters, tokens, FLOPs, nats),"
                    + " a number or a unit such as B, T, 1e21, GFLOPs, PF-days or bits; 1 keeps the values as read"
                    + " (repeatable; wins over the unit read from the header).")
    Map<String, String> scales = new LinkedHashMap<>();

    /**
     * The choices these options make.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    ColumnChoices choices() {
        return new ColumnChoices(roleMap(), scaleMap());
    }

    Map<String, ColumnRole> roleMap() {
        Map<String, ColumnRole> out = new LinkedHashMap<>();
        roles.forEach((column, symbol) -> out.put(column, parsed("--role", column, symbol, ColumnChoices::role)));
        return out;
    }

    Map<String, Double> scaleMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        scales.forEach((column, factor) -> out.put(column, parsed("--scale", column, factor, ColumnChoices::factor)));
        return out;
    }

    private static <T> T parsed(String option, String column, String value, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + column + "=" + value + ": " + e.getMessage(), e);
        }
    }
}
