package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void showsColumnsRolesRangesAndNotes() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "params,tokens,loss\n1e8,2e9,3.5\n2e8,4e9,\n,,\n");
        assertThat(cli.run("inspect", file.toString())).isZero();
        String text = cli.out();
        assertThat(text).contains("runs.csv: 2 rows (delimited text, delimiter ',', header on line 1)");
        assertThat(text).containsPattern("params +number +N +2 +1\\.0000e\\+08 +2\\.0000e\\+08 +named like the parameter count N");
        assertThat(text).containsPattern("C +number +C +2 .* derived: C = 6·N·D");
        assertThat(text).contains("skipped line 4: empty row");
        assertThat(text).contains("note: column \"loss\" (metric): 1 missing value on line 3");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void reportsEachBadFileOnOneLineAndExitsWithOne() throws IOException {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "params,loss\n1e8,3.5\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "params,loss\n1e8,3.5\nabc,3.1\n");
        assertThat(cli.run("inspect", bad.toString(), good.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("scaling-workbench inspect: bad.csv, line 3, column 1 (params): "
                + "expected a number such as 1.5e9 or 300M (the column is N), found \"abc\"");
        assertThat(cli.out()).contains("good.csv: 1 row (");
    }

    @Test
    void controlCharactersOfColumnNamesCellsAndMessagesArePrintedEscaped() throws IOException {
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, "params,\u001b]0;pwned\u0007loss\u001b[2J,note\n1e8,3.5,a\u0008b\n2e8,3.1,c\u009bd\n");
        assertThat(cli.run("inspect", file.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\\e]0;pwned\\u0007loss\\e[2J").doesNotContain("\u001b", "\u0007", "\u009b");
        assertThat(cli.run("fit", file.toString(), "--law", "plc", "--y", "\u001b[2Jnothing")).isEqualTo(1);
        assertThat(cli.err()).contains("has no column named \\e[2Jnothing").doesNotContain("\u001b");
    }

    @Test
    void lineBreaksAndTabsPassUnchanged() {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(new TerminalSafeWriter(text), true);
        out.print("a\tb\r\nc\rd\n\u202eevil");
        out.close();
        assertThat(text.toString()).isEqualTo("a\tb\r\nc\\rd\n\\u202eevil");
    }
}
