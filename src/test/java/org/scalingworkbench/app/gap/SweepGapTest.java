package org.scalingworkbench.app.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.fit.Interval;

class SweepGapTest {

    private static GapReport powerLawByCondition() throws IOException {
        return SweepGap.standard().run(GapRequest.twoValues(SimulatedGapFiles.base(SimulatedGapFiles.powerLaw()), "condition",
                "uncaptioned", "captioned"), TaskContext.none());
    }

    @Test
    void recoversThePowerLawInformationItWasSimulatedFromWithinTheBootstrapInterval() throws IOException {
        GapReport r = powerLawByCondition();
        GapLawFit law = r.gapLaw();
        Interval b = law.parameterIntervals().get("b");
        assertTrue(b.contains(SimulatedGapFiles.B), "b = 0.2 in " + b);
        Interval a = law.parameterIntervals().get("a");
        assertTrue(a.contains(SimulatedGapFiles.A), "a = " + SimulatedGapFiles.A + " in " + a);
        Interval atN1 = law.intervalAt(SimulatedGapFiles.N1);
        assertTrue(atN1.contains(SimulatedGapFiles.I0), "I(1e8) = 0.1 in " + atN1);
        assertEquals(SimulatedGapFiles.B, law.fit().value("b"), 0.03);
        assertTrue(b.upper() - b.lower() < 0.1, "a useful interval on b: " + b);
    }

    @Test
    void matchesTheThirteenSizesAndReadsTheMeasuredGapAtEach() throws IOException {
        GapReport r = powerLawByCondition();
        assertEquals(13, r.sizes().size());
        assertEquals(1e6, r.smallestSize(), 1);
        assertEquals(1e10, r.largestSize(), 1e4);
        SizeGap atN1 = r.sizes().get(6);
        assertEquals(1e8, atN1.x(), 1);
        assertEquals(0.1, atN1.nats(), 0.01);
        assertEquals(atN1.nats() / Math.log(2), atN1.bits(), 1e-12);
        assertEquals("params", r.xName());
    }

    @Test
    void aGapStillGrowingAtTheLargestSizeHasItsPlateauThere() throws IOException {
        GapPlateau p = powerLawByCondition().plateau();
        assertTrue(p.stillGrowing());
        assertEquals(1e10, p.x(), 1e4);
    }

    @Test
    void aConstantGapStopsGrowingWellBelowTheLargestSize() throws IOException {
        GapReport r = SweepGap.standard().run(GapRequest.twoValues(SimulatedGapFiles.base(SimulatedGapFiles.constant()), "condition",
                "uncaptioned", "captioned"), TaskContext.none());
        assertFalse(r.plateau().stillGrowing());
        assertTrue(r.plateau().x() < 1e9, "plateau at " + r.plateau().x());
        assertEquals(0.12, r.gapLaw().at(1e8), 0.005);
    }

    @Test
    void twoMetricColumnsGiveTheSameGapAsTwoValuesOfAColumn() throws IOException {
        GapReport wide = SweepGap.standard().run(GapRequest.twoMetrics(SimulatedGapFiles.baseWide(),
                "loss_uncaptioned", "loss_captioned").withTokens(TokensPerExample.fromColumn("tokens_per_image")), TaskContext.none());
        GapReport longForm = powerLawByCondition();
        assertEquals(longForm.gapLaw().fit().value("b"), wide.gapLaw().fit().value("b"), 1e-9);
        assertEquals(1024, wide.tokensPerExample());
        assertEquals(wide.sizes().get(6).nats() * 1024, wide.perExample(wide.sizes().get(6).nats()), 1e-9);
        assertEquals("loss_uncaptioned", wide.first().name());
    }

    @Test
    void twoFilesOfTheSameModelsAreMatchedBySize(@TempDir Path dir) throws IOException {
        Path without = write(dir, "without.csv", 1e6, 1e7, 1e8, 1e9);
        Path with = write(dir, "with.csv", 1e6, 1e7, 1e8, 1e9);
        GapReport r = SweepGap.standard().run(GapRequest.twoFiles(SimulatedGapFiles.base(without), without, with)
                .withTokens(TokensPerExample.given(64)), TaskContext.none());
        assertEquals(4, r.sizes().size());
        assertEquals("without.csv", r.first().name());
        assertEquals(64, r.tokensPerExample());
    }

    @Test
    void refusesSeriesOfDifferentModelsNamingTheUnmatchedSizes(@TempDir Path dir) throws IOException {
        Path without = write(dir, "without.csv", 1e6, 1e7, 1e8, 1e9);
        Path with = write(dir, "with.csv", 1e6, 1e7, 3e8, 1e9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepGap.standard()
                .run(GapRequest.twoFiles(SimulatedGapFiles.base(without), without, with), TaskContext.none()));
        assertTrue(e.getMessage().contains("params = 1.00000e+08 only in without.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("params = 3.00000e+08 only in with.csv"), e.getMessage());
    }

    @Test
    void refusesATokensColumnTheFileDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepGap.standard().run(
                GapRequest.twoValues(SimulatedGapFiles.base(SimulatedGapFiles.powerLaw()), "condition", "uncaptioned", "captioned")
                        .withTokens(TokensPerExample.fromColumn("no_such_column")), TaskContext.none()));
        assertTrue(e.getMessage().contains("power-law-information.csv: no column no_such_column"), e.getMessage());
    }

    @Test
    void refusesAGapThatIsNotPositiveOnTheLogScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepGap.standard().run(
                GapRequest.twoValues(SimulatedGapFiles.base(SimulatedGapFiles.powerLaw()), "condition", "captioned", "uncaptioned"),
                TaskContext.none()));
        assertTrue(e.getMessage().contains("the gap is not positive at params = "), e.getMessage());
    }

    /** A file params, loss with L = 2 + (1e7/N)^0.3 (exact) and, for "with", 0.05 less. */
    private static Path write(Path dir, String name, double... sizes) throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        double shift = name.startsWith("with.") ? 0.05 : 0;
        int k = 0;
        for (double n : sizes) {
            double wobble = name.startsWith("with.") ? 0.001 * (k++ % 2) : 0;
            csv.append(n).append(',').append(2 + Math.pow(1e7 / n, 0.3) - shift - wobble).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv.toString());
    }
}
