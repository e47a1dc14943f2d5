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
 */
public record ReportData(List<DataSource> sources, String target, String scale, List<Integer> excludedLines) {

    public ReportData {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one source");
        }
        sources = List.copyOf(sources);
        excludedLines = excludedLines.stream().sorted().toList();
    }

    /** Fits made on the one file {@code source}. */
    public ReportData(DataSource source, String target, String scale, List<Integer> excludedLines) {
        this(List.of(source), target, scale, excludedLines);
    }

    /** The data's name: the file's, or the files' joined by " + " as the window names them shown together. */
    public String name() {
        return sources.stream().map(DataSource::name).collect(Collectors.joining(" + "));
    }
}
