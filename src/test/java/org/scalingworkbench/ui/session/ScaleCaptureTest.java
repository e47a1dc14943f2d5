package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.data.UnitFixtures;

/** The window saves the columns the user kept raw and reads them back raw, as it does roles. */
class ScaleCaptureTest {

    @Test
    void aColumnKeptRawIsCapturedAndAppliedBackOnRestore() throws Exception {
        ImportedSweep read = new SweepImporter().importFile(UnitFixtures.publishedModels());
        assertThat(SessionCapture.scales(read.sweep())).isEmpty();
        ImportedSweep raw = new ColumnChoices(Map.of(), Map.of("FLOPs (1E21)", 1.0)).applyTo(read);
        Map<String, Double> saved = SessionCapture.scales(raw.sweep());
        assertThat(saved).isEqualTo(Map.of("FLOPs (1E21)", 1.0));
        ImportedSweep restored = new ColumnChoices(SessionCapture.overrides(raw.sweep()), saved).applyTo(read);
        assertThat(restored.sweep().column("FLOPs (1E21)").orElseThrow().number(0)).isEqualTo(0.29);
        assertThat(restored.report()).isSameAs(read.report());
        assertThat(org.scalingworkbench.data.ColumnUnits.notes(restored.sweep())).contains("column \"FLOPs (1E21)\" kept as read (set by user)");
    }
}
