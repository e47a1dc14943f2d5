package org.scalingworkbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Builds {@link Leaderboard}s: every law fitted to the same points, in parallel across laws, and
 * ranked by held-out RMSLE. Given the previous board (the cut-off was just dragged), each law is
 * warm-started from its previous optimum (see {@link WarmStartFitter}), which is what lets the
 * board follow a mouse drag. Immutable. Built with the constructor, the laws must take one variable
 * and are fitted to a {@link Partition}; built with {@link #onSharedRows}, laws of any variables are
 * fitted to the same {@link FitData} rows and each entry's detail says what the law was fitted on.
 */
public final class LawComparison {

    private final List<ScalingLaw> laws;
    private final Function<ScalingLaw, FitOptions> options;
    private final WarmStartFitter fitter = new WarmStartFitter();
    private final boolean noteVariables;

    /**
     * @param laws    the laws to compare, each of one variable
     * @param options the fit options shared by all laws (objective, iterations, threads)
     */
    public LawComparison(List<ScalingLaw> laws, FitOptions options) {
        this(laws, law -> options);
    }

    /**
     * @param laws    the laws to compare, each of one variable
     * @param options each law's fit options (objective, fixed parameters and bounds of its own)
     */
    public LawComparison(List<ScalingLaw> laws, Function<ScalingLaw, FitOptions> options) {
        this(laws, options, false);
        laws.stream().filter(l -> l.variables().size() != 1).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException("law " + l.id() + " takes " + l.variables().size()
                    + " variables; a leaderboard compares laws of one variable");
        });
    }

    private LawComparison(List<ScalingLaw> laws, Function<ScalingLaw, FitOptions> options, boolean noteVariables) {
        if (laws.isEmpty()) {
            throw new IllegalArgumentException("no law to compare");
        }
        this.laws = List.copyOf(laws);
        this.options = options;
        this.noteVariables = noteVariables;
    }

    /**
     * A comparison of laws of one or more variables (power laws of x next to L(N, D)), each fitted
     * and scored on the same rows of a {@link FitData}; a law whose variables the rows lack gets a
     * failed entry saying so.
     */
    public static LawComparison onSharedRows(List<ScalingLaw> laws, FitOptions options) {
        return new LawComparison(laws, law -> options, true);
    }

    /** As {@link #onSharedRows(List, FitOptions)}, with each law's own options. */
    public static LawComparison onSharedRows(List<ScalingLaw> laws, Function<ScalingLaw, FitOptions> options) {
        return new LawComparison(laws, options, true);
    }

    /** The laws, in the order given. */
    public List<ScalingLaw> laws() {
        return laws;
    }

    /** Fits every law from cold (multi-start) and ranks them. */
    public Leaderboard rank(String curve, String split, Partition partition, CancellationToken token) {
        return rank(curve, split, partition, null, token);
    }

    /**
     * Fits every law, warm from {@code previous}'s optimum of the same law where it has one, and
     * ranks them.
     *
     * @param previous the board before the points changed, or null for cold fits
     * @throws java.util.concurrent.CancellationException once {@code token} is cancelled
     */
    public Leaderboard rank(String curve, String split, Partition partition, Leaderboard previous,
            CancellationToken token) {
        return rank(curve, split, FitData.of(partition, FitData.PLOTTED, "y"), previous, token);
    }

    /**
     * Fits every law to {@code data}'s fitted rows, warm from {@code previous} where it has the law,
     * and ranks them by the error on its held-out rows.
     *
     * @throws java.util.concurrent.CancellationException once {@code token} is cancelled
     */
    public Leaderboard rank(String curve, String split, FitData data, Leaderboard previous, CancellationToken token) {
        List<LeaderboardEntry> entries = new ArrayList<>(IntStream.range(0, laws.size()).parallel()
                .mapToObj(i -> entry(laws.get(i), data, previous, token)).toList());
        token.throwIfCancelled();
        entries.sort(RANKING);
        return new Leaderboard(curve, split, data.trainSize(), data.heldOutSize(),
                data.plotted().ordersOfMagnitude(), entries);
    }

    /** Converged first, then diverged, failed last; then held-out RMSLE (missing counts as worst), then AIC. */
    public static final Comparator<LeaderboardEntry> RANKING = Comparator
            .comparingInt((LeaderboardEntry e) -> e.status().tier())
            .thenComparingDouble(e -> Double.isNaN(e.heldOut().rmsle()) ? Double.POSITIVE_INFINITY : e.heldOut().rmsle())
            .thenComparingDouble(e -> Double.isNaN(e.aic()) ? Double.POSITIVE_INFINITY : e.aic());

    private LeaderboardEntry entry(ScalingLaw law, FitData data, Leaderboard previous, CancellationToken token) {
        int k = law.parameterCount();
        java.util.Optional<String> missing = data.missingVariable(law);
        if (missing.isPresent()) {
            return LeaderboardEntry.failed(law.id(), k, "needs a column for " + missing.get() + ", which the data lack");
        }
        if (data.trainSize() <= k) {
            return LeaderboardEntry.failed(law.id(), k, data.trainSize() + " fitted points are too few for "
                    + k + " parameters");
        }
        double[] start = previous == null ? null
                : previous.entry(law.id()).flatMap(LeaderboardEntry::parameters).orElse(null);
        FitProblem problem = new FitProblem(law, data.trainRows(law), data.trainY());
        WarmStartFitter.Outcome outcome;
        try {
            outcome = fitter.fit(problem, options.apply(law), start, token);
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            return LeaderboardEntry.failed(law.id(), k, e.getMessage());
        } catch (RuntimeException e) {
            // a solver failure (e.g. a diagnostic that does not converge) costs one row, not the board
            return LeaderboardEntry.failed(law.id(), k, "solver error " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return scored(law, data, outcome);
    }

    private LeaderboardEntry scored(ScalingLaw law, FitData data, WarmStartFitter.Outcome outcome) {
        FitResult fit = outcome.fit();
        double[] p = fit.values();
        ExtrapolationError train = ExtrapolationError.of(predict(law, data.trainRows(law), p), data.trainY());
        ExtrapolationError held = ExtrapolationError.of(predict(law, data.heldOutRows(law), p), data.heldOutY());
        java.util.Optional<String> ranOff = RunAwayRule.reason(law, fit, data.trainRows(law), data.trainY());
        FitStatus status = ranOff.isPresent() ? FitStatus.DIVERGED
                : fit.warnings().isEmpty() ? FitStatus.OK : FitStatus.WARNINGS;
        List<String> notes = new ArrayList<>();
        ranOff.ifPresent(notes::add);
        if (noteVariables) {
            notes.add("fitted on " + data.fittedOn(law));
        }
        fit.warnings().forEach(w -> notes.add(w.message()));
        String detail = String.join("; ", notes);
        return new LeaderboardEntry(law.id(), law.parameterCount(), status, detail, train, held, fit.aic(), fit.bic(),
                outcome.warm(), fit);
    }

    /** The law's predictions at {@code x} (original units) for parameters {@code p}. */
    static double[] predict(ScalingLaw law, double[] x, double[] p) {
        return predict(law, java.util.Arrays.stream(x).mapToObj(v -> new double[] {v}).toArray(double[][]::new), p);
    }

    /** The law's predictions at rows {@code x} (the law's variables, original units) for parameters {@code p}. */
    public static double[] predict(ScalingLaw law, double[][] x, double[] p) {
        double[] yHat = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            yHat[i] = law.value(x[i], p);
        }
        return yHat;
    }
}
