package org.scalingworkbench.archprobe.analysis;

/** Probe breaking "Commons Math stays inside fit". */
public final class UsesCommonsMath {
    public double root(double x) {
        return org.apache.commons.math3.util.FastMath.sqrt(x);
    }
}
