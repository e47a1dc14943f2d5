package org.scalingworkbench.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.data.SweepFormatException;
import org.scalingworkbench.data.SweepImporter;

/**
 * Malformed result files, hand-written and generated: each must end in a {@link SweepFormatException}
 * naming the file, the line where there is one, and the problem, within {@link Bounded#LIMIT}.
 */
class MalformedSweepFileTest {

    @TempDir
    Path dir;

    private final SweepImporter importer = new SweepImporter();

    /** A malformed file and the start of the message it must give. */
    record Case(String file, byte[] content, String messageStart) {
        static Case of(String file, String content, String messageStart) {
            return new Case(file, content.getBytes(StandardCharsets.UTF_8), messageStart);
        }
    }

    static List<Case> handWritten() {
        return List.of(
            Case.of("blank.csv", "\n\n\n", "blank.csv: "),
            Case.of("spaces.csv", "   \n  \t \n", "spaces.csv: "),
            Case.of("bom-only.csv", "\uFEFF", "bom-only.csv: "),
            Case.of("one-cell.csv", "loss", "one-cell.csv: "),
            Case.of("inf.csv", "params,loss\n1e9,3.1\nInfinity,3.0\n", "inf.csv, line 3"),
            Case.of("huge-exp.csv", "params,loss\n1e9,3.1\n1e999,3.0\n", "huge-exp.csv, line 3"),
            Case.of("hex.csv", "params,loss\n0x10,3.1\n2e9,3.0\n", "hex.csv, line 2"),
            Case.of("comma-decimal.csv", "params;loss\n1e9;3,1\n2e9;abc\n", "comma-decimal.csv, line 3"),
            Case.of("quote-eof.csv", "run,params,loss\na,1e9,3.1\n\"b,2e9,3.0", "quote-eof.csv, line 3"),
            Case.of("cr-only.csv", "params,loss\r1e9,3.1\r2e9,x\r", "cr-only.csv, line 3"),
            Case.of("ragged-crlf.csv", "params,loss\r\n1e9,3.1\r\n2e9\r\n", "ragged-crlf.csv, line 3"),
            Case.of("array.json", "[]", "array.json"),
            Case.of("null.json", "null", "null.json"),
            Case.of("truncated.json", "[{\"params\": 1e9, \"loss\": 3.1}, {\"params\":", "truncated.json, line 1"),
            Case.of("deep.json", "[".repeat(5000) + "]".repeat(5000), "deep.json"),
            Case.of("deep-row.json", "[" + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000) + "]", "deep-row.json, line 1, column 5997: invalid JSON: nested more than 1000 levels"),
            Case.of("twice.json", "[{\"params\": 1e9,\n \"loss\": 3.1, \"loss\": 2.9}]", "twice.json, line 2, column 21: invalid JSON: key \"loss\" appears twice"),
            Case.of("twice.jsonl", "{\"step\": 1, \"loss\": 3.1}\n{\"step\": 2, \"step\": 3}\n", "twice.jsonl, line 2, column "),
            Case.of("bad.jsonl", "{\"step\": 1, \"loss\": 3.1}\nnot json\n", "bad.jsonl, line 2"),
            Case.of("array-line.jsonl", "{\"step\": 1, \"loss\": 3.1}\n[1,2]\n", "array-line.jsonl, line 2"),
            Case.of("empty-lines.jsonl", "\n\n", "empty-lines.jsonl"),
            Case.of("wide-bad.csv", "Step,run-a - loss\n1,3.1\nx,3.0\n", "wide-bad.csv, line 3"),
            new Case("nul-first.csv", new byte[] {0, 0, 0, 0}, "nul-first.csv"),
            new Case("pdf.csv", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), "pdf.csv"),
            new Case("png.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "png.csv"));
    }

    /** Bad cells, short rows and open quotes at every line of a 30-row file. */
    static List<Case> generated() {
        List<Case> cases = new ArrayList<>();
        for (int bad = 1; bad <= 30; bad++) {
            cases.add(Case.of("cell-" + bad + ".csv", table(30, bad, "1e9x,3.1"), "cell-" + bad + ".csv, line " + (bad + 1) + ", column 2 (params)"));
            cases.add(Case.of("loss-" + bad + ".csv", table(30, bad, "1e9,--3"), "loss-" + bad + ".csv, line " + (bad + 1) + ", column 3 (loss)"));
            cases.add(Case.of("short-" + bad + ".csv", table(30, bad, "1e9"), "short-" + bad + ".csv, line " + (bad + 1)));
            cases.add(Case.of("quote-" + bad + ".csv", table(30, bad, "\"1e9,3.1"), "quote-" + bad + ".csv, line " + (bad + 1)));
        }
        return cases;
    }

    private static String table(int rows, int badRow, String badCells) {
        StringBuilder b = new StringBuilder("run,params,loss\n");
        for (int r = 1; r <= rows; r++) {
            b.append("run-").append(r).append(',').append(r == badRow ? badCells : (r * 1e8) + "," + (4.0 - r * 0.01)).append('\n');
        }
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedFileEndsInAMessageNamingFileLineAndProblem() {
        return Stream.concat(handWritten().stream(), generated().stream())
                .map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        Path file = dir.resolve(c.file());
        Files.write(file, c.content());
        Throwable thrown = Bounded.thrownBy(() -> importer.importFile(file));
        assertThat(thrown).as(c.file()).isInstanceOf(SweepFormatException.class);
        assertThat(thrown.getMessage()).startsWith(c.messageStart());
        assertThat(((SweepFormatException) thrown).problem()).isNotBlank();
    }
}
