package org.scalingworkbench.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats a {@link ScalingReport} is written in, each known by its file extensions. */
public enum ReportFormat {

    /** Markdown tables with Unicode symbols. */
    MARKDOWN(List.of("md", "markdown"), r -> new MarkdownReportWriter().write(r)),
    /** LaTeX tables with booktabs rules and math symbols. */
    LATEX(List.of("tex"), r -> new LatexReportWriter().write(r)),
    /** JSON at full precision, non-finite numbers as null. */
    JSON(List.of("json"), r -> new JsonReportWriter().write(r));

    private final List<String> extensions;
    private final Function<ScalingReport, String> writer;

    ReportFormat(List<String> extensions, Function<ScalingReport, String> writer) {
        this.extensions = extensions;
        this.writer = writer;
    }

    /** The format a file's extension names (case ignored): .md, .markdown, .tex or .json. */
    public static Optional<ReportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** The report as text in this format. */
    public String write(ScalingReport report) {
        return writer.apply(report);
    }

    /**
     * Writes the report to {@code file} (UTF-8) in the format its extension names.
     *
     * @throws IllegalArgumentException when the extension is none of .md, .markdown, .tex, .json
     */
    public static void writeFile(ScalingReport report, Path file) throws IOException {
        ReportFormat format = forFile(file).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format for " + file.getFileName() + ": use .md, .tex or .json"));
        Files.writeString(file, format.write(report), StandardCharsets.UTF_8);
    }
}
