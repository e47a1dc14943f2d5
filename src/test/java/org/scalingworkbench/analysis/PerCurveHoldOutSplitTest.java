package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/** The per-curve hold-outs last:K and upto:F%, their command-line forms, and top:K's ties. */
class PerCurveHoldOutSplitTest {

    /** A curve of one row per x (in the order given), loss falling with x, no run column. */
    private static Curve curve(double... x) {
        double[] y = IntStream.range(0, x.length).mapToDouble(i -> 5 - 0.1 * i).toArray();
        List<Column> cols = List.of(Column.numeric("tokens", ColumnRole.DATA, "test", x),
                Column.numeric("loss", ColumnRole.METRIC, "test", y));
        Sweep s = Sweep.of("curve.csv", cols, IntStream.range(2, 2 + x.length).toArray());
        return Curve.allRows(s, cols.get(0), cols.get(1));
    }

    /**
     * Training curves logged per step: run "b" at steps 100..300, run "a" at steps 100..400 (same
     * model size), rows interleaved as a log would write them, b first.
     */
    private static Curve twoRuns() {
        String[] run = {"b", "a", "b", "a", "b", "a", "a"};
        double[] step = {100, 100, 200, 200, 300, 300, 400};
        double[] n = new double[run.length];
        java.util.Arrays.fill(n, 1e8);
        double[] loss = {4, 4.1, 3.5, 3.6, 3.2, 3.3, 3.0};
        List<Column> cols = new ArrayList<>(List.of(Column.text("run", ColumnRole.RUN, "test", run),
                Column.numeric("params", ColumnRole.PARAMETERS, "test", n), Column.numeric("step", ColumnRole.STEP, "test", step),
                Column.numeric("loss", ColumnRole.METRIC, "test", loss)));
        Sweep s = Sweep.of("log.csv", cols, IntStream.rangeClosed(2, 8).toArray());
        return Curve.allRows(s, cols.get(2), cols.get(3));
    }

    @Test
    void lastHoldsOutTheKPointsOfLargestXWhateverTheirOrder() {
        assertThat(new HoldOutSplit.LastPoints(2).heldOut(curve(30, 10, 50, 20, 40)))
                .containsExactly(false, false, true, false, true);
    }

    @Test
    void lastHoldsOutPointsTiedWithTheKthLargestXTogether() {
        // x 40 appears twice: last:2 holds out 50 and both 40s, so every fitted x is below every held-out x
        assertThat(new HoldOutSplit.LastPoints(2).heldOut(curve(10, 40, 20, 50, 40)))
                .containsExactly(false, true, false, true, true);
    }

    @Test
    void lastCountsPointsNotRunsInACurveOfSeveralRuns() {
        // the three points of largest step: a at 400, b and a at 300 (tied); each run keeps its earlier steps fitted
        assertThat(new HoldOutSplit.LastPoints(3).heldOut(twoRuns()))
                .containsExactly(false, false, false, false, true, true, true);
    }

    @Test
    void lastThatWouldHoldOutEveryPointIsRefused() {
        assertThatThrownBy(() -> new HoldOutSplit.LastPoints(3).heldOut(curve(10, 20, 30)))
                .hasMessage("last:3 would hold out all 3 points of curve.csv, leaving nothing to fit");
        assertThatThrownBy(() -> new HoldOutSplit.LastPoints(1).heldOut(curve(10, 10)))
                .hasMessage("last:1 would hold out all 2 points of curve.csv (tied at the largest x), leaving nothing to fit");
    }

    @Test
    void uptoFitsEachCurveUpToItsOwnShareOfItsLargestX() {
        // largest x 4000: 25% is 1000, so 1000 itself is fitted and 1001 held out
        assertThat(new HoldOutSplit.UpTo(25).heldOut(curve(250, 500, 1000, 1001, 4000)))
                .containsExactly(false, false, false, true, true);
        // the same split on a curve ten times longer cuts at 10000
        assertThat(new HoldOutSplit.UpTo(25).heldOut(curve(2500, 5000, 10000, 10010, 40000)))
                .containsExactly(false, false, false, true, true);
    }

    @Test
    void uptoCountsAPointAtTheLimitAsFittedDespiteRounding() {
        // 7% of 0.7 computes as 0.048999999999999995, just below the 0.049 written in the file
        assertThat(0.7 * 7 / 100).isLessThan(0.049);
        assertThat(new HoldOutSplit.UpTo(7).heldOut(curve(0.01, 0.049, 0.05, 0.7))).containsExactly(false, false, true, true);
        assertThat(HoldOutSplit.parse("upto:0.07").heldOut(curve(0.01, 0.049, 0.05, 0.7))).containsExactly(false, false, true, true);
    }

    @Test
    void uptoThatLeavesNoPointToFitIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> new HoldOutSplit.UpTo(25).heldOut(curve(3000, 4000)))
                .hasMessage("upto:25% leaves nothing to fit in curve.csv: no point has x ≤ 1000 (25% of its largest x, 4000)");
    }

    @Test
    void parsesLastAndUptoAsPercentOrFraction() {
        assertThat(HoldOutSplit.parse("last:3")).isEqualTo(new HoldOutSplit.LastPoints(3));
        assertThat(HoldOutSplit.parse("upto:25%")).isEqualTo(new HoldOutSplit.UpTo(25));
        assertThat(HoldOutSplit.parse("UPTO: 12.5 %")).isEqualTo(new HoldOutSplit.UpTo(12.5));
        assertThat(HoldOutSplit.parse("upto:0.25")).isEqualTo(new HoldOutSplit.UpTo(25));
        assertThat(HoldOutSplit.parse("upto:0.1").description()).isEqualTo("upto:10%");
        assertThat(HoldOutSplit.parse("upto:12.5%").description()).isEqualTo("upto:12.5%");
        assertThat(HoldOutSplit.parse("last:2").description()).isEqualTo("last:2");
    }

    @Test
    void refusesAPercentAfterXAndNamesUpto() {
        assertThatThrownBy(() -> HoldOutSplit.parse("x>25%")).hasMessage("hold-out 'x>25%': x>VALUE takes x in its own units;"
                + " to fit each curve on x up to 25% of its largest x and hold out the rest, write upto:25%");
    }

    @Test
    void refusesMalformedLastAndUpto() {
        assertThatThrownBy(() -> HoldOutSplit.parse("last:two")).hasMessage("hold-out 'last:two': K in last:K must be a whole number");
        assertThatThrownBy(() -> HoldOutSplit.parse("last:0")).hasMessageContaining("last:K needs K ≥ 1");
        assertThatThrownBy(() -> HoldOutSplit.parse("upto:25")).hasMessage("hold-out 'upto:25': write upto:25% for a percentage"
                + " of each curve's largest x, or a fraction below 1 such as upto:0.25");
        assertThatThrownBy(() -> HoldOutSplit.parse("upto:a%")).hasMessageContaining("write upto:F% with F a number");
        assertThatThrownBy(() -> HoldOutSplit.parse("upto:100%")).hasMessageContaining("strictly between 0 and 100");
        assertThatThrownBy(() -> HoldOutSplit.parse("upto:0")).hasMessageContaining("strictly between 0 and 100");
    }

    @Test
    void topBreaksATieInModelSizeByTheRunsLargestX() {
        // both runs have N = 1e8: top:1 holds out run a, which reaches step 400, not b, which appears first
        assertThat(new HoldOutSplit.LargestRuns(1).heldOut(twoRuns())).containsExactly(false, true, false, true, false, true, true);
    }
}
