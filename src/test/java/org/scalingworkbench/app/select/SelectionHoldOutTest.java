package org.scalingworkbench.app.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/** A requested hold-out must hold out some point and leave some to fit; the window's cut-off past the end still fits all. */
class SelectionHoldOutTest {

    /** loss at params 1e6..1e10, one row each, on lines 2..6. */
    private static Selection selection() {
        double[] n = IntStream.range(0, 5).mapToDouble(i -> Math.pow(10, 6 + i)).toArray();
        double[] y = IntStream.range(0, 5).mapToDouble(i -> 3.0 - 0.2 * i).toArray();
        Sweep sweep = Sweep.of("runs.csv", List.of(Column.numeric("params", ColumnRole.PARAMETERS, "test", n),
                Column.numeric("loss", ColumnRole.METRIC, "test", y)), IntStream.rangeClosed(2, 6).toArray());
        return new PointSelection().select(sweep, DataSelection.loaded());
    }

    @Test
    void aCutOffBeyondTheLargestXIsRefusedAsHoldingOutNoPoint() {
        assertThatThrownBy(() -> selection().requireProperHoldOut(new HoldOutSplit.CutOff(1e12)))
                .hasMessage("runs.csv: hold-out x>1.0E12 holds out no point of the 5 selected; choose a split that holds some out, or none");
    }

    @Test
    void aCutOffBelowTheSmallestXIsRefusedAsHoldingOutEveryPoint() {
        assertThatThrownBy(() -> selection().requireProperHoldOut(new HoldOutSplit.CutOff(1)))
                .hasMessage("runs.csv: hold-out x>1.0 holds out all 5 selected points; none is left to fit");
    }

    @Test
    void noHoldOutAndAProperOnePass() {
        Selection s = selection();
        assertThat(s.requireProperHoldOut(HoldOutSplit.NONE)).isSameAs(s);
        assertThat(s.requireProperHoldOut(new HoldOutSplit.CutOff(5e8))).isSameAs(s);
    }

    @Test
    void theWindowsCutOffBeyondTheLastPointStillFitsEveryPoint() {
        SelectedCurve curve = selection().curves().get(0);
        FitData data = curve.points().fitData(curve.excluded(), new HoldOutSplit.CutOff(1e12)); // as ChartViewModel.holdOut() makes it
        assertThat(data.trainSize()).isEqualTo(5);
        assertThat(data.heldOutSize()).isZero();
    }

    @Test
    void eachCurveIsCheckedOnItsOwnWithAReasonWithoutItsName() {
        Selection s = selection();
        SelectedCurve curve = s.curves().get(0);
        assertThat(s.heldOut(curve, new HoldOutSplit.CutOff(5e8))).containsExactly(false, false, false, true, true);
        assertThat(s.heldOut(curve, HoldOutSplit.NONE)).containsOnly(false);
        assertThatThrownBy(() -> s.heldOut(curve, new HoldOutSplit.CutOff(1e12)))
                .hasMessage("hold-out x>1.0E12 holds out none of its points");
        assertThatThrownBy(() -> s.heldOut(curve, new HoldOutSplit.CutOff(1)))
                .hasMessage("hold-out x>1.0 holds out all of its points, leaving nothing to fit");
    }

    @Test
    void aCurveWithEveryPointExcludedHasNothingToFit() {
        Selection s = selection();
        SelectedCurve curve = s.curves().get(0);
        SelectedCurve none = new SelectedCurve(curve.points(), new boolean[] {true, true, true, true, true});
        assertThatThrownBy(() -> s.heldOut(none, HoldOutSplit.NONE)).hasMessage("all 5 points are excluded");
    }
}
