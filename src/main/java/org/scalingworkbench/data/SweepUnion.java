package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several sweeps read as one, so that they can be plotted and fitted together: the rows of the
 * first file, then those of the second, and so on, each row keeping the line it was read from.
 * Columns are matched by name. A column some files lack is missing in their rows, and a column
 * that holds text in any file holds text in the union. The role of a column is the one the
 * first file holding it gives it; where files disagree, or where a role only one column may hold
 * (N, D, C, step, run, split) falls to two columns, the union says so in {@link #notes()}. A text
 * column named after the files (see {@link #fileColumn}) tells each row's file.
 */
public final class SweepUnion {

    /** The derivation of the column naming each row's file. */
    public static final String FILE_DERIVATION = "the file each row came from";

    private final List<Sweep> parts;
    private final int[] offsets;
    private final Sweep sweep;
    private final List<String> notes;

    private SweepUnion(List<Sweep> parts, int[] offsets, Sweep sweep, List<String> notes) {
        this.parts = parts;
        this.offsets = offsets;
        this.sweep = sweep;
        this.notes = notes;
    }

    /**
     * The union of {@code parts}, in order; with one part, that part itself (no file column).
     *
     * @throws IllegalArgumentException if there are no parts
     */
    public static SweepUnion of(List<Sweep> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a union needs at least one sweep");
        }
        List<Sweep> copy = List.copyOf(parts);
        int[] offsets = new int[copy.size() + 1];
        for (int i = 0; i < copy.size(); i++) {
            offsets[i + 1] = offsets[i] + copy.get(i).rowCount();
        }
        if (copy.size() == 1) {
            return new SweepUnion(copy, offsets, copy.get(0), List.of());
        }
        List<String> notes = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> labels = labels(copy);
        columns.add(fileColumn(copy, labels, offsets));
        columns.addAll(completed(matchedColumns(copy, labels, offsets, notes), notes));
        int[] lines = new int[offsets[copy.size()]];
        for (int i = 0; i < copy.size(); i++) {
            for (int r = 0; r < copy.get(i).rowCount(); r++) {
                lines[offsets[i] + r] = copy.get(i).lineNumber(r);
            }
        }
        return new SweepUnion(copy, offsets, Sweep.owning(name(labels), columns, lines), List.copyOf(notes));
    }

    /** The column naming each row's file in a union's sweep; empty for a sweep read from one file. */
    public static Optional<Column> fileColumn(Sweep sweep) {
        return sweep.columns().stream().filter(c -> FILE_DERIVATION.equals(c.derivation())).findFirst();
    }

    /** The rows of every part as one sweep (the part itself when there is one). */
    public Sweep sweep() {
        return sweep;
    }

    /** The sweeps joined, in order. */
    public List<Sweep> parts() {
        return parts;
    }

    /** Which part row {@code row} of the union came from. */
    public int partOf(int row) {
        if (row < 0 || row >= offsets[parts.size()]) {
            throw new IndexOutOfBoundsException("row " + row + " of " + offsets[parts.size()]);
        }
        int i = Arrays.binarySearch(offsets, row);
        if (i >= 0) {
            while (offsets[i + 1] == row) {
                i++; // skip empty parts
            }
            return i;
        }
        return -i - 2;
    }

    /** The row of its own part that row {@code row} of the union is. */
    public int rowInPart(int row) {
        return row - offsets[partOf(row)];
    }

    /** The row of the union that row {@code row} of part {@code part} became. */
    public int rowOf(int part, int row) {
        if (row < 0 || row >= parts.get(part).rowCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of " + parts.get(part).rowCount());
        }
        return offsets[part] + row;
    }

    /** What the user should know about how the files were matched, one sentence each. */
    public List<String> notes() {
        return notes;
    }

    /** Each part's label: its file name, numbered where two files share a name. */
    private static List<String> labels(List<Sweep> parts) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Sweep s : parts) {
            int n = seen.merge(s.sourceName(), 1, Integer::sum);
            out.add(n == 1 ? s.sourceName() : s.sourceName() + " (" + n + ")");
        }
        return out;
    }

    private static String name(List<String> labels) {
        return labels.size() <= 3 ? String.join(" + ", labels) : labels.get(0) + " + " + (labels.size() - 1) + " more files";
    }

    private static Column fileColumn(List<Sweep> parts, List<String> labels, int[] offsets) {
        String name = "file";
        while (nameTaken(parts, name)) {
            name = "(" + name + ")";
        }
        String[] values = new String[offsets[parts.size()]];
        for (int i = 0; i < parts.size(); i++) {
            Arrays.fill(values, offsets[i], offsets[i + 1], labels.get(i));
        }
        return Column.derivedText(name, ColumnRole.GROUP, FILE_DERIVATION, values);
    }

    private static boolean nameTaken(List<Sweep> parts, String name) {
        return parts.stream().anyMatch(s -> s.column(name).isPresent());
    }

    /** Model size, data, compute and step: matched across files by role, whatever each file calls them. */
    private static final List<ColumnRole> BY_ROLE = List.of(ColumnRole.PARAMETERS, ColumnRole.DATA, ColumnRole.COMPUTE, ColumnRole.STEP);

    /** The columns matched by role, then every other column matched by name, in order of first appearance. */
    private static List<Column> matchedColumns(List<Sweep> parts, List<String> labels, int[] offsets, List<String> notes) {
        List<Column> out = new ArrayList<>();
        for (ColumnRole role : BY_ROLE) {
            List<Optional<Column>> each = parts.stream().map(s -> s.column(role).filter(Column::isNumeric)).toList();
            each.stream().flatMap(Optional::stream).findFirst().ifPresent(model -> {
                for (int i = 0; i < parts.size(); i++) {
                    if (each.get(i).isPresent() && !each.get(i).get().name().equals(model.name())) {
                        notes.add(String.format("%s is \"%s\" in %s but \"%s\" in %s; shown together they are one column, \"%s\"",
                                role.symbol(), model.name(), holder(each, labels), each.get(i).get().name(), labels.get(i),
                                model.name()));
                    }
                }
                out.add(joined(each, offsets, model.name(), role, model.roleReason(), true));
            });
        }
        Map<String, Column> first = new LinkedHashMap<>();
        parts.forEach(s -> s.columns().stream().filter(c -> !byRole(c)).forEach(c -> first.putIfAbsent(c.name(), c)));
        Map<ColumnRole, String> single = new HashMap<>();
        for (Column model : first.values()) {
            List<Optional<Column>> each = parts.stream().map(s -> s.column(model.name()).filter(c -> !byRole(c))).toList();
            ColumnRole role = agreedRole(each, labels, model, notes);
            boolean numeric = each.stream().allMatch(c -> c.map(Column::isNumeric).orElse(true));
            boolean taken = role.isSingle() && single.containsKey(role);
            if (taken || role.requiresNumbers() && !numeric) {
                notes.add(String.format("Column \"%s\" is not used as %s when the files are shown together (%s)", model.name(),
                        role.symbol(), taken ? "\"" + single.get(role) + "\" is" : "it holds text in some file"));
                role = ColumnRole.OTHER;
            }
            if (role.isSingle()) {
                single.put(role, model.name());
            }
            String name = out.stream().anyMatch(c -> c.name().equals(model.name())) ? model.name() + " (other)" : model.name();
            out.add(joined(each, offsets, name, role, model.role() == role ? model.roleReason() : "files shown together", numeric));
        }
        return out;
    }

    /**
     * Fills the cells of N, D and C one file lacks from the other two, with C = 6·N·D as
     * {@link DerivedQuantities} does for one file (a file of N and D beside one of N and C).
     */
    private static List<Column> completed(List<Column> columns, List<String> notes) {
        int[] at = BY_ROLE.subList(0, 3).stream().mapToInt(r -> indexOf(columns, r)).toArray();
        if (Arrays.stream(at).anyMatch(i -> i < 0)) {
            return columns;
        }
        double[] n = columns.get(at[0]).numbers();
        double[] d = columns.get(at[1]).numbers();
        double[] c = columns.get(at[2]).numbers();
        int filledC = 0;
        int filledD = 0;
        for (int r = 0; r < n.length; r++) {
            if (Double.isNaN(c[r]) && !Double.isNaN(n[r]) && !Double.isNaN(d[r])) {
                c[r] = 6 * n[r] * d[r];
                filledC++;
            } else if (Double.isNaN(d[r]) && !Double.isNaN(n[r]) && !Double.isNaN(c[r])) {
                d[r] = c[r] / (6 * n[r]);
                filledD++;
            }
        }
        List<Column> out = new ArrayList<>(columns);
        if (filledC > 0) {
            out.set(at[2], refilled(columns.get(at[2]), c));
            notes.add(String.format("C = 6·N·D filled in for %d rows of files without \"%s\"", filledC, columns.get(at[2]).name()));
        }
        if (filledD > 0) {
            out.set(at[1], refilled(columns.get(at[1]), d));
            notes.add(String.format("D = C/(6·N) filled in for %d rows of files without \"%s\"", filledD, columns.get(at[1]).name()));
        }
        return out;
    }

    private static int indexOf(List<Column> columns, ColumnRole role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static Column refilled(Column c, double[] values) {
        return Column.numeric(c.name(), c.role(), c.roleReason(), values);
    }

    private static boolean byRole(Column c) {
        return BY_ROLE.contains(c.role()) && c.isNumeric();
    }

    /** The role of the first file holding the column; a note where another file gives it another. */
    private static ColumnRole agreedRole(List<Optional<Column>> each, List<String> labels, Column model, List<String> notes) {
        for (int i = 0; i < each.size(); i++) {
            if (each.get(i).isPresent() && each.get(i).get().role() != model.role()) {
                notes.add(String.format("Column \"%s\" is %s in %s but %s in %s; shown together it is %s", model.name(),
                        model.role().symbol(), holder(each, labels), each.get(i).get().role().symbol(), labels.get(i),
                        model.role().symbol()));
                break;
            }
        }
        return model.role();
    }

    /** The label of the first file that holds the column. */
    private static String holder(List<Optional<Column>> each, List<String> labels) {
        for (int i = 0; i < each.size(); i++) {
            if (each.get(i).isPresent()) {
                return labels.get(i);
            }
        }
        return labels.get(0);
    }

    private static Column joined(List<Optional<Column>> each, int[] offsets, String name, ColumnRole role, String reason,
            boolean numeric) {
        int n = offsets[each.size()];
        double[] numbers = numeric ? new double[n] : null;
        String[] texts = numeric ? null : new String[n];
        if (numeric) {
            Arrays.fill(numbers, Double.NaN);
        }
        for (int i = 0; i < each.size(); i++) {
            Column c = each.get(i).orElse(null);
            for (int r = 0; c != null && r < c.size(); r++) {
                if (numeric) {
                    numbers[offsets[i] + r] = c.number(r);
                } else {
                    texts[offsets[i] + r] = c.text(r);
                }
            }
        }
        return numeric ? Column.numeric(name, role, reason, numbers) : Column.text(name, role, reason, texts);
    }
}
