package org.scalingworkbench.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierColumns;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.FrontierSettings;
import org.scalingworkbench.analysis.frontier.IsoFlopFrontier;
import org.scalingworkbench.analysis.frontier.IsoFlopProfiles;
import org.scalingworkbench.analysis.frontier.ParametricFrontier;
import org.scalingworkbench.analysis.frontier.TrainingCurves;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

/**
 * {@code bench frontier}: the envelope frontier on generated training curves, the IsoFLOP
 * frontier of every configuration of Porian et al.'s points, and the parametric frontier of
 * Besiroglu et al.'s fit with bootstrap refits.
 */
public final class FrontierBench {

    /** Besiroglu et al.'s fit (E, A, B, α, β), the law the generated curves follow. */
    private static final double[] LAW = {1.8172, 477.8, 2143, 0.3473, 0.3672};

    /** The compute budget of the parametric read-off, FLOPs (Chinchilla's, 5.76e23). */
    private static final double CHINCHILLA_BUDGET = 5.76e23;

    /**
     * One timed frontier case.
     *
     * @param configuration for IsoFLOP, "file#row" of the configuration; otherwise empty
     * @param points        points the frontier was estimated from
     * @param timings       seconds per estimate (after one untimed warm-up)
     * @param estimate      the last estimate
     */
    public record Case(String configuration, int points, Timings timings, FrontierEstimate estimate) {
    }

    /**
     * The parametric case: one fit with its bootstrap, then the frontier read off it.
     *
     * @param estimate the frontier
     * @param failed   bootstrap refits that failed
     */
    public record Parametric(FrontierEstimate estimate, int failed) {
    }

    private FrontierBench() {
    }

    /** Runs of log-spaced sizes 2e7..2e9, each logged at equal token steps to 20 tokens per parameter × 4. */
    public static TrainingCurves generate(int points, int runs) {
        int perRun = points / runs;
        int total = perRun * runs;
        double[] c = new double[total];
        double[] n = new double[total];
        double[] d = new double[total];
        double[] loss = new double[total];
        int[] starts = new int[runs + 1];
        ChinchillaLaw law = new ChinchillaLaw();
        double[] x = new double[2];
        for (int r = 0; r < runs; r++) {
            double size = 2e7 * Math.pow(100, r / (runs - 1.0));
            double horizon = 80 * size;
            starts[r] = r * perRun;
            for (int k = 0; k < perRun; k++) {
                int i = r * perRun + k;
                x[0] = size;
                x[1] = horizon * (k + 1) / perRun;
                n[i] = size;
                d[i] = x[1];
                c[i] = 6 * size * x[1];
                loss[i] = law.value(x, LAW);
            }
        }
        starts[runs] = total;
        return TrainingCurves.of(c, n, d, loss, starts);
    }

    /** The envelope frontier at a 1e21 budget with {@code resamples} run resamples (0: none). */
    public static Case envelope(TrainingCurves curves, int resamples, int repeats) {
        EnvelopeFrontier envelope = new EnvelopeFrontier(EnvelopeFrontier.DEFAULT_CELLS);
        return time("", curves.pointCount(), repeats, () -> envelope.estimate(curves, new FrontierSettings(1e21, resamples, 1)));
    }

    /** The IsoFLOP frontier of every configuration (columns file and row) of {@code file}. */
    public static List<Case> isoFlop(Path file, int resamples, int repeats) throws IOException {
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        Column source = sweep.column("file").orElseThrow(() -> new IllegalArgumentException(file + " has no column 'file'"));
        Column row = sweep.column("row").orElseThrow(() -> new IllegalArgumentException(file + " has no column 'row'"));
        Set<String> configurations = new LinkedHashSet<>();
        for (int i = 0; i < sweep.rowCount(); i++) {
            configurations.add(source.text(i) + "#" + row.text(i));
        }
        IsoFlopFrontier isoFlop = new IsoFlopFrontier();
        List<Case> cases = new ArrayList<>();
        for (String config : configurations) {
            IsoFlopProfiles profiles = new FrontierColumns(sweep, "loss", i -> config.equals(source.text(i) + "#" + row.text(i)))
                    .isoFlopProfiles(IsoFlopProfiles.DEFAULT_TOLERANCE);
            cases.add(time(config, profiles.pointCount(), repeats,
                    () -> isoFlop.estimate(profiles, new FrontierSettings(Double.NaN, resamples, 42))));
        }
        return List.copyOf(cases);
    }

    /**
     * Chinchilla's law fitted to {@code file} (the 5 highest-loss rows excluded, Huber δ = 1e-3 on
     * ln residuals) through the fit use case with {@code resamples} bootstrap refits, then the
     * parametric frontier at 5.76e23 FLOPs; timed from the read of the file to the frontier.
     */
    public static Timed<Parametric> parametric(Path file, int resamples) {
        FitRequest request = FitRequest.of(DataSelection.of(List.of(file)).withColumns(null, "loss").withExcludeHighest(5),
                List.of(LawSpec.builtIn("chinchilla"))).withObjective(Objective.logHuber(1e-3))
                .withBootstrap(new Resampling(resamples, Resampling.DEFAULT_SEED));
        return Timed.run(() -> {
            FitOutcome outcome = fit(request);
            CurveFit fit = outcome.only();
            LeaderboardEntry e = fit.board().entries().get(0);
            BootstrapResult boot = fit.bootstrap(e.lawId()).orElseThrow();
            return new Parametric(new ParametricFrontier().estimate(e.fit(), boot, CHINCHILLA_BUDGET, fit.data().trainSize(),
                    outcome.notes()), boot.failed());
        });
    }

    private static FitOutcome fit(FitRequest request) {
        try {
            return SweepFitting.standard().fit(request, TaskContext.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case time(String configuration, int points, int repeats, Supplier<FrontierEstimate> task) {
        Repeated<FrontierEstimate> runs = Repeated.run(1, repeats, task);
        return new Case(configuration, points, runs.timings(), runs.last());
    }
}
