package org.scalingworkbench.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.BrokenNeuralScalingLaw;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * {@code bench bnsl}: the 1-break BNSL fits of Caballero et al.'s reference repository (4-digit
 * addition, 14 points fitted and 3 held out; and the noiseless simulation fitted on x = 1..390),
 * each under the reference objective (least squares on ln(y + 1)) and the default one (on ln y).
 */
public final class BnslBench {

    /** The published fit at full precision, the ground truth of the reference noiseless simulation. */
    private static final double[] SIMULATION_TRUTH = {0.41388453071629455, 2.2772722897737556,
        0.055077348404973955, 5.662903816010331, 612.5836172918001, 0.059193036393742314};

    private final BrokenNeuralScalingLaw law = new BrokenNeuralScalingLaw(1);
    private final int warmup;
    private final int repeats;

    /**
     * One case: timed fits and the quality of the last.
     *
     * @param label        data set and objective, e.g. "4-digit addition, ln(y+1)"
     * @param fit          the last fit
     * @param timings      wall and process CPU seconds per fit
     * @param heldOutRmsle RMSLE (plain ln) on the held-out points
     * @param trainRmsle   RMSLE (plain ln) on the fitted points
     */
    public record Case(String label, FitResult fit, Timings timings, double heldOutRmsle, double trainRmsle) {
    }

    /** {@code warmup} untimed fits, then {@code repeats} timed ones, per case. */
    public BnslBench(int warmup, int repeats) {
        this.warmup = warmup;
        this.repeats = repeats;
    }

    /** Every case, addition first, under ln(y+1) then ln y; the simulation only when asked. */
    public List<Case> run(Path dataDir, boolean simulation) throws IOException {
        double[][] addition = readFourDigitAddition(dataDir.resolve(
                "broken_neural_scaling_laws/4_digit_addition__dataset_size_x-axis.csv"));
        double[][] simulated = simulate();
        List<Case> cases = new ArrayList<>();
        for (Objective objective : List.of(Objective.logLeastSquares().withTargetOffset(1.0), Objective.logLeastSquares())) {
            String name = objective.targetOffset() == 1.0 ? "ln(y+1)" : "ln y";
            cases.add(run("4-digit addition, " + name, addition, 14, objective));
            if (simulation) {
                cases.add(run("noiseless simulation, " + name, simulated, 390, objective));
            }
        }
        return List.copyOf(cases);
    }

    private Case run(String label, double[][] xy, int split, Objective objective) {
        FitProblem problem = new FitProblem(law, rows(Arrays.copyOf(xy[0], split)), Arrays.copyOf(xy[1], split));
        FitOptions options = FitOptions.defaults().withObjective(objective);
        MultiStartFitter fitter = new MultiStartFitter();
        Repeated<FitResult> runs = Repeated.run(warmup, repeats, () -> fitter.fit(problem, options));
        double[] p = runs.last().values();
        double heldOut = rmsle(Arrays.copyOfRange(xy[0], split, xy[0].length),
                Arrays.copyOfRange(xy[1], split, xy[1].length), p);
        return new Case(label, runs.last(), runs.timings(), heldOut,
                rmsle(Arrays.copyOf(xy[0], split), Arrays.copyOf(xy[1], split), p));
    }

    private double[][] simulate() {
        double[] x = new double[4095];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
            y[i] = law.valueAt(x[i], SIMULATION_TRUTH);
        }
        return new double[][] {x, y};
    }

    /** Columns training_dataset_size, test_cross_entropy, split (train rows first). */
    private static double[][] readFourDigitAddition(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("BNSL data file not found: " + file + " (set --data-dir)");
        }
        List<String> lines = Files.readAllLines(file);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split(",");
                rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])});
            }
        }
        return new double[][] {rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray()};
    }

    private double rmsle(double[] x, double[] y, double[] p) {
        return ExtrapolationError.rmsle(Arrays.stream(x).map(v -> law.valueAt(v, p)).toArray(), y);
    }

    private static double[][] rows(double[] x) {
        return Arrays.stream(x).mapToObj(v -> new double[] {v}).toArray(double[][]::new);
    }
}
