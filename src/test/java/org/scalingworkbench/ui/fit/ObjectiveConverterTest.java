package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.Objective;

class ObjectiveConverterTest {

    private final List<Objective> offered = List.of(Objective.logLeastSquares(), Objective.logHuber(1e-3),
            Objective.logHuber(0.01).withTargetOffset(1), Objective.leastSquares());
    private final ObjectiveConverter converter = new ObjectiveConverter(offered);

    @Test
    void labelsNameTheKindHubersDeltaAndATargetOffset() {
        assertThat(offered).extracting(converter::toString).containsExactly("log least squares", "log Huber (δ=0.001)",
                "log Huber (δ=0.01) on ln(y + 1)", "least squares");
        assertThat(converter.toString(Objective.logHuber(1e-5))).isEqualTo("log Huber (δ=1e-05)");
    }

    @Test
    void aLabelReadsBackAsTheObjectiveItNamesWithItsSettings() {
        for (Objective o : offered) {
            assertThat(converter.fromString(converter.toString(o))).isEqualTo(o);
        }
        assertThat(converter.fromString("no such objective")).isNull();
    }
}
