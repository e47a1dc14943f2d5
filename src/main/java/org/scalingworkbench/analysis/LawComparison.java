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
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Builds {@link Leaderboard}s: every law fitted to the same points, in parallel across laws, and
 * ranked by held-out RMSLE. Given the previous board (the cut-off was just dragged), each law is
 * warm-started from its previous optimum (see {@link WarmStartFitter}), which is what lets the
 * board follow a mouse drag. Immutable; laws must take one variable.
 */
public final class LawComparison {

    private final List<ScalingLaw> laws;
    private final Function<ScalingLaw, FitOptions> options;
    private final WarmStartFitter fitter = new WarmStartFitter();

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
        if (laws.isEmpty()) {
            throw new IllegalArgumentException("no law to compare");
        }
        laws.stream().filter(l -> l.variables().size() != 1).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException("law " + l.id() + " takes " + l.variables().size()
                    + " variables; a leaderboard compares laws of one variable");
        });
        this.laws = List.copyOf(laws);
        this.options = options;
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
        List<LeaderboardEntry> entries = new ArrayList<>(IntStream.range(0, laws.size()).parallel()
                .mapToObj(i -> entry(laws.get(i), partition, previous, token)).toList());
        token.throwIfCancelled();
        entries.sort(RANKING);
        return new Leaderboard(curve, split, partition.trainSize(), partition.heldOutSize(),
                partition.ordersOfMagnitude(), entries);
    }

    /** Failed last; then held-out RMSLE (missing counts as worst), then AIC. */
    private static final Comparator<LeaderboardEntry> RANKING = Comparator
            .comparing((LeaderboardEntry e) -> e.status() == FitStatus.FAILED)
            .thenComparingDouble(e -> Double.isNaN(e.heldOut().rmsle()) ? Double.POSITIVE_INFINITY : e.heldOut().rmsle())
            .thenComparingDouble(e -> Double.isNaN(e.aic()) ? Double.POSITIVE_INFINITY : e.aic());

    private LeaderboardEntry entry(ScalingLaw law, Partition partition, Leaderboard previous, CancellationToken token) {
        int k = law.parameterCount();
        if (partition.trainSize() <= k) {
            return LeaderboardEntry.failed(law.id(), k, partition.trainSize() + " fitted points are too few for "
                    + k + " parameters");
        }
        double[] start = previous == null ? null
                : previous.entry(law.id()).flatMap(LeaderboardEntry::parameters).orElse(null);
        FitProblem problem = new FitProblem(law, partition.trainRows(), partition.trainY());
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
        return scored(law, partition, outcome);
    }

    private static LeaderboardEntry scored(ScalingLaw law, Partition partition, WarmStartFitter.Outcome outcome) {
        FitResult fit = outcome.fit();
        double[] p = fit.values();
        ExtrapolationError train = ExtrapolationError.of(predict(law, partition.trainX(), p), partition.trainY());
        ExtrapolationError held = ExtrapolationError.of(predict(law, partition.heldOutX(), p), partition.heldOutY());
        FitStatus status = fit.warnings().isEmpty() ? FitStatus.OK : FitStatus.WARNINGS;
        String detail = String.join("; ", fit.warnings().stream().map(FitWarning::message).toList());
        return new LeaderboardEntry(law.id(), law.parameterCount(), status, detail, train, held, fit.aic(), fit.bic(),
                outcome.warm(), fit);
    }

    /** The law's predictions at {@code x} (original units) for parameters {@code p}. */
    static double[] predict(ScalingLaw law, double[] x, double[] p) {
        double[] yHat = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            yHat[i] = law.value(new double[] {x[i]}, p);
        }
        return yHat;
    }
}
