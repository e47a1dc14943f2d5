package org.scalingworkbench.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.cli.ScalingWorkbenchCommand;

/**
 * An infinite target ({@code inf}, {@code 1e400}) leaves its row out with a note naming the file
 * and line in every verb; a column of numbers with an unknown unit is noted with a cell and line.
 */
class InfiniteAndUnitFormCellsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private Path infinite() throws IOException {
        Path file = dir.resolve("inf.csv");
        Files.writeString(file, "params,loss\n1e6,3.1\n1e7,2.6\n"
                + "1e8,inf\n1e9,1e400\n1e10,1.95\n1e11,1.9\n1e12,1.87\n1e13,1.85\n");
        return file;
    }

    private static final String NOTE = "inf.csv: 2 rows left out with an infinite value (inf, or past 1.8e308): line 4 (loss), line 5 (loss)";

    @Test
    void fitLeavesInfiniteTargetsOutWithTheirLines() throws IOException {
        assertThat(run("fit", infinite().toString(), "--law", "plc")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("plc fit of loss on params, 6 rows", NOTE).doesNotContain("Infinity");
    }

    @Test
    void compareLeavesInfiniteTargetsOutWithTheirLines() throws IOException {
        assertThat(run("compare", infinite().toString(), "--laws", "pl,plc", "--holdout", "top:2")).as(err.toString()).isZero();
        assertThat(out.toString()).contains(NOTE, "4 fitted, 2 held out").doesNotContain("NaN", "failed");
    }

    @Test
    void aColumnOfUnknownUnitsIsNotedWithACellAndItsLine() throws IOException {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, "params,loss\n1.5Q,3.1\n2Q,2.6\n,2.4\n4.5 Q,2.3\n");
        assertThat(run("inspect", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("note: column \"params\" was read as text: every cell is a number with a unit"
                + " that is not read, such as \"1.5Q\" on line 2 (suffixes read: K, M, B, T and %)");
    }

    @Test
    void aTextColumnOfWordsGetsNoUnitNote() throws IOException {
        Path file = dir.resolve("words.csv");
        Files.writeString(file, "params,loss,name\n1e6,3.1,7b-run\n1e7,2.6,small\n");
        assertThat(run("inspect", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("was read as text");
    }
}
