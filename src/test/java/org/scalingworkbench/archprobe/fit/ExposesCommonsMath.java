package org.scalingworkbench.archprobe.fit;

/** Probe breaking "no public fit method takes or returns a Commons Math type". */
public final class ExposesCommonsMath {
    public org.apache.commons.math3.linear.RealVector values() {
        return new org.apache.commons.math3.linear.ArrayRealVector(2);
    }
}
