package org.scalingworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.SweepImporter;

class SweepOverviewViewModelTest {

    @TempDir
    Path dir;

    private SweepOverviewViewModel model;

    @BeforeEach
    void createModel() {
        model = new SweepOverviewViewModel(new SweepImporter()::importFile, new CurrentThreadTaskRunner());
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void loadingAFileSelectsItAndListsItsColumnsWithRoles() throws Exception {
        model.load(List.of(file("runs.csv", "params,tokens,loss\n1e8,2e9,3.1\n4e8,8e9,2.8\n")));
        assertThat(model.files()).hasSize(1);
        assertThat(model.summaryProperty().get()).isEqualTo("runs.csv: 2 rows, 4 columns");
        assertThat(model.columns()).extracting(ColumnRow::name).containsExactly("params", "tokens", "loss", "C");
        assertThat(model.columns()).extracting(ColumnRow::role)
                .containsExactly(ColumnRole.PARAMETERS, ColumnRole.DATA, ColumnRole.METRIC, ColumnRole.COMPUTE);
        assertThat(model.columns().get(3).kind()).isEqualTo("number (derived)");
        assertThat(model.columns().get(0).range()).isEqualTo("1.000e+08 .. 4.000e+08");
        assertThat(model.notes()).contains("column \"C\" derived as C = 6·N·D from \"params\" and \"tokens\" (the file has no compute column)");
    }

    @Test
    void aBadFileShowsWhereItIsWrongAndKeepsWhatWasLoaded() throws Exception {
        model.load(List.of(file("good.csv", "params,loss\n1e8,3.1\n2e8,2.9\n")));
        model.load(List.of(file("bad.csv", "params,loss\n1e8,3.1\n2e8,abc\n")));
        assertThat(model.errorProperty().get()).contains("bad.csv").contains("line 3").contains("loss");
        assertThat(model.files()).hasSize(1);
        assertThat(model.summaryProperty().get()).startsWith("good.csv");
        model.dismissError();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void changingARoleUpdatesTheTableAndTheStoredSweep() throws Exception {
        model.load(List.of(file("runs.csv", "params,tokens,loss\n1e8,2e9,3.1\n4e8,8e9,2.8\n")));
        model.changeRole("tokens", ColumnRole.OTHER);
        assertThat(model.columns().get(1).role()).isEqualTo(ColumnRole.OTHER);
        assertThat(model.selectedProperty().get().sweep().column("tokens").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(model.files().get(0)).isSameAs(model.selectedProperty().get());
    }

    @Test
    void severalFilesLoadInOrderAndTheLastIsSelected() throws Exception {
        model.load(List.of(file("a.csv", "N,loss\n1e6,4\n2e6,3.5\n"), file("b.csv", "N,loss\n1e7,3\n")));
        assertThat(model.files()).extracting(f -> f.sweep().sourceName()).containsExactly("a.csv", "b.csv");
        assertThat(model.selectedProperty().get().sweep().sourceName()).isEqualTo("b.csv");
    }

    private List<String> shownNames() {
        return model.shown().stream().map(f -> f.sweep().sourceName()).toList();
    }

    @Test
    void filesOpenedTogetherAreShownTogetherAndALaterFileAlone() throws Exception {
        model.load(List.of(file("a.csv", "params,loss\n1e8,3.1\n2e8,2.9\n"), file("b.csv", "params,loss\n4e8,2.7\n")));
        assertThat(shownNames()).containsExactly("a.csv", "b.csv");
        ShownFiles charted = model.chartedProperty().get();
        assertThat(charted.combined().sweep().rowCount()).isEqualTo(3);
        assertThat(charted.combined().sweep().column("params").orElseThrow().numbers()).containsExactly(1e8, 2e8, 4e8);
        assertThat(charted.rowsOf(model.files().get(1), List.of(0, 2))).containsExactly(0);
        assertThat(charted.unionRow(model.files().get(1), 0)).isEqualTo(2);

        model.load(List.of(file("c.csv", "params,loss\n8e8,2.6\n")));
        assertThat(shownNames()).containsExactly("c.csv");
        assertThat(model.chartedProperty().get().combined()).isSameAs(model.files().get(2));
    }

    @Test
    void tickingAddsAFileInListOrderAndSelectingAnUntickedFileShowsItAlone() throws Exception {
        model.load(List.of(file("a.csv", "params,loss\n1e8,3.1\n")));
        model.load(List.of(file("b.csv", "params,loss\n4e8,2.7\n")));
        model.load(List.of(file("c.csv", "params,loss\n8e8,2.6\n")));
        model.setShown(model.files().get(0), true);
        assertThat(shownNames()).containsExactly("a.csv", "c.csv");
        assertThat(model.chartedProperty().get().combined().sweep().sourceName()).isEqualTo("a.csv + c.csv");
        model.selectedProperty().set(model.files().get(0));
        assertThat(shownNames()).as("selecting a file on the chart keeps the others").containsExactly("a.csv", "c.csv");
        model.selectedProperty().set(model.files().get(1));
        assertThat(shownNames()).containsExactly("b.csv");
        model.setShown(model.files().get(1), false);
        assertThat(model.chartedProperty().get()).isNull();
    }

    @Test
    void changingARoleOfAShownFileKeepsItOnTheChart() throws Exception {
        model.load(List.of(file("a.csv", "params,tokens,loss\n1e8,2e9,3.1\n"), file("b.csv", "params,tokens,loss\n4e8,8e9,2.7\n")));
        model.selectedProperty().set(model.files().get(0));
        model.changeRole("tokens", ColumnRole.OTHER);
        assertThat(shownNames()).containsExactly("a.csv", "b.csv");
        assertThat(model.shown().get(0)).isSameAs(model.files().get(0));
        assertThat(model.chartedProperty().get().union().notes()).anyMatch(n -> n.contains("\"tokens\""));
    }

    @Test
    void aSessionsFilesReplaceTheListWithTheSavedOnesShown() throws Exception {
        model.load(List.of(file("old.csv", "params,loss\n1e8,3.1\n")));
        var a = new SweepImporter().importFile(file("a.csv", "params,loss\n1e8,3.1\n"));
        var b = new SweepImporter().importFile(file("b.csv", "params,loss\n2e8,3.0\n"));
        var c = new SweepImporter().importFile(file("c.csv", "params,loss\n4e8,2.9\n"));
        model.replaceAll(List.of(a, b, c), List.of(a, c));
        assertThat(shownNames()).containsExactly("a.csv", "c.csv");
        assertThat(model.selectedProperty().get()).isSameAs(c);
        model.replaceAll(List.of(a, b), List.of(b));
        assertThat(shownNames()).containsExactly("b.csv");
        assertThat(model.selectedProperty().get()).isSameAs(b);
    }

    @Test
    void severalFilesAreJoinedInTheBackgroundAndTheLatestChoiceWins() throws Exception {
        org.scalingworkbench.ui.HeldTaskRunner held = new org.scalingworkbench.ui.HeldTaskRunner();
        SweepOverviewViewModel m = new SweepOverviewViewModel(new SweepImporter()::importFile, held);
        m.load(List.of(file("a.csv", "params,loss\n1e8,3.1\n"), file("b.csv", "params,loss\n4e8,2.7\n"), file("c.csv", "params,loss\n8e8,2.6\n")));
        held.finish(0);
        assertThat(m.chartedProperty().get().files()).as("one file is shown at once").hasSize(1);
        held.finish(1);
        held.finish(2);
        assertThat(held.pending()).as("joining a+b, then a+b+c").isEqualTo(2);
        assertThat(m.chartedProperty().get().files()).hasSize(1);
        held.finish(4);
        assertThat(m.chartedProperty().get().combined().sweep().sourceName()).isEqualTo("a.csv + b.csv + c.csv");
        held.finish(3);
        assertThat(m.chartedProperty().get().files()).as("a late join of an older choice is dropped").hasSize(3);
    }
}
