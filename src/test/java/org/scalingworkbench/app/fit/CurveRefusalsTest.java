package org.scalingworkbench.app.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.laws.M4Law;
import org.scalingworkbench.fit.laws.PowerLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

class CurveRefusalsTest {

    @Test
    void tooFewPointsOnlyWhenNoLawCanBeFitted() {
        var laws = List.of(new M4Law(), new PowerLawPlusConstant(), new PowerLaw());
        assertThat(CurveRefusals.tooFewPoints(3, laws)).isEmpty();
        assertThat(CurveRefusals.tooFewPoints(2, laws)).contains("2 points to fit, too few for any law: pl has 2 parameters and needs at least 3");
        assertThat(CurveRefusals.tooFewPoints(1, List.of(new PowerLawPlusConstant())))
                .contains("1 point to fit, too few for any law: plc has 3 parameters and needs at least 4");
        assertThat(CurveRefusals.tooFewPoints(0, List.of())).isEmpty();
    }

    @Test
    void noneFittedSaysASharedReasonOnceAndNamesAtMostThreeOtherwise() {
        List<RefusedCurve> same = List.of(new RefusedCurve("Task = a", 4, "r"), new RefusedCurve("Task = b", 5, "r"));
        assertThat(CurveRefusals.noneFitted("f.csv", true, same)).isEqualTo("f.csv: none of the 2 curves could be fitted: r");
        List<RefusedCurve> mixed = List.of(new RefusedCurve("a", 1, "r1"), new RefusedCurve("b", 2, "r2"),
                new RefusedCurve("c", 3, "r3"), new RefusedCurve("d", 4, "r4"), new RefusedCurve("e", 5, "r5"));
        assertThat(CurveRefusals.noneFitted("f.csv", true, mixed))
                .isEqualTo("f.csv: none of the 5 curves could be fitted: a (1 point): r1; b (2 points): r2; c (3 points): r3; and 2 more");
        assertThat(CurveRefusals.noneFitted("f.csv", false, List.of(new RefusedCurve("f.csv", 2, "r"))))
                .isEqualTo("f.csv: r");
    }
}
