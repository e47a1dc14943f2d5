package org.scalingworkbench.app.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report's fits were made on: the file, the two columns and the points the user left out.
 *
 * @param source        the file, with the SHA-256 of its bytes when known
 * @param target        the target column (the loss or metric), plotted on the y axis
 * @param scale         the scaling variable's column (parameters, tokens, FLOPs or steps), on the x axis
 * @param excludedLines the 1-based source lines of the points the user excluded, ascending
 */
public record ReportData(DataSource source, String target, String scale, List<Integer> excludedLines) {

    public ReportData {
        Objects.requireNonNull(source, "source");
        excludedLines = excludedLines.stream().sorted().toList();
    }
}
