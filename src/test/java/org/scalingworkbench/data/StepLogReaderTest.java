package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lightning metrics.csv and W&amp;B history exports, fixtures typed by hand in each tracker's layout. */
class StepLogReaderTest {

    @TempDir
    Path dir;

    private static Path fixture(String relative) throws Exception {
        return Path.of(StepLogReaderTest.class.getResource(relative).toURI());
    }

    @Test
    void lightningRowsOfOneStepMergeIntoOneRow() throws Exception {
        ImportedSweep read = new SweepImporter().importFile(fixture("lightning/version_0/metrics.csv"));
        Sweep sweep = read.sweep();
        assertThat(sweep.rowCount()).isEqualTo(4);
        assertThat(sweep.column("step").orElseThrow().numbers()).containsExactly(49, 99, 149, 199);
        assertThat(sweep.column("train_loss_step").orElseThrow().numbers()).containsExactly(3.912, 3.405, 3.118, 2.987);
        Column val = sweep.column("val_loss").orElseThrow();
        assertThat(val.isMissing(0)).isTrue();
        assertThat(val.number(1)).isEqualTo(3.311);
        assertThat(sweep.column("train_loss_epoch").orElseThrow().number(3)).isEqualTo(3.041);
        assertThat(sweep.column("step").orElseThrow().role()).isEqualTo(ColumnRole.STEP);
        assertThat(val.role()).isEqualTo(ColumnRole.METRIC);
        assertThat(sweep.column("epoch").orElseThrow().role()).isNotEqualTo(ColumnRole.STEP);
        assertThat(read.report().warnings()).contains("Lightning metrics.csv: 9 logged rows merged into 4 rows by step");
    }

    @Test
    void learningRatesAreSettingsNotMetricsSoALossIsTheTarget() throws Exception {
        Sweep lightning = new SweepImporter().importFile(fixture("lightning/version_0/metrics.csv")).sweep();
        assertThat(lightning.column("lr-AdamW").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(lightning.columns(ColumnRole.METRIC).get(0).name()).contains("loss");
        Sweep wandb = new SweepImporter().importFile(fixture("wandb/history.csv")).sweep();
        assertThat(wandb.column("train/lr").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(TrackerRoles.isLearningRate("learning_rate")).isTrue();
        assertThat(TrackerRoles.isLearningRate("val_loss")).isFalse();
        assertThat(TrackerRoles.isLearningRate("clr_score")).isFalse();
    }

    @Test
    void wandbHistoryKeepsSlashNamedMetricsAndLeavesBookkeepingAlone() throws Exception {
        ImportedSweep read = new SweepImporter().importFile(fixture("wandb/history.csv"));
        Sweep sweep = read.sweep();
        assertThat(sweep.rowCount()).isEqualTo(5);
        assertThat(sweep.column("_step").orElseThrow().role()).isEqualTo(ColumnRole.STEP);
        assertThat(sweep.column("train/loss").orElseThrow().role()).isEqualTo(ColumnRole.METRIC);
        Column macro = sweep.column("eval/paloma/macro_loss").orElseThrow();
        assertThat(macro.role()).isEqualTo(ColumnRole.METRIC);
        assertThat(macro.presentCount()).isEqualTo(2);
        assertThat(macro.number(4)).isEqualTo(4.801);
        assertThat(sweep.column("_runtime").orElseThrow().role()).isNotIn(ColumnRole.METRIC, ColumnRole.STEP);
    }

    @Test
    void contradictoryCellsAtOneStepStayOnSeparateRows() throws Exception {
        Path file = Files.createDirectory(dir.resolve("version_1")).resolve("metrics.csv");
        Files.writeString(file, "epoch,step,train_loss,val_loss\n0,10,2.5,\n0,10,,2.7\n0,10,,2.6\n1,20,2.1,\n");
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        assertThat(sweep.column("step").orElseThrow().numbers()).containsExactly(10, 10, 20);
        Column val = sweep.column("val_loss").orElseThrow();
        assertThat(val.number(0)).isEqualTo(2.7);
        assertThat(val.number(1)).isEqualTo(2.6);
        assertThat(sweep.lineNumber(1)).isEqualTo(4);
    }

    @Test
    void aPlainCsvWithAStepColumnIsNotMerged() throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "run,step,loss\na,10,2.5\nb,10,2.7\n");
        assertThat(new SweepImporter().importFile(file).sweep().rowCount()).isEqualTo(2);
    }
}
