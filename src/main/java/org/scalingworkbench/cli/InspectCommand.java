package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ColumnScale;
import org.scalingworkbench.data.ImportReport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SkippedRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect FILE...}: how each file would be imported: its columns with kind, role, unit,
 * scale factor and the reason for each guess, values present and range (in base units), the rows skipped and the warnings. A file that cannot be
 * read gets one line naming file, line and column; the exit code is 1 if any file failed.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how result files are read: columns, guessed roles, skipped rows, warnings.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private List<Path> files;

    @CommandLine.Mixin
    private ColumnOptions columns;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepLoading loading = SweepLoading.standard();
        ColumnChoices choices = columns.choices();
        int failed = 0;
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            try {
                ImportedSweep imported = loading.load(file, choices);
                print(out, imported);
                seen.addAll(imported.sweep().columns().stream().map(Column::name).toList());
            } catch (IOException | IllegalArgumentException e) {
                failed++;
                err.println("scaling-workbench inspect: " + e.getMessage());
            }
        }
        for (String name : failed == 0 ? unseen(choices, seen) : List.<String>of()) {
            failed++;
            err.println("scaling-workbench inspect: no file has a column named \"" + name + "\" (named in --role or --scale)");
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static List<String> unseen(ColumnChoices choices, Set<String> seen) {
        Set<String> named = new LinkedHashSet<>(choices.roles().keySet());
        named.addAll(choices.scales().keySet());
        return named.stream().filter(n -> !seen.contains(n)).toList();
    }

    private static void print(PrintWriter out, ImportedSweep imported) {
        ImportReport report = imported.report();
        out.printf("%s: %,d row%s (%s)%n", report.sourceName(), report.rowsRead(), report.rowsRead() == 1 ? "" : "s",
                report.format());
        out.printf("  %3s  %-28s %-7s %-6s %-10s %-8s %8s %12s %12s  %s%n", "#", "column", "kind", "role", "unit", "scale",
                "present", "min", "max", "why");
        List<Column> columns = imported.sweep().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            ColumnScale scale = c.scale();
            out.printf("  %3d  %-28s %-7s %-6s %-10s %-8s %8d %12s %12s  %s%n", i + 1, shorten(c.name()),
                    c.isNumeric() ? "number" : "text", c.role().symbol(), scale.unit(),
                    scale.scales() ? "×" + ColumnScale.factorText(scale.factor()) : "", c.presentCount(),
                    number(c.min()), number(c.max()), c.roleReason() + (scale.reason().isEmpty() ? "" : "; unit: " + scale.reason()));
        }
        for (String s : report.scaled()) {
            out.printf("  unit: %s%n", s);
        }
        for (SkippedRow s : report.skipped()) {
            out.printf("  skipped line %d: %s%n", s.line(), s.reason());
        }
        for (String w : report.warnings()) {
            out.printf("  note: %s%n", w);
        }
        out.println();
    }

    private static String shorten(String name) {
        return name.length() <= 28 ? name : name.substring(0, 25) + "...";
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format("%.4e", v);
        }
        return String.format("%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
