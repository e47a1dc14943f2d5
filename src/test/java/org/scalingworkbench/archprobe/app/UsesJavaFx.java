package org.scalingworkbench.archprobe.app;

/** Probe breaking "only ui uses JavaFX": a use case holding a JavaFX property. */
public final class UsesJavaFx {
    public final javafx.beans.property.SimpleDoubleProperty value = new javafx.beans.property.SimpleDoubleProperty();
}
