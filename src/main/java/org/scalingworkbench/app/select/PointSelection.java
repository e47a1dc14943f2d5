package org.scalingworkbench.app.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepUnion;

/**
 * The data-selection step every use case starts with: a sweep and a {@link DataSelection} give
 * the curves to fit, with one meaning whichever head asked. The request's roles are applied; x is
 * the named column (or role symbol), else model size N in a file with N and D, else the only scale
 * column; y the named column, else the only metric. Rows must meet every {@code where} condition;
 * a row that repeats an earlier one exactly counts once (a file such as Alabdulmohsin et al.'s
 * benchmark repeats whole curves, which would count a point twice in the fit and in the score);
 * the rest are split into curves by the curve key; a curve keeps the rows whose x, y (and N, D, C
 * with such a file) are present, finite and positive (rows with an infinite value are noted with
 * their file and line), and excludes the user's rows and its rows of highest target. Stateless.
 */
public final class PointSelection {

    /** Separates the values of a curve key of several columns in a curve's name. */
    public static final String KEY_SEPARATOR = ", ";

    /**
     * The curves of {@code sweep} that {@code request} selects.
     *
     * @throws IllegalArgumentException naming the column or value that does not exist, or saying
     *                                  that no row is left
     */
    public Selection select(Sweep sweep, DataSelection request) {
        return select(sweep, request, false);
    }

    /**
     * The curves of {@code sweep} that {@code request} selects for laws of one variable only when
     * {@code oneVariable}: then the default x is the file's only scale column, and a file with
     * several (parameters and tokens, say) must name one, as model size N is a default only for
     * laws of N and D.
     *
     * @throws IllegalArgumentException as {@link #select(Sweep, DataSelection)}, or asking which
     *                                  scale column to use
     */
    public Selection select(Sweep sweep, DataSelection request, boolean oneVariable) {
        Sweep s = withRoles(sweep, request);
        List<String> notes = new ArrayList<>();
        Column x = oneVariable && (request.x() == null || request.x().equals("x")) ? onlyScaleColumn(s) : scale(s, request.x());
        Column y = target(s, request.y());
        int[] rows = withoutDuplicates(s, filtered(s, request.where(), notes), notes);
        List<SelectedCurve> curves = new ArrayList<>();
        int unusable = 0;
        for (Map.Entry<String, int[]> curve : split(s, rows, request).entrySet()) {
            PlotData points = PlotData.of(s, x, y, curve.getValue(), curve.getKey());
            unusable += curve.getValue().length - points.curve().size();
            curves.add(new SelectedCurve(points, excluded(points, request, notes)));
        }
        int infinite = noteInfinite(s, rows, x, y, notes);
        if (unusable > infinite) {
            notes.add(0, (unusable - infinite) + " rows left out: a variable or the target is missing or not positive");
        }
        if (curves.stream().allMatch(c -> c.points().curve().size() == 0)) {
            throw new IllegalArgumentException(s.sourceName() + ": no row has " + x.name() + " and " + y.name()
                    + " both present and positive" + (request.where().isEmpty() ? "" : " among those matching " + describe(request.where())));
        }
        return new Selection(s, curves, notes);
    }

    /**
     * Adds a note naming the file and lines of the rows left out because x, y (or N, D, C when
     * joint) is infinite ({@code inf}, or a number such as {@code 1e400} past the largest double);
     * returns how many there are.
     */
    private static int noteInfinite(Sweep s, int[] rows, Column x, Column y, List<String> notes) {
        List<Column> used = new ArrayList<>(List.of(x, y));
        used.addAll(PlotData.jointColumns(s));
        Column[] columns = used.toArray(Column[]::new);
        List<String> places = new ArrayList<>();
        for (int r : rows) {
            for (Column c : columns) {
                if (!c.isMissing(r) && Double.isInfinite(c.number(r))) {
                    places.add("line " + s.lineNumber(r) + " (" + c.name() + ")");
                    break;
                }
            }
        }
        if (!places.isEmpty()) {
            notes.add(0, s.sourceName() + ": " + places.size() + " rows left out with an infinite value (inf, or past 1.8e308): "
                    + String.join(", ", places.stream().limit(5).toList()) + (places.size() > 5 ? ", ..." : ""));
        }
        return places.size();
    }

    private static Sweep withRoles(Sweep sweep, DataSelection request) {
        Sweep s = sweep;
        for (Map.Entry<String, ColumnRole> r : request.roles().entrySet()) {
            s = s.withRole(column(s, r.getKey()).name(), r.getValue());
        }
        return request.runColumn() == null ? s : s.withRole(column(s, request.runColumn()).name(), ColumnRole.RUN);
    }

    /**
     * The scale column: by name, else by role symbol; by default (null, or "x" when no column has
     * that name) N with N and D, else the only scale column, else a column named x.
     */
    static Column scale(Sweep sweep, String nameOrSymbol) {
        if (nameOrSymbol == null || nameOrSymbol.equals("x") && sweep.column("x").isEmpty()) {
            return PlotData.defaultScale(sweep).orElseGet(() -> onlyScaleColumn(sweep));
        }
        return sweep.column(nameOrSymbol).or(() -> Arrays.stream(ColumnRole.values())
                .filter(r -> r.symbol().equals(nameOrSymbol)).findFirst().flatMap(sweep::column))
                .orElseThrow(() -> new IllegalArgumentException(sweep.sourceName() + " has no column named " + nameOrSymbol
                        + " and no column in role " + nameOrSymbol));
    }

    private static Column onlyScaleColumn(Sweep sweep) {
        List<Column> scales = sweep.columns().stream().filter(c -> !c.isDerived())
                .filter(c -> c.role().isSize() || c.role() == ColumnRole.STEP).toList();
        if (scales.isEmpty()) {
            Optional<Column> plainX = numericNamed(sweep, "x");
            if (plainX.isPresent()) {
                return plainX.get();
            }
        }
        if (scales.size() != 1) {
            throw new IllegalArgumentException(sweep.sourceName() + " has " + (scales.isEmpty() ? "no" : scales.size())
                    + " scale columns " + scales.stream().map(Column::name).toList() + "; name the one to fit against with --x");
        }
        return scales.get(0);
    }

    /** A numeric column of this name (case ignored), read from a plain "x,y" table. */
    private static Optional<Column> numericNamed(Sweep sweep, String name) {
        return sweep.columns().stream().filter(c -> !c.isDerived() && c.isNumeric() && c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The target column: the named one, else the only metric column, else a column named y. */
    static Column target(Sweep sweep, String name) {
        if (name != null) {
            return column(sweep, name);
        }
        List<Column> metrics = sweep.columns(ColumnRole.METRIC);
        if (metrics.isEmpty()) {
            Optional<Column> plainY = numericNamed(sweep, "y");
            if (plainY.isPresent()) {
                return plainY.get();
            }
        }
        if (metrics.size() != 1) {
            throw new IllegalArgumentException(sweep.sourceName() + " has " + metrics.size()
                    + " metric columns " + metrics.stream().map(Column::name).toList() + "; name the target with --y");
        }
        return metrics.get(0);
    }

    private static int[] filtered(Sweep sweep, Map<String, String> where, List<String> notes) {
        int[] all = IntStream.range(0, sweep.rowCount()).toArray();
        int[] out = all;
        for (Map.Entry<String, String> w : where.entrySet()) {
            Column c = column(sweep, w.getKey());
            int[] before = out;
            out = Arrays.stream(before).filter(r -> matches(c, r, w.getValue())).toArray();
            if (out.length == 0) {
                Set<String> values = Arrays.stream(before).mapToObj(c::text)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                throw new IllegalArgumentException("no row has " + c.name() + " = " + w.getValue() + "; values are "
                        + String.join(", ", values.stream().limit(12).map(String::valueOf).toList()));
            }
        }
        if (!where.isEmpty()) {
            notes.add(out.length + " of " + all.length + " rows match " + describe(where));
        }
        return out;
    }

    private static boolean matches(Column c, int row, String value) {
        String cell = c.text(row);
        if (cell == null) {
            return false;
        }
        if (cell.equals(value)) {
            return true;
        }
        if (c.isNumeric() && !c.isMissing(row)) {
            try {
                return c.number(row) == Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static int[] withoutDuplicates(Sweep sweep, int[] candidates, List<String> notes) {
        // a row's own cells, and its file: the same values measured in two files are two points
        String file = SweepUnion.fileColumn(sweep).map(Column::name).orElse(null);
        List<Column> own = sweep.columns().stream().filter(c -> !c.isDerived() || c.name().equals(file)).toList();
        int[] out = new DuplicateRows(own).firstOccurrences(candidates);
        if (out.length < candidates.length) {
            notes.add(duplicateNote(candidates.length - out.length));
        }
        return out;
    }

    /**
     * The note every verb prints when exact duplicate rows were dropped: one policy, stated where it
     * is applied (see docs/decisions/0019).
     */
    public static String duplicateNote(int dropped) {
        return dropped == 1 ? "1 row repeats an earlier row exactly and was left out (each point counted once)"
                : dropped + " rows repeat an earlier row exactly and were left out (each point counted once)";
    }

    /** The rows of each curve by its name, in order of first appearance; one curve without a key. */
    private static Map<String, int[]> split(Sweep sweep, int[] rows, DataSelection request) {
        Map<String, int[]> out = new LinkedHashMap<>();
        if (request.curveKey().isEmpty()) {
            String name = request.where().isEmpty() ? sweep.sourceName() : sweep.sourceName() + " where " + describe(request.where());
            out.put(name, rows);
            return out;
        }
        List<Column> key = request.curveKey().stream().map(k -> column(sweep, k)).toList();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r : rows) {
            String name = key.stream().map(c -> c.name() + " = " + c.text(r)).collect(Collectors.joining(KEY_SEPARATOR));
            groups.computeIfAbsent(name, g -> new ArrayList<>()).add(r);
        }
        groups.forEach((name, members) -> out.put(name, members.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static boolean[] excluded(PlotData points, DataSelection request, List<String> notes) {
        int size = points.curve().size();
        boolean[] out = new boolean[size];
        for (int k = 0; k < size; k++) {
            out[k] = request.excludedRows().contains(points.curve().rowAt(k));
        }
        int[] kept = IntStream.range(0, size).filter(k -> !out[k]).toArray();
        int top = Math.min(request.excludeHighest(), kept.length);
        if (top == 0) {
            return out;
        }
        Arrays.stream(kept).boxed().sorted(Comparator.comparingDouble((Integer k) -> points.curve().yAt(k)).reversed())
                .limit(top).forEach(k -> out[k] = true);
        notes.add(top + " rows with the highest " + points.curve().y().name() + " left out"
                + (request.curveKey().isEmpty() ? "" : " (" + points.curve().name() + ")"));
        return out;
    }

    private static Column column(Sweep sweep, String name) {
        return sweep.column(name).orElseThrow(() -> new IllegalArgumentException(
                sweep.sourceName() + " has no column named " + name));
    }

    private static String describe(Map<String, String> where) {
        return where.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
