package org.scalingworkbench.archprobe.misc;

/** Probe breaking the layers: a class in no layer at all. */
public final class OutsideLayers {
}
