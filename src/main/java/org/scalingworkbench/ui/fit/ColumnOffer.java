package org.scalingworkbench.ui.fit;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * The target and scale pickers: a file's numeric columns, and the ones picked when the file is
 * shown (its scale, else a size or step column, else the first; its metric, else the last). Also
 * the "curves by" picker: the columns that can split the rows into curves (text, group and run
 * columns, and any column with few distinct values) other than x and y, none picked when a file
 * is shown.
 */
final class ColumnOffer {

    private static final PointSelection SELECTION = new PointSelection();

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty xColumn = new SimpleStringProperty();
    private final StringProperty yColumn = new SimpleStringProperty();
    private final ObservableList<String> keyColumns = FXCollections.observableArrayList();
    private final ObservableList<String> curveKey = FXCollections.observableArrayList();
    private Sweep sweep;

    ColumnOffer() {
        xColumn.addListener((o, was, now) -> offerKeys());
        yColumn.addListener((o, was, now) -> offerKeys());
    }

    /** Offers the numeric columns of {@code s} (none for null) and, for a file, picks x and y. */
    void offer(Sweep s) {
        columns.setAll(s == null ? List.of() : s.columns().stream().filter(Column::isNumeric).map(Column::name).toList());
        sweep = s;
        curveKey.clear();
        if (s == null) {
            keyColumns.clear();
            return;
        }
        String x = PlotData.defaultScale(s).map(Column::name).orElseGet(() -> s.columns().stream()
                .filter(c -> c.isNumeric() && (c.role().isSize() || c.role() == ColumnRole.STEP))
                .map(Column::name).findFirst().orElse(columns.isEmpty() ? null : columns.get(0)));
        String y = s.column(ColumnRole.METRIC).map(Column::name).orElse(columns.isEmpty() ? null : columns.get(columns.size() - 1));
        xColumn.set(x);
        yColumn.set(y);
        offerKeys();
    }

    /** Offers the columns that split the rows into curves, other than x and y; a picked column no longer offered is dropped. */
    private void offerKeys() {
        List<String> offered = sweep == null ? List.of() : sweep.columns().stream()
                .filter(c -> !c.isDerived() && !c.name().equals(xColumn.get()) && !c.name().equals(yColumn.get()))
                .filter(CurveKeyColumns::splits).map(Column::name).toList();
        if (!offered.equals(keyColumns)) {
            keyColumns.setAll(offered);
        }
        if (!offered.containsAll(curveKey)) {
            curveKey.retainAll(offered);
        }
    }

    /**
     * The points of {@code s} under the picked columns, selected as every command selects them (an
     * exact repeat of a row counted once), or null without a file, a pick, or with x and y the same.
     */
    PlotData plotted(Sweep s) {
        Column x = s == null || xColumn.get() == null ? null : s.column(xColumn.get()).orElse(null);
        Column y = s == null || yColumn.get() == null ? null : s.column(yColumn.get()).orElse(null);
        if (x == null || y == null || x == y) {
            return null;
        }
        try {
            return SELECTION.select(s, DataSelection.loaded().withColumns(x.name(), y.name())).curves().get(0).points();
        } catch (IllegalArgumentException noUsableRow) {
            return PlotData.of(s, x, y); // no row to show: the empty chart says so
        }
    }

    ObservableList<String> columns() {
        return columns;
    }

    StringProperty xColumnProperty() {
        return xColumn;
    }

    StringProperty yColumnProperty() {
        return yColumn;
    }

    /** The columns offered as a curve key, in the file's order. */
    ObservableList<String> keyColumns() {
        return keyColumns;
    }

    /** The columns picked as the curve key, in the file's order; empty for one curve. */
    ObservableList<String> curveKey() {
        return curveKey;
    }
}
