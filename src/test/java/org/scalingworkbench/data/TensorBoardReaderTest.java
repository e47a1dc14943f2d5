package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event files written by {@code tensorboard/write_event_files.py} (test resources), a writer of the
 * TFRecord framing and the protobuf wire format by hand, independent of this reader. Loss values
 * are 4 / (1 + step × lr) + 1.5 rounded to 4 decimals.
 */
class TensorBoardReaderTest {

    @TempDir
    Path dir;

    private static Path fixture(String relative) throws URISyntaxException {
        return Path.of(TensorBoardReaderTest.class.getResource("tensorboard/" + relative).toURI());
    }

    @Test
    void folderOfRunsBecomesRunsByTagsBySteps() throws Exception {
        ImportedSweep read = new SweepImporter().importFile(fixture("runs"));
        Sweep sweep = read.sweep();
        assertThat(sweep.rowCount()).isEqualTo(10);
        assertThat(sweep.column("run").orElseThrow().role()).isEqualTo(ColumnRole.RUN);
        assertThat(sweep.column("step").orElseThrow().role()).isEqualTo(ColumnRole.STEP);
        assertThat(sweep.column("train/loss").orElseThrow().role()).isEqualTo(ColumnRole.METRIC);
        assertThat(sweep.column("weights")).as("a histogram").isEmpty();
        assertThat(sweep.column("notes")).as("a text summary").isEmpty();
        assertThat(rows(sweep, "lr-0.01")).containsExactly("0:5.5", "100:3.5", "200:2.8333", "300:2.5", "400:2.3");
        assertThat(value(sweep, "lr-0.01", 400, "eval/loss")).isEqualTo(2.55);
        assertThat(value(sweep, "lr-0.01", 300, "lr")).isEqualTo(0.01);
    }

    @Test
    void tensorFormScalarsAreReadFromFloatValDoubleValAndTensorContent() throws Exception {
        Sweep sweep = new SweepImporter().importFile(fixture("runs")).sweep();
        // float_val at steps 0 and 300, double_val at 100 and 400, tensor_content at 200
        assertThat(rows(sweep, "lr-0.03")).containsExactly("0:5.5", "100:2.5", "200:2.0714", "300:1.9", "400:1.8077");
    }

    @Test
    void runFolderIsOneRunNamedAfterTheFolder() throws Exception {
        Sweep sweep = new SweepImporter().importFile(fixture("runs/lr-0.03")).sweep();
        assertThat(sweep.rowCount()).isEqualTo(5);
        assertThat(sweep.column("run").orElseThrow().text(0)).isEqualTo("lr-0.03");
    }

    @Test
    void damagedRecordsAreReportedByByteOffsetAndTheRestKept() throws Exception {
        ImportedSweep read = new SweepImporter().importFile(fixture("damaged"));
        // records at 0, 48, 96, 145, 194, 243, 292: 96's data corrupted, 194's length corrupted,
        // the file cut 20 bytes into the record at 292
        assertThat(rows(read.sweep(), "damaged")).containsExactly("0:5.5", "100:2.8333", "300:2.0714", "500:1.8636");
        assertThat(read.report().warnings()).contains(
                "events.out.tfevents.1700000002.host.103.0: damaged record at byte 96 (data fails its CRC; record skipped)",
                "events.out.tfevents.1700000002.host.103.0: damaged record at byte 194 (length fails its CRC);"
                        + " reading again at byte 243",
                "events.out.tfevents.1700000002.host.103.0: truncated record at byte 292 (33 bytes announced, 4 present)");
    }

    @Test
    void oneEventFileOpensAsARunNamedAfterItsFolder() throws Exception {
        Path file = fixture("runs/lr-0.01/events.out.tfevents.1700000000.host.101.0");
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        assertThat(rows(sweep, "lr-0.01")).hasSize(5);
    }

    @Test
    void folderWithoutEventFilesIsRefusedWithItsName() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("no-runs"));
        Files.writeString(empty.resolve("readme.txt"), "nothing");
        assertThatThrownBy(() -> new SweepImporter().importFile(empty)).isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("no-runs").hasMessageContaining("no TensorBoard event files");
    }

    /** "step:train/loss" of each row of {@code run}, in order. */
    private static List<String> rows(Sweep sweep, String run) {
        Column runs = sweep.column("run").orElseThrow();
        Column steps = sweep.column("step").orElseThrow();
        Column loss = sweep.column("train/loss").orElseThrow();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sweep.rowCount(); i++) {
            if (runs.text(i).equals(run)) {
                out.add((long) steps.number(i) + ":" + loss.number(i));
            }
        }
        return out;
    }

    private static double value(Sweep sweep, String run, long step, String tag) {
        Column runs = sweep.column("run").orElseThrow();
        Column steps = sweep.column("step").orElseThrow();
        for (int i = 0; i < sweep.rowCount(); i++) {
            if (runs.text(i).equals(run) && steps.number(i) == step) {
                return sweep.column(tag).orElseThrow().number(i);
            }
        }
        throw new AssertionError("no row " + run + " " + step);
    }
}
