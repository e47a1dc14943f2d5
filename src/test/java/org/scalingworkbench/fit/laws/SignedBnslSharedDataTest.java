package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * The shared double-descent curves (test loss against model width n, and against training samples n):
 * the built-in signed 2-break BNSL reaches at least the optimum of a custom formula of the same form
 * (a &ge; 0 as in the law) started from double-descent guesses, and with the last 10 points held out
 * reaches the formula's training objective within 2% and extrapolates within 5% of it (decision 0015).
 */
class SignedBnslSharedDataTest {

    private static final String FORM = "a + b*x^(-c0)*(1+(x/d1)^(1/f1))^(-c1*f1)*(1+(x/d2)^(1/f2))^(-c2*f2)";
    private static final int HELD_OUT = 10;

    private final SignedBrokenNeuralScalingLaw law = new SignedBrokenNeuralScalingLaw(2);

    @ParameterizedTest
    @CsvSource({"nlp-model-dd.csv, test_loss", "dd-translation-samples-aug26-small.csv, test_loss"})
    void reachesTheFreeSignFormulaOptimum(String file, String column) throws IOException {
        double[][] curve = read(file, column);
        double builtIn = SignedBrokenNeuralScalingLawTest.fit(law, curve).objectiveValue();
        double formula = formulaFit(curve).objectiveValue();
        assertThat(builtIn).isLessThanOrEqualTo(formula * (1 + 1e-6));
    }

    @ParameterizedTest
    @CsvSource({"nlp-model-dd.csv, test_loss", "dd-translation-samples-aug26-small.csv, test_loss"})
    void extrapolatesTheLastPointsAsWellAsTheFormula(String file, String column) throws IOException {
        double[][] curve = read(file, column);
        double[][] train = Arrays.copyOf(curve, curve.length - HELD_OUT);
        double[][] heldOut = Arrays.copyOfRange(curve, curve.length - HELD_OUT, curve.length);
        FitResult builtInFit = SignedBrokenNeuralScalingLawTest.fit(law, train);
        FitResult formulaFit = formulaFit(train);
        double builtIn = heldOutRmsle(law, builtInFit, heldOut);
        double custom = heldOutRmsle(CustomFormulaLaw.parse(FORM), formulaFit, heldOut);
        // known gap (decision 0015): on the translation samples' first 49 points the built-in stops at
        // 0.003723 where the formula reaches 0.003674, and extrapolates at 0.00912 against 0.00879
        assertThat(builtInFit.objectiveValue()).isLessThanOrEqualTo(formulaFit.objectiveValue() * 1.02);
        assertThat(builtIn).isLessThanOrEqualTo(custom * 1.05);
    }

    /** The formula from guesses of a fall, a rise and a fall again, at breaks a third and two thirds in. */
    private static FitResult formulaFit(double[][] curve) {
        CustomFormulaLaw formula = CustomFormulaLaw.parse(FORM);
        double lo = curve[0][0];
        double hi = curve[curve.length - 1][0];
        double d1 = lo * Math.pow(hi / lo, 1.0 / 3);
        double d2 = lo * Math.pow(hi / lo, 2.0 / 3);
        List<double[]> starts = new ArrayList<>();
        for (double[] c : new double[][] {{0.3, -1.0, 1.0}, {0.5, -2.0, 2.0}, {-0.3, 1.0, 0.5}, {0.3, 1.0, -1.0}}) {
            for (double f : new double[] {0.1, 0.5}) {
                starts.add(start(formula, curve[0][1], c, d1, d2, f));
            }
        }
        double[][] x = Arrays.stream(curve).map(r -> new double[] {r[0]}).toArray(double[][]::new);
        double[] y = Arrays.stream(curve).mapToDouble(r -> r[1]).toArray();
        FitOptions options = FitOptions.defaults().withStarts(starts).withBounds("a", 0.0, Double.POSITIVE_INFINITY);
        return new MultiStartFitter().fit(new FitProblem(formula, x, y), options);
    }

    private static double[] start(ScalingLaw formula, double firstY, double[] c, double d1, double d2, double f) {
        List<String> names = formula.parameters().stream().map(p -> p.name()).toList();
        double[] p = new double[names.size()];
        p[names.indexOf("a")] = 0.0;
        p[names.indexOf("b")] = firstY;
        p[names.indexOf("c0")] = c[0];
        p[names.indexOf("c1")] = c[1];
        p[names.indexOf("c2")] = c[2];
        p[names.indexOf("d1")] = d1;
        p[names.indexOf("d2")] = d2;
        p[names.indexOf("f1")] = f;
        p[names.indexOf("f2")] = f;
        return p;
    }

    private static double heldOutRmsle(ScalingLaw law, FitResult fit, double[][] heldOut) {
        double[] predicted = Arrays.stream(heldOut).mapToDouble(r -> law.value(new double[] {r[0]}, fit.values())).toArray();
        double[] observed = Arrays.stream(heldOut).mapToDouble(r -> r[1]).toArray();
        return ExtrapolationError.rmsle(predicted, observed);
    }

    /** Rows {n, column} of a shared file; skips visibly when the shared data are absent. */
    private static double[][] read(String file, String column) throws IOException {
        Path path = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "nslpfn", file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "shared data file " + path + " absent: skipping");
        List<String> lines = Files.readAllLines(path);
        List<String> header = List.of(lines.get(0).split(","));
        int xi = header.indexOf("n");
        int yi = header.indexOf(column);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                .map(f -> new double[] {Double.parseDouble(f[xi]), Double.parseDouble(f[yi])}).toArray(double[][]::new);
    }
}
