package org.scalingworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scalingworkbench.figure.export.ExportFormat;

class ExportInputTest {

    @Test
    void aPngLargerThanTheWriterAcceptsIsRefusedInTheDialogWithItsPixelSize() {
        assertThatThrownBy(() -> ExportInput.parse(ExportFormat.PNG, "40", "30", "1200", "paper", ""))
                .isInstanceOf(ExportInput.Invalid.class)
                .hasMessageContaining("48000 × 36000 px")
                .hasMessageContaining("choose SVG or PDF");
    }

    @Test
    void theSameSizeAsVectorFiguresIsAccepted() throws Exception {
        ExportInput svg = ExportInput.parse(ExportFormat.SVG, "40", "30", "1200", "paper", "");
        assertThat(svg.size().widthPoints()).isEqualTo(40 * 72.0);
    }

    @Test
    void aPngJustWithinTheSideLimitIsAccepted() throws Exception {
        ExportInput png = ExportInput.parse(ExportFormat.PNG, "16", "8", "1200", "paper", "");
        assertThat(png.size().widthPixels()).isEqualTo(19_200);
    }

    @Test
    void aPngOverTheTotalPixelLimitButWithinTheSideLimitIsRefused() {
        assertThatThrownBy(() -> ExportInput.parse(ExportFormat.PNG, "16", "16", "1200", "paper", ""))
                .isInstanceOf(ExportInput.Invalid.class)
                .hasMessageContaining("19200 × 19200 px");
    }
}
