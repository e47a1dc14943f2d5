package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * The run-away rule on hand-made results: each kind of parameter against the scales of data with x
 * from 1e9 to 1e11 and y from 2 to 4 (a 13B-parameter pre-training curve's range).
 */
class RunAwayRuleTest {

    private static final double[][] X = {{1e9}, {1e10}, {1e11}};
    private static final double[] Y = {4, 3, 2};
    private static final RunAwayRule.DataScales SCALES = RunAwayRule.DataScales.of(X, Y);

    private static FitResult result(ScalingLaw law, double[] values, double objective, int starts, int converged,
            List<FitWarning> warnings) {
        int k = values.length;
        return new FitResult(law.id(), Objective.logLeastSquares(), law.parameters().stream().map(p -> p.name()).toList(),
                values, new boolean[k], new double[k], new double[k][k], objective, new double[] {0, 0, 0}, 0, 0, 10,
                starts, converged, warnings);
    }

    private static boolean ranOff(ParameterScale kind, double v) {
        return RunAwayRule.ranOff(kind, v, SCALES).isPresent();
    }

    @Test
    void m3WithBetaAtOnePointSixE307RanOffAndSaysWhichParameter() {
        ScalingLaw m3 = LawCatalog.builtIn().get("m3");
        FitResult fit = result(m3, new double[] {1.59e307, 1e-12, 30}, 0.01, 12, 3, List.of());
        assertThat(RunAwayRule.reason(m3, fit, X, Y)).hasValueSatisfying(r -> assertThat(r).startsWith("beta = 1.59e+307 ran off"));
    }

    @Test
    void publishedLikeM3AndPlcFitsDidNotRunOff() {
        ScalingLaw m3 = LawCatalog.builtIn().get("m3");
        ScalingLaw plc = LawCatalog.builtIn().get("plc");
        assertThat(RunAwayRule.reason(m3, result(m3, new double[] {40, 1e-11, 0.15}, 0.01, 12, 12, List.of()), X, Y)).isEmpty();
        assertThat(RunAwayRule.reason(plc, result(plc, new double[] {1.69, 8.8e13, 0.076}, 0.01, 12, 12, List.of()), X, Y)).isEmpty();
    }

    @Test
    void exponentsRunOffBeyondFifty() {
        assertThat(ranOff(ParameterScale.EXPONENT, 3.5)).isFalse();
        assertThat(ranOff(ParameterScale.EXPONENT, -49)).isFalse();
        assertThat(ranOff(ParameterScale.EXPONENT, 51)).isTrue();
        assertThat(ranOff(ParameterScale.EXPONENT, -51)).isTrue();
    }

    @Test
    void levelsInYRunOffBeyondAMillionTimesTheLargestY() {
        assertThat(ranOff(ParameterScale.Y_LEVEL, 0)).isFalse();
        assertThat(ranOff(ParameterScale.Y_LEVEL, 3.9e6)).isFalse();
        assertThat(ranOff(ParameterScale.Y_LEVEL, 4.1e6)).isTrue();
        assertThat(ranOff(ParameterScale.Y_LEVEL, -4.1e6)).isTrue();
    }

    @Test
    void levelsInXRunOffSixtyOrdersOfMagnitudeOutsideTheData() {
        assertThat(ranOff(ParameterScale.X_LEVEL, 1e70)).isFalse();
        assertThat(ranOff(ParameterScale.X_LEVEL, 1e72)).isTrue();
        assertThat(ranOff(ParameterScale.X_LEVEL, 1e-50)).isFalse();
        assertThat(ranOff(ParameterScale.X_LEVEL, 1e-52)).isTrue();
        // 1/x of the data reaches 1e-9; gamma = 0 is M3 without an asymptote
        assertThat(ranOff(ParameterScale.INVERSE_X_LEVEL, 0)).isFalse();
        assertThat(ranOff(ParameterScale.INVERSE_X_LEVEL, 1e50)).isFalse();
        assertThat(ranOff(ParameterScale.INVERSE_X_LEVEL, 1e52)).isTrue();
    }

    @Test
    void coefficientsRunOffBeyondYTimesXToTheFifthAndTenDecades() {
        // largest |log10 x| is 11: 5·11 + 10 = 65 orders of magnitude from y's 4 either way
        assertThat(ranOff(ParameterScale.COEFFICIENT, 4e64)).isFalse();
        assertThat(ranOff(ParameterScale.COEFFICIENT, 4e66)).isTrue();
        assertThat(ranOff(ParameterScale.COEFFICIENT, 4e-64)).isFalse();
        assertThat(ranOff(ParameterScale.COEFFICIENT, 4e-66)).isTrue();
    }

    @Test
    void formulaParametersRunOffOnlyBeyondAHundredOrdersOfMagnitude() {
        // the largest of 1, y, x and 1/x is 1e11
        assertThat(ranOff(ParameterScale.UNKNOWN, 1e110)).isFalse();
        assertThat(ranOff(ParameterScale.UNKNOWN, -1e112)).isTrue();
        assertThat(ranOff(ParameterScale.UNKNOWN, 1e-300)).isFalse();
    }

    @Test
    void aNonFiniteObjectiveOrParameterIsARunAway() {
        ScalingLaw pl = LawCatalog.builtIn().get("pl");
        assertThat(RunAwayRule.reason(pl, result(pl, new double[] {2, 0.1}, Double.NaN, 4, 4, List.of()), X, Y))
                .hasValue("the objective is not finite at the end point");
        assertThat(RunAwayRule.reason(pl, result(pl, new double[] {Double.POSITIVE_INFINITY, 0.1}, 1, 4, 4, List.of()), X, Y))
                .hasValueSatisfying(r -> assertThat(r).startsWith("a = Infinity ran off: is not finite"));
    }

    @Test
    void noConvergedStartIsARunAwayOnlyWhenTheEndPointDidNotConvergeEither() {
        ScalingLaw pl = LawCatalog.builtIn().get("pl");
        FitWarning notConverged = new FitWarning(FitWarning.Kind.NOT_CONVERGED, List.of(), "did not converge");
        assertThat(RunAwayRule.reason(pl, result(pl, new double[] {2, 0.1}, 1, 12, 0, List.of(notConverged)), X, Y))
                .hasValue("no start converged (12 starts)");
        assertThat(RunAwayRule.reason(pl, result(pl, new double[] {2, 0.1}, 1, 12, 0, List.of()), X, Y)).isEmpty();
        assertThat(RunAwayRule.reason(pl, result(pl, new double[] {2, 0.1}, 1, 12, 1, List.of(notConverged)), X, Y)).isEmpty();
    }

    @Test
    void everyBuiltInLawNamesTheKindOfEachParameter() {
        LawCatalog catalog = LawCatalog.builtIn();
        for (String id : List.of("pl", "plc", "m3", "m4", "bnsl1", "bnsl2", "bnsl3", "kaplan", "chinchilla")) {
            ScalingLaw law = catalog.get(id);
            assertThat(law.parameterScales()).as(id).hasSize(law.parameterCount()).doesNotContain(ParameterScale.UNKNOWN);
        }
        assertThat(CustomFormulaLaw.parse("a*x^b").parameterScales()).containsOnly(ParameterScale.UNKNOWN);
    }
}
