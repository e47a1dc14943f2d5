package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.NoDialogs;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.export.ExportViewModel;

/**
 * File &gt; Export figure with a curve key offers one panel per value of a key column (one per
 * curve with a one-column key), laid out from the window's fit of every curve as
 * {@code plot --facet} lays it out; without a key, only the chart.
 */
class FacetedExportTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-faceted-export-test");
    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
    private ExportViewModel export;

    @BeforeEach
    void showTheSweepAndOfferFacets() throws Exception {
        fits.show(new SweepImporter().importFile(ManyCurvesCsv.write(dir.resolve("curves.csv"))));
        fits.laws().forEach(c -> c.selectedProperty().set(Set.of("pl", "plc").contains(c.law().id())));
        export = new ExportViewModel(new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), new NoDialogs(), prefs,
                chart.specProperty()::get, Optional::empty);
        export.offerFacets(fits.curveKey(), fits::facets);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void withoutACurveKeyOnlyTheChartIsOffered() {
        assertThat(export.facetChoices()).isEmpty();
        fits.curveKey().setAll("Task", "Model");
        assertThat(export.facetChoices()).containsExactly(null, "Task", "Model");
    }

    @Test
    void onePanelPerTaskHoldsEachTasksCurves() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        FacetedPlotSpec panels = fits.facets("Task");
        assertThat(panels.panels()).extracting(FacetedPlotSpec.Panel::title).containsExactly("Task = arc", "Task = mmlu",
                "Task = tiny");
        assertThat(panels.panels().get(0).plot().curves()).as("pl and plc of small and large").hasSize(4);
        assertThat(fits.facets("Domain")).isNull();
    }

    @Test
    void theExportWritesEveryPanelTitle() throws Exception {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        export.facetProperty().set("Task");
        export.formatProperty().set(ExportFormat.SVG);
        export.widthProperty().set("7");
        export.heightProperty().set("3");
        Path file = dir.resolve("facets.svg");
        export.pathProperty().set(file.toString());
        assertThat(export.export()).isTrue();
        String svg = Files.readString(file);
        assertThat(Arrays.asList("arc", "mmlu", "tiny")).allMatch(svg::contains);
    }
}
