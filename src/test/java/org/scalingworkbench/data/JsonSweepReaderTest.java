package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSweepReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsAnArrayOfObjectsWithMissingKeysAndLines() throws IOException {
        Path file = write("runs.json", "[\n  {\"run\": \"a\", \"params\": 1e8, \"loss\": 3.5},\n"
                + "  {\"run\": \"b\", \"params\": \"1.5B\"},\n  {\"params\": 300000000, \"loss\": NaN, \"run\": \"c\"}\n]");
        ImportedSweep imported = new JsonSweepReader().read(file);
        Sweep s = imported.sweep();
        assertThat(s.rowCount()).isEqualTo(3);
        assertThat(s.columns()).extracting(Column::name).startsWith("run", "params", "loss");
        assertThat(s.column("params").orElseThrow().numbers()).containsExactly(1e8, 1.5e9, 3e8);
        assertThat(s.column("loss").orElseThrow().numbers()).containsExactly(3.5, Double.NaN, Double.NaN);
        assertThat(s.column("run").orElseThrow().role()).isEqualTo(ColumnRole.RUN);
        assertThat(new int[] {s.lineNumber(0), s.lineNumber(1), s.lineNumber(2)}).containsExactly(2, 3, 4);
        assertThat(imported.report().warnings()).contains("column \"loss\" (metric): 2 missing values on lines 3, 4");
    }

    @Test
    void readsAnObjectOfColumnArrays() throws IOException {
        Path file = write("cols.json", "{\"N\": [1e8, 2e8],\n \"D\": [2e9, 4e9],\n \"loss\": [3.5, 3.2]}");
        Sweep s = new JsonSweepReader().read(file).sweep();
        assertThat(s.column(ColumnRole.PARAMETERS).orElseThrow().numbers()).containsExactly(1e8, 2e8);
        assertThat(s.column(ColumnRole.COMPUTE).orElseThrow().numbers()).containsExactly(6 * 1e8 * 2e9, 6 * 2e8 * 4e9);
    }

    @Test
    void flattensNestedObjectsToTrackerStyleKeys() throws IOException {
        Path file = write("nested.json", "[{\"parameter_count\": 1e8, \"throughput\": {\"total_tokens\": 2e9},"
                + " \"eval\": {\"paloma\": {\"macro_loss\": 3.3}}}]");
        Sweep s = new JsonSweepReader().read(file).sweep();
        assertThat(s.column("throughput/total_tokens").orElseThrow().role()).isEqualTo(ColumnRole.DATA);
        assertThat(s.column("eval/paloma/macro_loss").orElseThrow().role()).isEqualTo(ColumnRole.METRIC);
        assertThat(s.column("parameter_count").orElseThrow().role()).isEqualTo(ColumnRole.PARAMETERS);
    }

    @Test
    void readsJsonLinesSkippingBlankLines() throws IOException {
        Path file = write("log.jsonl", "{\"step\": 100, \"loss\": 3.1, \"run\": \"x\"}\n\n{\"step\": 200, \"loss\": 2.9, \"run\": \"x\"}\n");
        ImportedSweep imported = new JsonLinesSweepReader().read(file);
        Sweep s = imported.sweep();
        assertThat(s.column(ColumnRole.STEP).orElseThrow().numbers()).containsExactly(100, 200);
        assertThat(s.lineNumber(1)).isEqualTo(3);
        assertThat(imported.report().format()).isEqualTo("JSON Lines");
    }

    @Test
    void keyFirstSeenLateIsMissingInEarlierRows() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            content.append("{\"step\": ").append(i).append(i == 40 ? ", \"eval_loss\": 2.5" : "").append("}\n");
        }
        Sweep s = new JsonLinesSweepReader().read(write("late.jsonl", content.toString())).sweep();
        Column eval = s.column("eval_loss").orElseThrow();
        assertThat(eval.presentCount()).isEqualTo(1);
        assertThat(eval.number(39)).isEqualTo(2.5);
        assertThat(eval.isMissing(0)).isTrue();
        assertThat(s.column("step").orElseThrow().number(39)).isEqualTo(40);
    }

    @Test
    void booleansAreText() throws IOException {
        Path file = write("flags.json", "[{\"params\": 1e8, \"heldout\": false}, {\"params\": 2e8, \"heldout\": true}]");
        Sweep s = new JsonSweepReader().read(file).sweep();
        Column split = s.column("heldout").orElseThrow();
        assertThat(split.role()).isEqualTo(ColumnRole.SPLIT);
        assertThat(split.text(1)).isEqualTo("true");
    }

    @Test
    void aKeyGivenTwiceInARowIsRefusedWithItsPlaceNotLastWins() throws IOException {
        Path json = write("twice.json", "[{\"params\": 1e8, \"loss\": 3.5},\n {\"params\": 2e8, \"loss\": 3.4, \"loss\": 9}]");
        assertThatThrownBy(() -> new JsonSweepReader().read(json)).isInstanceOf(SweepFormatException.class)
                .hasMessageStartingWith("twice.json, line 2, column ").hasMessageEndingWith("invalid JSON: key \"loss\" appears twice");
        Path lines = write("twice.jsonl", "{\"params\": 1e8, \"loss\": 3.5}\n{\"params\": 2e8, \"params\": 3e8, \"loss\": 3.4}\n");
        assertThatThrownBy(() -> new JsonLinesSweepReader().read(lines)).isInstanceOf(SweepFormatException.class)
                .hasMessageStartingWith("twice.jsonl, line 2, column ").hasMessageEndingWith("invalid JSON: key \"params\" appears twice");
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedInPlainWordsWithItsPlace() throws IOException {
        Path file = write("deep.json", "[{\"loss\": " + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1001) + "]");
        assertThatThrownBy(() -> new JsonSweepReader().read(file)).isInstanceOf(SweepFormatException.class)
                .hasMessageStartingWith("deep.json, line 1, column ")
                .hasMessageEndingWith("invalid JSON: nested more than 1000 levels deep, the most the workbench reads")
                .hasMessageNotContaining("StreamReadConstraints");
    }
}
