package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as researchers publish them: units in headers read, values in base units, the report saying how. */
class ColumnUnitsTest {

    private final SweepImporter importer = new SweepImporter();

    @TempDir
    Path dir;

    private static Column column(ImportedSweep s, String name) {
        return s.sweep().column(name).orElseThrow();
    }

    @Test
    void readsATableOfPublishedModelsInParametersTokensAndFlops() throws IOException {
        ImportedSweep s = importer.importFile(UnitFixtures.publishedModels());
        assertThat(column(s, "Model Size (B)").role()).isEqualTo(ColumnRole.PARAMETERS);
        assertThat(column(s, "Model Size (B)").number(0)).isCloseTo(0.16e9, within(1.0));
        assertThat(column(s, "Pretraining Data Size (T)").role()).isEqualTo(ColumnRole.DATA);
        assertThat(column(s, "Pretraining Data Size (T)").number(0)).isCloseTo(0.3e12, within(1e3));
        assertThat(column(s, "FLOPs (1E21)").role()).isEqualTo(ColumnRole.COMPUTE);
        assertThat(column(s, "FLOPs (1E21)").number(6)).isCloseTo(21.33e21, within(1e9));
        assertThat(column(s, "FLOPs (1E21)").scale().factor()).isEqualTo(1e21);
        assertThat(s.sweep().columns()).noneMatch(Column::isDerived);
        assertThat(s.report().scaled()).containsExactly(
                "column \"Model Size (B)\" scaled by 1e9 (header says (B): billions); to keep the values as read:"
                        + " --scale \"Model Size (B)=1\"",
                "column \"Pretraining Data Size (T)\" scaled by 1e12 (header says (T): trillions); to keep the values as"
                        + " read: --scale \"Pretraining Data Size (T)=1\"",
                "column \"FLOPs (1E21)\" scaled by 1e21 (header says (1E21): units of 1e21); to keep the values as read:"
                        + " --scale \"FLOPs (1E21)=1\"");
    }

    @Test
    void benchmarkScoresAreOfferedAsMetricsAndArcCIsNotNamedLikeC() throws IOException {
        ImportedSweep s = importer.importFile(UnitFixtures.publishedModels());
        assertThat(s.sweep().columns(ColumnRole.METRIC)).extracting(Column::name)
                .containsExactly("ARC-C", "HellaSwag", "MMLU", "Winogrande");
        assertThat(column(s, "ARC-C").roleReason()).doesNotContain("named like C");
        assertThat(column(s, "Model").role()).isEqualTo(ColumnRole.GROUP);
    }

    @Test
    void readsComputeOfARawTrackerExportInGflopsInsteadOfDerivingSixNd() throws IOException {
        ImportedSweep s = importer.importFile(UnitFixtures.wandbIsoFlopRuns());
        assertThat(column(s, "parameter_count").role()).isEqualTo(ColumnRole.PARAMETERS);
        assertThat(column(s, "throughput/total_tokens").role()).isEqualTo(ColumnRole.DATA);
        Column c = column(s, "throughput/total_gflops");
        assertThat(c.role()).isEqualTo(ColumnRole.COMPUTE);
        assertThat(c.number(0)).isCloseTo(982383276.483e9, within(1e6));
        assertThat(column(s, "eval/paloma/macro_loss").role()).isEqualTo(ColumnRole.METRIC);
        assertThat(column(s, "throughput/tokens_per_second").role()).isNotEqualTo(ColumnRole.COMPUTE);
        assertThat(s.sweep().columns()).noneMatch(Column::isDerived);
        assertThat(s.report().warnings()).noneMatch(w -> w.contains("6·N·D"));
    }

    @Test
    void readsPetaflopDaysAsTheirFlopsAsGpt3TableD1GivesBoth() throws IOException {
        ImportedSweep s = importer.importFile(UnitFixtures.gpt3TableD1());
        Column pfDays = column(s, "Total train compute (PF-days)");
        Column flops = column(s, "Total train compute (flops)");
        assertThat(pfDays.role()).isEqualTo(ColumnRole.COMPUTE);
        for (int row = 0; row < s.sweep().rowCount(); row++) {
            assertThat(pfDays.number(row) / flops.number(row)).as("row %d", row).isCloseTo(1.0, within(0.01));
        }
        assertThat(column(s, "Params (M)").number(7)).isEqualTo(174_600e6);
        assertThat(column(s, "Params (M)").role()).isEqualTo(ColumnRole.PARAMETERS);
        assertThat(column(s, "Training tokens (billions)").number(0)).isEqualTo(300e9);
    }

    @Test
    void lossInBitsPerTokenBecomesNatsAndBitsPerByteIsLeftAsRead() throws IOException {
        Path file = dir.resolve("bits.csv");
        Files.writeString(file, "params,loss (bits),eval/bpb\n1e8,4,1.2\n2e8,3,1.1\n");
        ImportedSweep s = importer.importFile(file);
        assertThat(column(s, "loss (bits)").number(0)).isCloseTo(4 * Math.log(2), within(1e-12));
        assertThat(column(s, "eval/bpb").number(0)).isEqualTo(1.2);
        assertThat(s.report().scaled()).anyMatch(l -> l.startsWith("column \"eval/bpb\" kept as read (name says bpb:"
                + " bits per byte (not a per-token loss; not converted))"));
    }

    @Test
    void aHeaderMultiplierOverValuesThatAreAlreadyCountsIsNotApplied() throws IOException {
        Path file = dir.resolve("stale.csv");
        Files.writeString(file, "Params (B),loss\n7000000000,2.1\n13000000000,2.0\n");
        ImportedSweep s = importer.importFile(file);
        assertThat(column(s, "Params (B)").number(0)).isEqualTo(7e9);
        assertThat(s.report().warnings()).anyMatch(w -> w.contains("not scaled: the header says (B)"));
    }

    @Test
    void keepingRawValuesGivesBackTheNumbersAsReadAndRecomputesDerivedColumns() throws IOException {
        Path file = dir.resolve("derive.csv");
        Files.writeString(file, "Model Size (B),tokens (B),loss\n1,20,2.5\n2,40,2.3\n");
        ImportedSweep s = importer.importFile(file);
        assertThat(column(s, "C").number(0)).isCloseTo(6 * 1e9 * 20e9, within(1e6));
        ImportedSweep raw = new ColumnChoices(Map.of(), Map.of("Model Size (B)", 1.0)).applyTo(s);
        assertThat(column(raw, "Model Size (B)").numbers()).containsExactly(1, 2);
        assertThat(column(raw, "C").number(0)).isCloseTo(6 * 1 * 20e9, within(1.0));
        assertThat(ColumnUnits.notes(raw.sweep())).hasSize(2).anyMatch(l -> l.equals("column \"Model Size (B)\" kept as read (set by user)"));
        ImportedSweep again = new ColumnChoices(Map.of(), Map.of("Model Size (B)", 1e9)).applyTo(raw);
        assertThat(column(again, "Model Size (B)").numbers()).containsExactly(1e9, 2e9);
    }

    @Test
    void choicesAcceptRoleSymbolsIgnoreAndUnitsAsFactors() {
        assertThat(ColumnChoices.role("ignore")).isEqualTo(ColumnRole.OTHER);
        assertThat(ColumnChoices.role("n")).isEqualTo(ColumnRole.PARAMETERS);
        assertThat(ColumnChoices.factor("1e21")).isEqualTo(1e21);
        assertThat(ColumnChoices.factor("PF-days")).isEqualTo(8.64e19);
        assertThat(ColumnChoices.factor("GFLOPs")).isEqualTo(1e9);
        assertThat(List.of("B", "T")).extracting(ColumnChoices::factor).containsExactly(1e9, 1e12);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnChoices.factor("-2"))
                .hasMessageContaining("positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnChoices.factor("lots"))
                .hasMessageContaining("'lots' is neither a positive number nor a unit");
    }
}
