package org.scalingworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.frontier.TrainingCurves;

class FrontierBenchTest {

    @Test
    void envelopeOfCurvesGeneratedFromBesirogluFitGivesItsExponents() {
        TrainingCurves curves = FrontierBench.generate(20_000, 100);
        FrontierBench.Case c = FrontierBench.envelope(curves, 0, 2);
        assertThat(curves.pointCount()).isEqualTo(20_000);
        assertThat(c.points()).isEqualTo(20_000);
        assertThat(c.timings().runs()).isEqualTo(2);
        // the value bench frontier printed before the measuring moved out of cli: a = 0.5138, b = 0.4862
        assertThat(c.estimate().a()).isCloseTo(0.5138, within(5e-5));
        assertThat(c.estimate().b()).isCloseTo(0.4862, within(5e-5));
    }
}
