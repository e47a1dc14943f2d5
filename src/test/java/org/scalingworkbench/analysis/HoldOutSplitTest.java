package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

class HoldOutSplitTest {

    /** Five rows, one per x in 1..5 (x = 10^k), loss falling, and a text split column. */
    private static Curve fivePoints(String... labels) {
        double[] x = {1e1, 1e2, 1e3, 1e4, 1e5};
        double[] y = {5, 4, 3, 2, 1};
        List<Column> cols = new ArrayList<>(List.of(Column.numeric("N", ColumnRole.PARAMETERS, "test", x),
                Column.numeric("loss", ColumnRole.METRIC, "test", y)));
        if (labels.length > 0) {
            cols.add(Column.text("split", ColumnRole.SPLIT, "test", labels));
        }
        Sweep s = Sweep.of("five.csv", cols, new int[] {2, 3, 4, 5, 6});
        return Curve.allRows(s, cols.get(0), cols.get(1));
    }

    /**
     * Three training-curve runs: run "small" (N = 1e6) has steps up to 1e4, "mid" (N = 1e7) up to
     * 1e3, "big" (N = 1e8) only steps 10 and 100: the largest run has the smallest x.
     */
    private static Curve trainingCurves() {
        String[] run = {"small", "small", "small", "mid", "mid", "big", "big"};
        double[] n = {1e6, 1e6, 1e6, 1e7, 1e7, 1e8, 1e8};
        double[] step = {1e2, 1e3, 1e4, 1e2, 1e3, 1e1, 1e2};
        double[] loss = {4, 3, 2.5, 3.5, 2.8, 3.9, 3.0};
        List<Column> cols = List.of(Column.text("run", ColumnRole.RUN, "test", run),
                Column.numeric("params", ColumnRole.PARAMETERS, "test", n),
                Column.numeric("step", ColumnRole.STEP, "test", step),
                Column.numeric("loss", ColumnRole.METRIC, "test", loss));
        Sweep s = Sweep.of("curves.csv", cols, new int[] {2, 3, 4, 5, 6, 7, 8});
        return Curve.allRows(s, cols.get(2), cols.get(3));
    }

    @Test
    void cutOffHoldsOutPointsStrictlyAboveIt() {
        assertThat(new HoldOutSplit.CutOff(1e3).heldOut(fivePoints())).containsExactly(false, false, false, true, true);
    }

    @Test
    void largestRunsWithoutRunColumnAreTheLargestPoints() {
        assertThat(new HoldOutSplit.LargestRuns(2).heldOut(fivePoints())).containsExactly(false, false, false, true, true);
    }

    @Test
    void largestRunsKeepARunsPointsTogetherAndRankByModelSize() {
        boolean[] held = new HoldOutSplit.LargestRuns(1).heldOut(trainingCurves());
        assertThat(held).containsExactly(false, false, false, false, false, true, true);
        boolean[] two = new HoldOutSplit.LargestRuns(2).heldOut(trainingCurves());
        assertThat(two).containsExactly(false, false, false, true, true, true, true);
    }

    @Test
    void holdingOutEveryRunIsRefused() {
        assertThatThrownBy(() -> new HoldOutSplit.LargestRuns(3).heldOut(trainingCurves()))
                .hasMessageContaining("would hold out all 3 runs");
    }

    @Test
    void namedRunsHoldOutExactlyThoseRuns() {
        boolean[] held = new HoldOutSplit.NamedRuns(Set.of("mid")).heldOut(trainingCurves());
        assertThat(held).containsExactly(false, false, false, true, true, false, false);
        assertThatThrownBy(() -> new HoldOutSplit.NamedRuns(Set.of("huge")).heldOut(trainingCurves()))
                .hasMessageContaining("no run named huge").hasMessageContaining("runs are small, mid, big");
        assertThatThrownBy(() -> new HoldOutSplit.NamedRuns(Set.of("a")).heldOut(fivePoints()))
                .hasMessageContaining("has no run column");
    }

    @Test
    void splitColumnReadsLabelsNumbersAndBooleans() {
        Curve labels = fivePoints("train", "TRAIN", "val", "heldout", "test");
        assertThat(new HoldOutSplit.SplitColumn("split").heldOut(labels)).containsExactly(false, false, true, true, true);
        Curve booleans = fivePoints("true", "true", "true", "false", "False");
        assertThat(new HoldOutSplit.SplitColumn("split").heldOut(booleans)).containsExactly(false, false, false, true, true);
        Curve numbers = fivePoints("1", "1", "0", "1", "0");
        assertThat(new HoldOutSplit.SplitColumn("split").heldOut(numbers)).containsExactly(false, false, true, false, true);
    }

    @Test
    void splitColumnNamesTheLineOfAnUnknownLabel() {
        Curve bad = fivePoints("train", "train", "maybe", "test", "test");
        assertThatThrownBy(() -> new HoldOutSplit.SplitColumn("split").heldOut(bad))
                .hasMessageContaining("column split on line 4 holds 'maybe'");
        assertThatThrownBy(() -> new HoldOutSplit.SplitColumn("Training").heldOut(bad))
                .hasMessage("five.csv has no column named Training to split by");
    }

    @Test
    void parsesTheFourCommandLineForms() {
        assertThat(HoldOutSplit.parse("top:3")).isEqualTo(new HoldOutSplit.LargestRuns(3));
        assertThat(HoldOutSplit.parse("x>1e9")).isEqualTo(new HoldOutSplit.CutOff(1e9));
        assertThat(HoldOutSplit.parse("x>300M")).isEqualTo(new HoldOutSplit.CutOff(3e8));
        assertThat(HoldOutSplit.parse("column:Training")).isEqualTo(new HoldOutSplit.SplitColumn("Training"));
        assertThat(HoldOutSplit.parse("runs:a, b")).isEqualTo(new HoldOutSplit.NamedRuns(Set.of("a", "b")));
    }

    @Test
    void rejectsOtherFormsInOneLine() {
        assertThatThrownBy(() -> HoldOutSplit.parse("top:x")).hasMessage("hold-out 'top:x': K in top:K must be a whole number");
        assertThatThrownBy(() -> HoldOutSplit.parse("top:0")).hasMessageContaining("needs K ≥ 1");
        assertThatThrownBy(() -> HoldOutSplit.parse("x>big")).hasMessageContaining("expected a number");
        assertThatThrownBy(() -> HoldOutSplit.parse("last 3")).hasMessage(
                "hold-out 'last 3' is not one of none, top:K, last:K, upto:F%, x>VALUE, column:NAME, runs:A,B");
    }

    @Test
    void noneHoldsOutNothing() {
        assertThat(HoldOutSplit.parse(" None ")).isSameAs(HoldOutSplit.NONE);
        assertThat(HoldOutSplit.NONE.description()).isEqualTo("none");
    }

    @Test
    void partitionSplitsPointsAndMeasuresTheExtrapolationDistance() {
        Partition p = Partition.of(fivePoints(), new HoldOutSplit.CutOff(1e3));
        assertThat(p.trainX()).containsExactly(1e1, 1e2, 1e3);
        assertThat(p.heldOutY()).containsExactly(2.0, 1.0);
        assertThat(p.ordersOfMagnitude()).isEqualTo(2.0);
    }
}
