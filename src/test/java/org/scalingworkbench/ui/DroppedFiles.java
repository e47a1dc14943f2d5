package org.scalingworkbench.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A dragboard holding files, as the desktop's file manager hands one over during a drag: the peer
 * JavaFX would get from the windowing system, so that a test can fire real DRAG_OVER and
 * DRAG_DROPPED events at the window without a native drag.
 */
final class DroppedFiles implements TKClipboard {

    private final Map<DataFormat, Object> content = new HashMap<>();

    private DroppedFiles(List<Path> files) {
        content.put(DataFormat.FILES, files.stream().map(Path::toFile).toList());
    }

    /** A dragboard carrying {@code files} that allows copy and move. Call on the FX thread. */
    static Dragboard dragboard(List<Path> files) {
        return DragboardHelper.createDragboard(new DroppedFiles(files));
    }

    @Override
    public void setSecurityContext(AccessControlContext context) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return content.keySet();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... items) {
        for (Pair<DataFormat, Object> item : items) {
            content.put(item.getKey(), item.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
