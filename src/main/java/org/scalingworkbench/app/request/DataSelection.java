package org.scalingworkbench.app.request;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ColumnRole;

/**
 * Which rows of which files a request reads, and as what (see the package documentation for what
 * each part means).
 *
 * @param files          the result files, read and joined in order; empty when the head hands the
 *                       use case a sweep it already loaded
 * @param roles          roles the user set by hand, by column name (they win over the guesses)
 * @param where          COLUMN = VALUE conditions a row must all meet (insertion order kept)
 * @param x              the scale column: a column name or a role symbol (N, D, C, step); null for
 *                       the default (the file's only scale column; with N and D, model size N)
 * @param y              the target column; null for the only metric column
 * @param curveKey       columns whose values together split the rows into curves; empty for one curve
 * @param runColumn      the column naming each row's training run (a run is held out whole); null
 *                       for the file's own run column, if any
 * @param excludedRows   rows (0-based, of the loaded sweep) the user excluded
 * @param excludeHighest how many rows of highest target each curve leaves out (Besiroglu et al. drop 5)
 * @param scales         scale factors the user set by hand, by column name (they win over the units
 *                       read from the headers; 1 keeps a column's values as read)
 */
public record DataSelection(List<Path> files, Map<String, ColumnRole> roles, Map<String, String> where, String x,
        String y, List<String> curveKey, String runColumn, Set<Integer> excludedRows, int excludeHighest,
        Map<String, Double> scales) {

    public DataSelection {
        files = List.copyOf(files);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        curveKey = List.copyOf(curveKey);
        excludedRows = Collections.unmodifiableSet(new TreeSet<>(excludedRows));
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        if (excludeHighest < 0) {
            throw new IllegalArgumentException("rows of highest target to leave out must be ≥ 0, got " + excludeHighest);
        }
    }

    /** A selection with no scale factor set by hand. */
    public DataSelection(List<Path> files, Map<String, ColumnRole> roles, Map<String, String> where, String x,
            String y, List<String> curveKey, String runColumn, Set<Integer> excludedRows, int excludeHighest) {
        this(files, roles, where, x, y, curveKey, runColumn, excludedRows, excludeHighest, Map.of());
    }

    /** The roles and scale factors to apply when the files are read. */
    public ColumnChoices choices() {
        return new ColumnChoices(roles, scales);
    }

    /** Every row of {@code files}, default columns, one curve. */
    public static DataSelection of(List<Path> files) {
        return new DataSelection(files, Map.of(), Map.of(), null, null, List.of(), null, Set.of(), 0);
    }

    /** Every row of a sweep the head already loaded, default columns, one curve. */
    public static DataSelection loaded() {
        return of(List.of());
    }

    public DataSelection withRoles(Map<String, ColumnRole> r) {
        return new DataSelection(files, r, where, x, y, curveKey, runColumn, excludedRows, excludeHighest, scales);
    }

    public DataSelection withWhere(Map<String, String> w) {
        return new DataSelection(files, roles, w, x, y, curveKey, runColumn, excludedRows, excludeHighest, scales);
    }

    public DataSelection withColumns(String xColumn, String yColumn) {
        return new DataSelection(files, roles, where, xColumn, yColumn, curveKey, runColumn, excludedRows, excludeHighest, scales);
    }

    public DataSelection withCurveKey(List<String> key) {
        return new DataSelection(files, roles, where, x, y, key, runColumn, excludedRows, excludeHighest, scales);
    }

    public DataSelection withExcludedRows(Set<Integer> rows) {
        return new DataSelection(files, roles, where, x, y, curveKey, runColumn, rows, excludeHighest, scales);
    }

    public DataSelection withExcludeHighest(int k) {
        return new DataSelection(files, roles, where, x, y, curveKey, runColumn, excludedRows, k, scales);
    }
}
