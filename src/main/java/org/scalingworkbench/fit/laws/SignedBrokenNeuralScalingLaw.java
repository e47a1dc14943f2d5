package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * The broken neural scaling law of {@link BrokenNeuralScalingLaw} with signed exponents, for curves
 * that fall, rise and fall again (double descent) or rise first: y = a + b·x^(-c0)·prod_i
 * (1 + (x/d_i)^(1/f_i))^(-c_i·f_i) with c0 and every c_i of either sign. a &ge; 0 (units of y),
 * b &gt; 0, d_i &gt; 0 (units of x), f_i &gt; 0. Between breaks y - a goes as x^(-s_k) with the
 * segment exponent s_k = c0 + c1 + ... + c_k, so a negative s_k is a rising stretch. Caballero et al.
 * 2022 (arXiv:2210.14891) fit double descent this way. Parameters in the monotone law's order:
 * {@code a}, {@code b}, {@code c0}, {@code c1..cn}, {@code d1..dn}, {@code f1..fn}.
 */
public final class SignedBrokenNeuralScalingLaw extends SingleVariableLaw {

    private final BrokenNeuralScalingLaw form;

    /** A signed BNSL with {@code breaks} in 1..3 breaks; its id is {@code bnsl1-signed} .. {@code bnsl3-signed}. */
    public SignedBrokenNeuralScalingLaw(int breaks) {
        super("bnsl" + breaks + "-signed", "broken neural scaling law, " + breaks + (breaks == 1 ? " break" : " breaks")
                + " (signed: non-monotone, double descent)", parameterList(breaks));
        this.form = new BrokenNeuralScalingLaw(breaks);
    }

    private static List<LawParameter> parameterList(int breaks) {
        if (breaks < 1 || breaks > 3) {
            throw new IllegalArgumentException("a broken neural scaling law has 1 to 3 breaks, not " + breaks);
        }
        List<LawParameter> list = new ArrayList<>();
        list.add(new LawParameter("a", 0.0, Double.POSITIVE_INFINITY, 0.0, 1.0));
        list.add(LawParameter.positive("b", 0.1, 10.0));
        list.add(LawParameter.free("c0", -0.5, 0.5));
        for (int i = 1; i <= breaks; i++) {
            list.add(LawParameter.free("c" + i, -3.0, 3.0));
        }
        for (int i = 1; i <= breaks; i++) {
            list.add(LawParameter.positive("d" + i, 1.0, 1e6));
        }
        for (int i = 1; i <= breaks; i++) {
            list.add(LawParameter.positive("f" + i, 0.01, 1.0));
        }
        return list;
    }

    /** The number of breaks n. */
    public int breaks() {
        return form.breaks();
    }

    /**
     * b, the breaks d_i and the sharpnesses f_i are searched as natural logs (as in the monotone
     * law, decision 0006); a and the exponents, which may now change sign, as they are.
     */
    @Override
    public List<ParameterTransform> solverTransforms() {
        List<ParameterTransform> transforms = new ArrayList<>();
        for (int j = 0; j < parameterCount(); j++) {
            boolean log = j == 1 || j >= 3 + breaks();
            transforms.add(log ? ParameterTransform.LOG : ParameterTransform.IDENTITY);
        }
        return transforms;
    }

    @Override
    public double valueAt(double x, double[] p) {
        return form.valueAt(x, p);
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        return form.valueAndGradientAt(x, p, gradient);
    }

    /** ln((y - a)/b) at ln x; see {@link BrokenNeuralScalingLaw}. */
    double lnShape(double lnX, double[] p) {
        return form.lnShape(lnX, p);
    }

    /** The same law with its breaks sorted by location d_i, ascending (the order to report). */
    public double[] inBreakOrder(double[] p) {
        return form.inBreakOrder(p);
    }

    @Override
    List<double[]> startingPoints(CurveSummary data) {
        return new SignedBnslStartGrid(this, data).points();
    }
}
