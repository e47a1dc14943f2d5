package org.scalingworkbench.app.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a report's fits were made on: the files, the two columns and the points the user left out.
 *
 * @param sources       every file the fits used, in the order shown (one, or several shown together
 *                      as one sweep), each with the SHA-256 of its bytes when known
 * @param target        the target column (the loss or metric), plotted on the y axis
 * @param scale         the scaling variable's column (parameters, tokens, FLOPs or steps), on the x axis
 * @param excludedLines the 1-based source lines of the points the user excluded, ascending
 * @param notes         what the row selection did (duplicates counted once, rows left out), as printed
 * @param curve         the curve of a request with a curve key ("Task = arc"); null for the whole file
 */
public record ReportData(List<DataSource> sources, String target, String scale, List<Integer> excludedLines, String curve,
        List<String> notes) {

    public ReportData {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one source");
        }
        sources = List.copyOf(sources);
        excludedLines = excludedLines.stream().sorted().toList();
        notes = List.copyOf(notes);
    }

    /** Fits made on the whole of the files {@code sources} (no curve key). */
    public ReportData(List<DataSource> sources, String target, String scale, List<Integer> excludedLines) {
        this(sources, target, scale, excludedLines, null, List.of());
    }

    /** Fits made on the one file {@code source}. */
    public ReportData(DataSource source, String target, String scale, List<Integer> excludedLines) {
        this(List.of(source), target, scale, excludedLines, null, List.of());
    }

    /** The same data as one curve of a request with a curve key. */
    public ReportData ofCurve(String name) {
        return new ReportData(sources, target, scale, excludedLines, name, notes);
    }

    /**
     * The same data with the selection's notes (rows matching --where, exact duplicate rows counted
     * once, rows left out), as {@code fit}, {@code compare} and the other verbs print them.
     */
    public ReportData withNotes(List<String> selectionNotes) {
        return new ReportData(sources, target, scale, excludedLines, curve, selectionNotes);
    }

    /** The curve's name, if the report is of one curve of several. */
    public java.util.Optional<String> curveName() {
        return java.util.Optional.ofNullable(curve);
    }

    /** The data's name: the file's, or the files' joined by " + " as the window names them shown together. */
    public String name() {
        return sources.stream().map(DataSource::name).collect(Collectors.joining(" + "));
    }
}
