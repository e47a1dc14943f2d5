package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSweepReaderTest {

    @TempDir
    Path dir;

    private final CsvSweepReader reader = new CsvSweepReader();

    private ImportedSweep read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return reader.read(file);
    }

    private static double[] numbers(Sweep s, String column) {
        return s.column(column).orElseThrow().numbers();
    }

    @Test
    void readsCommaSeparatedWithHeaderAndLineNumbers() throws IOException {
        ImportedSweep imported = read("runs.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,4e9,3.2\n");
        Sweep s = imported.sweep();
        assertThat(s.sourceName()).isEqualTo("runs.csv");
        assertThat(s.rowCount()).isEqualTo(2);
        assertThat(numbers(s, "params")).containsExactly(1e8, 2e8);
        assertThat(numbers(s, "loss")).containsExactly(3.5, 3.2);
        assertThat(s.lineNumber(0)).isEqualTo(2);
        assertThat(s.lineNumber(1)).isEqualTo(3);
        assertThat(imported.report().format()).contains("delimiter ','").contains("header on line 1");
    }

    @Test
    void derivesComputeAsSixNDWhenTheFileHasNone() throws IOException {
        ImportedSweep imported = read("nd.csv", "N,D,loss\n1.5e8,3e9,3.1\n4e8,8e9,2.9\n");
        Column c = imported.sweep().column(ColumnRole.COMPUTE).orElseThrow();
        assertThat(c.isDerived()).isTrue();
        assertThat(c.name()).isEqualTo("C");
        assertThat(c.derivation()).isEqualTo("C = 6·N·D");
        assertThat(c.numbers()).containsExactly(6 * 1.5e8 * 3e9, 6 * 4e8 * 8e9);
        assertThat(c.numbers()[0]).isEqualTo(2.7e18);
        assertThat(imported.report().warnings()).anyMatch(w -> w.contains("derived as C = 6·N·D"));
    }

    @Test
    void derivesTokensAsComputeOverSixNWhenTheFileHasNone() throws IOException {
        ImportedSweep imported = read("nc.csv", "Model Size,Training FLOP,loss\n1e9,6e19,2.5\n2e9,3e20,2.3\n");
        Column d = imported.sweep().column(ColumnRole.DATA).orElseThrow();
        assertThat(d.isDerived()).isTrue();
        assertThat(d.numbers()).containsExactly(6e19 / (6 * 1e9), 3e20 / (6 * 2e9));
        assertThat(d.numbers()[0]).isEqualTo(1e10);
        assertThat(imported.report().warnings()).anyMatch(w -> w.contains("derived as D = C/(6·N)"));
    }

    @Test
    void derivedColumnTakesAFreeName() throws IOException {
        Sweep s = read("named.csv", "params,tokens,C,loss\n1e8,2e9,x,3.5\n").sweep();
        assertThat(s.column(ColumnRole.COMPUTE).orElseThrow().name()).isEqualTo("C (derived)");
        assertThat(s.column("C").orElseThrow().kind()).isEqualTo(ColumnKind.TEXT);
    }

    @Test
    void detectsTabsSemicolonsAndTheDecimalComma() throws IOException {
        Sweep tsv = read("runs.tsv", "params\ttokens\tloss\n1,000,000\t2e9\t3.5\n").sweep();
        assertThat(numbers(tsv, "params")).containsExactly(1e6);
        ImportedSweep semi = read("euro.csv", "params;tokens;loss\n1e8;2e9;3,5\n2e8;4e9;3,25\n");
        assertThat(numbers(semi.sweep(), "loss")).containsExactly(3.5, 3.25);
        assertThat(semi.report().format()).contains("delimiter ';'").contains("decimal comma");
    }

    @Test
    void ambiguousCommaIsAThousandsSeparator() throws IOException {
        ImportedSweep imported = read("steps.csv", "step;loss\n1,000;3.5\n2,000;3.25\n");
        assertThat(numbers(imported.sweep(), "step")).containsExactly(1000, 2000);
        assertThat(imported.report().format()).doesNotContain("decimal comma");
    }

    @Test
    void handlesQuotingCommentsBlankLinesBomAndCrlf() throws IOException {
        String content = "\uFEFF# exported 2024-05-01\r\nrun,params,loss\r\n\"big, \"\"wide\"\" run\",1.5B,3.1\r\n\r\n"
                + "# a note\r\n\"two\nlines\",300M,\"3.5\"\r\nplain,32.0K,4\r\n";
        ImportedSweep imported = read("quoted.csv", content);
        Sweep s = imported.sweep();
        assertThat(s.column("run").orElseThrow().text(0)).isEqualTo("big, \"wide\" run");
        assertThat(s.column("run").orElseThrow().text(1)).isEqualTo("two\nlines");
        assertThat(numbers(s, "params")).containsExactly(1.5e9, 3e8, 32000);
        assertThat(numbers(s, "loss")).containsExactly(3.1, 3.5, 4);
        assertThat(new int[] {s.lineNumber(0), s.lineNumber(1), s.lineNumber(2)}).containsExactly(3, 6, 8);
        assertThat(imported.report().format()).contains("byte-order mark").contains("header on line 2");
    }

    @Test
    void headerlessNumbersGetNumberedColumns() throws IOException {
        ImportedSweep imported = read("bare.csv", "1e8,3.5\n2e8,3.2\n");
        Sweep s = imported.sweep();
        assertThat(s.rowCount()).isEqualTo(2);
        assertThat(s.columns()).extracting(Column::name).containsExactly("column 1", "column 2");
        assertThat(s.lineNumber(0)).isEqualTo(1);
        assertThat(imported.report().format()).contains("no header");
    }

    @Test
    void skipsEmptyRowsAndRepeatedHeadersWithTheirLines() throws IOException {
        ImportedSweep imported = read("concat.csv", "params,loss\n1e8,3.5\n,\nparams,loss\n2e8,3.2\n3e8,3.0,,\n");
        assertThat(imported.sweep().rowCount()).isEqualTo(3);
        assertThat(imported.report().skipped()).containsExactly(new SkippedRow(3, "empty row"),
                new SkippedRow(4, "repeats the header"));
        assertThat(imported.sweep().lineNumber(2)).isEqualTo(6);
    }

    @Test
    void reportsMissingValuesWithTheirLines() throws IOException {
        ImportedSweep imported = read("gaps.csv", "params,loss,note\n1e8,NaN,\n2e8,,x\n3e8,3.0,\n4e8,NA,\n");
        assertThat(numbers(imported.sweep(), "loss")).containsExactly(Double.NaN, Double.NaN, 3.0, Double.NaN);
        assertThat(imported.report().warnings())
                .contains("column \"loss\" (metric): 3 missing values on lines 2, 3, 5")
                .contains("missing values in 1 other column: \"note\" (3)");
    }

    @Test
    void countsDuplicateRows() throws IOException {
        ImportedSweep imported = read("dups.csv", "params,loss\n1e8,3.5\n1e8,3.5\n2e8,3.2\n1e8,3.5\n");
        assertThat(imported.report().warnings()).contains("2 rows repeat an earlier row exactly (kept in the file; every fitting verb counts each point once)");
    }

    @Test
    void columnWithTextAfterTheSampleBecomesText() throws IOException {
        StringBuilder content = new StringBuilder("params,loss,seed\n");
        for (int i = 1; i <= 1500; i++) {
            content.append(i).append("e6,3.1,").append(i).append('\n');
        }
        content.append("2e9,2.5,unknown\n");
        Sweep s = read("late.csv", content.toString()).sweep();
        Column seed = s.column("seed").orElseThrow();
        assertThat(seed.kind()).isEqualTo(ColumnKind.TEXT);
        assertThat(seed.text(0)).isEqualTo("1");
        assertThat(seed.text(1500)).isEqualTo("unknown");
        assertThat(s.column("params").orElseThrow().number(1500)).isEqualTo(2e9);
    }

    @Test
    void readsEveryCellOfAFileLargerThanTheReadBuffer() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        StringBuilder content = new StringBuilder("note,params,loss\n");
        int rows = 20_000;
        String[] notes = new String[rows];
        for (int i = 0; i < rows; i++) {
            notes[i] = "n" + i + "x".repeat(random.nextInt(200)) + (i % 7 == 0 ? ", \"q\"\nline" : "");
            content.append('"').append(notes[i].replace("\"", "\"\"")).append("\",").append(i + 1).append("e3,")
                    .append(i % 100 / 10.0).append('\n');
        }
        assertThat(content.length()).isGreaterThan(2_000_000);
        Sweep s = read("big.csv", content.toString()).sweep();
        assertThat(s.rowCount()).isEqualTo(rows);
        int line = 2;
        for (int i = 0; i < rows; i++) {
            assertThat(s.column("note").orElseThrow().text(i)).isEqualTo(notes[i]);
            assertThat(s.column("params").orElseThrow().number(i)).isEqualTo((i + 1) * 1e3);
            assertThat(s.column("loss").orElseThrow().number(i)).isEqualTo(i % 100 / 10.0);
            assertThat(s.lineNumber(i)).isEqualTo(line);
            line += i % 7 == 0 ? 2 : 1;
        }
    }

    @Test
    void acceptsOldMacLineEnds() throws IOException {
        Sweep s = read("cr.csv", "params,loss\r1e8,3.5\r2e8,3.25\r").sweep();
        assertThat(s.column("loss").orElseThrow().numbers()).containsExactly(3.5, 3.25);
        assertThat(s.lineNumber(1)).isEqualTo(3);
    }

    @Test
    void keepsNonAsciiText() throws IOException {
        Path file = dir.resolve("utf8.csv");
        Files.write(file, "model,params,loss\nGröße-λ,1e8,3.5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(file).sweep().column("model").orElseThrow().text(0)).isEqualTo("Größe-λ");
    }
}
