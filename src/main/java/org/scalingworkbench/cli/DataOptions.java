package org.scalingworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.LawVariables;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The files, columns and rows of every command that reads results (fit, compare, forecast,
 * frontier, report): the {@link DataSelection} part of a request. A picocli mixin, so each option
 * has one wording everywhere.
 */
final class DataOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Result files: CSV/TSV, JSON, JSON Lines or tracker export; several are joined into one sweep.")
    List<Path> files = List.of();

    @Option(names = "--x", split = ",", paramLabel = "COLUMN",
            description = "Scale column, by name or role symbol (N, D, C, step); for a law of several variables one column"
                    + " per variable in the law's order, e.g. N,D or params,tokens (default: the only scale column;"
                    + " model size N for a law of N and D).")
    List<String> x = List.of();

    @Option(names = "--y", paramLabel = "COLUMN", description = "Target column, the loss (default: the only metric column).")
    String y;

    @Option(names = "--where", paramLabel = "COLUMN=VALUE",
            description = "Keep only rows whose COLUMN has VALUE (repeatable; a row must meet every condition).")
    Map<String, String> where = new LinkedHashMap<>();

    @Mixin
    ColumnOptions columns;

    @Option(names = "--group-by", split = ",", paramLabel = "COLUMN",
            description = "One curve per value of these columns together, e.g. Model or Task,Model (default: one curve).")
    List<String> groupBy = List.of();

    @Option(names = "--run", paramLabel = "COLUMN",
            description = "Column naming each row's training run; a run's points are held out together (default: the"
                    + " file's run column, if any).")
    String run;

    @Option(names = "--exclude-top-loss", paramLabel = "K", defaultValue = "0",
            description = "Leave out each curve's K rows of highest target, as Besiroglu et al. leave out 5 (default: ${DEFAULT-VALUE}).")
    int excludeTop;

    /**
     * The rows these options select, with {@code --x} assigned to {@code lawVariables} (the
     * variables of the request's first law).
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    DataSelection selection(List<String> lawVariables) {
        if (excludeTop < 0) {
            throw new IllegalArgumentException("--exclude-top-loss must be ≥ 0, got " + excludeTop);
        }
        DataSelection data = new DataSelection(files, columns.roleMap(), where, null, y, groupBy, run, Set.of(), excludeTop,
                columns.scaleMap());
        try {
            return LawVariables.assign(data, lawVariables, x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--x " + String.join(",", x) + ": " + e.getMessage(), e);
        }
    }
}
