package org.scalingworkbench.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a training log written one row per logging call, with the cells of metrics not logged in
 * that call left empty: PyTorch Lightning's {@code metrics.csv} (CSVLogger: {@code epoch}, {@code step}
 * and one column per logged name) and a W&amp;B run's history export ({@code _step},
 * {@code _runtime}, {@code _timestamp} and slash-named metrics such as {@code train/loss}). Rows of
 * one step are merged into one where their filled cells agree (a training and a validation call at
 * the same step); a row whose cell would contradict the step's row so far starts a new row. Empty
 * cells are missing values, not errors. The step column has the role step; every other numeric
 * column that is not the tracker's bookkeeping ({@code epoch}, {@code _runtime}, {@code _timestamp})
 * is a metric unless the role guess found another role.
 */
public final class StepLogReader implements SweepReader {

    private final CsvTableReader tables;

    public StepLogReader(RoleGuesser guesser) {
        this.tables = new CsvTableReader(guesser);
    }

    public StepLogReader() {
        this(new RoleGuesser());
    }

    /** The step column of a step log's header: {@code _step} (W&amp;B), or {@code step} in a file named metrics.csv (Lightning); null otherwise. */
    public static String stepColumn(String fileName, List<String> header) {
        if (header.contains("_step")) {
            return "_step";
        }
        return fileName.equals("metrics.csv") && header.contains("step") ? "step" : null;
    }

    @Override
    public ImportedSweep read(Path file) throws IOException {
        ReadTable table = tables.read(file);
        List<String> names = table.columns().stream().map(Column::name).toList();
        String step = Objects.requireNonNullElse(stepColumn(String.valueOf(file.getFileName()), names), "step");
        Column steps = table.columns().stream().filter(c -> c.name().equals(step)).findFirst().orElseThrow();
        if (!steps.isNumeric()) {
            throw new SweepFormatException(table.source(), 0, steps.sourcePosition(), step, "expected step numbers");
        }
        List<int[]> groups = groups(table, steps);
        List<String> notes = new ArrayList<>(table.warnings());
        String tracker = step.equals("_step") ? "W&B history" : "Lightning metrics.csv";
        notes.add(tracker + ": " + table.lines().length + " logged rows merged into " + groups.size() + " rows by "
                + step);
        List<Column> merged = new ArrayList<>();
        for (Column c : table.columns()) {
            Column m = merge(c, groups);
            merged.add(c.role().isSize() ? TrackerRoles.positiveOnly(m, c.role(), notes).withRole(c.role(), c.roleReason())
                    : m.withRole(c.role(), c.roleReason()));
        }
        int[] lines = groups.stream().mapToInt(g -> table.lines()[g[0]]).toArray();
        List<Column> roles = TrackerRoles.assign(merged, null, step, null, "the tracker's step column",
                "a metric logged by the tracker", StepLogReader::isBookkeeping);
        return SweepAssembly.finish(new ReadTable(table.source(), table.format() + "; " + tracker, roles, lines,
                table.skipped(), notes));
    }

    private static boolean isBookkeeping(String name) {
        return name.startsWith("_") || name.equals("epoch");
    }

    /**
     * The source rows of each merged row, in the order of their first row: a row joins the latest
     * row of its step unless a filled cell of both differs.
     */
    private static List<int[]> groups(ReadTable table, Column steps) {
        List<List<Integer>> groups = new ArrayList<>();
        Map<Double, Integer> latest = new HashMap<>();
        int rows = table.lines().length;
        for (int r = 0; r < rows; r++) {
            Integer g = steps.isMissing(r) ? null : latest.get(steps.number(r));
            if (g == null || conflicts(table.columns(), groups.get(g), r)) {
                groups.add(new ArrayList<>());
                g = groups.size() - 1;
                if (!steps.isMissing(r)) {
                    latest.put(steps.number(r), g);
                }
            }
            groups.get(g).add(r);
        }
        return groups.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static boolean conflicts(List<Column> columns, List<Integer> group, int row) {
        for (Column c : columns) {
            if (c.isMissing(row)) {
                continue;
            }
            for (int other : group) {
                if (!c.isMissing(other) && !cell(c, other).equals(cell(c, row))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object cell(Column c, int row) {
        return c.isNumeric() ? (Object) c.number(row) : c.text(row);
    }

    /** The column with one cell per group: the group's filled cell, if any. */
    private static Column merge(Column c, List<int[]> groups) {
        int n = groups.size();
        if (c.isNumeric()) {
            double[] values = new double[n];
            Arrays.fill(values, Double.NaN);
            for (int g = 0; g < n; g++) {
                for (int r : groups.get(g)) {
                    values[g] = c.isMissing(r) ? values[g] : c.number(r);
                }
            }
            return Column.ownedNumeric(c.name(), c.sourcePosition(), values, n);
        }
        String[] texts = new String[n];
        for (int g = 0; g < n; g++) {
            for (int r : groups.get(g)) {
                texts[g] = c.isMissing(r) ? texts[g] : c.text(r);
            }
        }
        return Column.ownedText(c.name(), c.sourcePosition(), texts, n);
    }
}
