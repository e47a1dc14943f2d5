package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepUnionTest {

    private static final Sweep SMALL = Sweep.of("small.csv", List.of(
            Column.numeric("params", ColumnRole.PARAMETERS, "named like N", new double[] {1e8, 1e8}),
            Column.numeric("tokens", ColumnRole.DATA, "named like D", new double[] {1e9, 2e9}),
            Column.numeric("loss", ColumnRole.METRIC, "named like a loss", new double[] {3.5, 3.2})),
            new int[] {2, 3});
    private static final Sweep LARGE = Sweep.of("large.csv", List.of(
            Column.numeric("loss", ColumnRole.METRIC, "named like a loss", new double[] {3.0, 2.8, 2.7}),
            Column.numeric("params", ColumnRole.PARAMETERS, "named like N", new double[] {1e9, 1e9, 1e9}),
            Column.text("note", ColumnRole.OTHER, "no known name", new String[] {"a", "b", null})),
            new int[] {5, 7, 9});

    @Test
    void rowsOfEachFileFollowInTurnKeepingTheirLines() {
        SweepUnion u = SweepUnion.of(List.of(SMALL, LARGE));
        Sweep s = u.sweep();
        assertThat(s.rowCount()).isEqualTo(5);
        assertThat(s.sourceName()).isEqualTo("small.csv + large.csv");
        assertThat(s.column("loss").orElseThrow().numbers()).containsExactly(3.5, 3.2, 3.0, 2.8, 2.7);
        assertThat(s.column("params").orElseThrow().numbers()).containsExactly(1e8, 1e8, 1e9, 1e9, 1e9);
        assertThat(new int[] {s.lineNumber(0), s.lineNumber(1), s.lineNumber(2), s.lineNumber(4)}).containsExactly(2, 3, 5, 9);
        assertThat(u.partOf(1)).isZero();
        assertThat(u.partOf(2)).isEqualTo(1);
        assertThat(u.rowInPart(4)).isEqualTo(2);
        assertThat(u.rowOf(1, 0)).isEqualTo(2);
    }

    @Test
    void aColumnSomeFilesLackIsMissingInTheirRows() {
        Sweep s = SweepUnion.of(List.of(SMALL, LARGE)).sweep();
        Column tokens = s.column("tokens").orElseThrow();
        assertThat(tokens.role()).isEqualTo(ColumnRole.DATA);
        assertThat(tokens.number(1)).isEqualTo(2e9);
        assertThat(tokens.isMissing(2)).isTrue();
        assertThat(s.column("note").orElseThrow().text(3)).isEqualTo("b");
        assertThat(s.column("note").orElseThrow().isMissing(0)).isTrue();
    }

    @Test
    void theFileColumnNamesEachRowsFile() {
        Sweep s = SweepUnion.of(List.of(SMALL, LARGE, SMALL)).sweep();
        Column file = SweepUnion.fileColumn(s).orElseThrow();
        assertThat(file.name()).isEqualTo("file");
        assertThat(file.role()).isEqualTo(ColumnRole.GROUP);
        assertThat(file.text(0)).isEqualTo("small.csv");
        assertThat(file.text(2)).isEqualTo("large.csv");
        assertThat(file.text(5)).isEqualTo("small.csv (2)");
        assertThat(SweepUnion.fileColumn(SMALL)).isEmpty();
    }

    @Test
    void oneFileIsItself() {
        SweepUnion u = SweepUnion.of(List.of(LARGE));
        assertThat(u.sweep()).isSameAs(LARGE);
        assertThat(u.rowInPart(2)).isEqualTo(2);
        assertThat(u.notes()).isEmpty();
    }

    @Test
    void disagreeingRolesFollowTheFirstFileAndAreNoted() {
        Sweep other = LARGE.withRole("loss", ColumnRole.OTHER);
        SweepUnion u = SweepUnion.of(List.of(SMALL, other));
        assertThat(u.sweep().column("loss").orElseThrow().role()).isEqualTo(ColumnRole.METRIC);
        assertThat(u.notes()).containsExactly("Column \"loss\" is metric in small.csv but other in large.csv; shown together it is metric");
    }

    @Test
    void twoColumnsClaimingOneSingleRoleByNameKeepTheFirst() {
        Sweep a = Sweep.of("a.csv", List.of(Column.text("run", ColumnRole.RUN, "named like a run", new String[] {"r1"})), new int[] {2});
        Sweep b = Sweep.of("b.csv", List.of(Column.text("name", ColumnRole.RUN, "named like a run", new String[] {"r2"})), new int[] {2});
        SweepUnion u = SweepUnion.of(List.of(a, b));
        assertThat(u.sweep().columns(ColumnRole.RUN)).extracting(Column::name).containsExactly("run");
        assertThat(u.sweep().column("name").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(u.notes()).containsExactly("Column \"name\" is not used as run when the files are shown together (\"run\" is)");
    }

    @Test
    void aColumnOfNumbersInOneFileAndTextInAnotherIsText() {
        Sweep texty = Sweep.of("texty.csv", List.of(Column.text("loss", ColumnRole.OTHER, "text", new String[] {"n/a"})),
                new int[] {2});
        SweepUnion u = SweepUnion.of(List.of(SMALL, texty));
        Column loss = u.sweep().column("loss").orElseThrow();
        assertThat(loss.isNumeric()).isFalse();
        assertThat(loss.role()).isEqualTo(ColumnRole.OTHER);
        assertThat(loss.text(0)).isEqualTo("3.5");
        assertThat(u.notes()).anyMatch(n -> n.contains("holds text in some file"));
    }

    @Test
    void modelSizeDataAndComputeAreMatchedByRoleWhateverTheirNames() {
        Sweep named = Sweep.of("named.csv", List.of(
                Column.numeric("n_params", ColumnRole.PARAMETERS, "named like N", new double[] {3e8}),
                Column.numeric("n_tokens", ColumnRole.DATA, "named like D", new double[] {6e9}),
                Column.numeric("loss", ColumnRole.METRIC, "named like a loss", new double[] {3.1})), new int[] {2});
        SweepUnion u = SweepUnion.of(List.of(SMALL, named));
        assertThat(u.sweep().columns(ColumnRole.PARAMETERS)).extracting(Column::name).containsExactly("params");
        assertThat(u.sweep().column("params").orElseThrow().numbers()).containsExactly(1e8, 1e8, 3e8);
        assertThat(u.sweep().column("tokens").orElseThrow().number(2)).isEqualTo(6e9);
        assertThat(u.sweep().column("n_params")).isEmpty();
        assertThat(u.notes()).contains("N is \"params\" in small.csv but \"n_params\" in named.csv; shown together they are one column, \"params\"");
    }

    @Test
    void aFileOfNAndDBesideAFileOfNAndCGetsTheMissingCellsFromCEqualsSixND() {
        Sweep withC = Sweep.of("compute.csv", List.of(
                Column.numeric("params", ColumnRole.PARAMETERS, "named like N", new double[] {1e9}),
                Column.numeric("flops", ColumnRole.COMPUTE, "named like C", new double[] {6e19}),
                Column.numeric("loss", ColumnRole.METRIC, "named like a loss", new double[] {2.9})), new int[] {2});
        Sweep u = SweepUnion.of(List.of(SMALL, withC)).sweep();
        assertThat(u.column(ColumnRole.COMPUTE).orElseThrow().numbers()).containsExactly(6 * 1e8 * 1e9, 6 * 1e8 * 2e9, 6e19);
        assertThat(u.column(ColumnRole.DATA).orElseThrow().number(2)).isEqualTo(1e10);
    }

    @Test
    void emptyFilesAndNoFilesAreHandled() {
        Sweep empty = Sweep.of("empty.csv", List.of(Column.numeric("loss", ColumnRole.METRIC, "", new double[0])), new int[0]);
        SweepUnion u = SweepUnion.of(List.of(empty, LARGE));
        assertThat(u.partOf(0)).isEqualTo(1);
        assertThatThrownBy(() -> SweepUnion.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> u.partOf(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
