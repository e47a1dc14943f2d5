package org.scalingworkbench.fit.solve;

import java.util.List;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitProgressListener;
import org.scalingworkbench.fit.FitResult;

/**
 * Fits a law from every starting point, in parallel, and keeps the start with the lowest
 * objective (ties go to the earlier start, so the result does not depend on the thread count).
 * Starts are first solved with a loose convergence test, then the best few distinct end points
 * are polished with a tight one ({@link Refinement}). On a large problem the first stage runs on
 * a small evenly spaced sample of the rows ({@link ScreeningSample#EXPLORATION_ROWS}), which also
 * gives the law's data-informed starting points; the candidates are polished on a larger sample
 * ({@link ScreeningSample#ROWS}), and only the best of them is polished again, on an eighth of
 * the rows when there are many, then on all of them.
 * Least-squares objectives are solved by Levenberg-Marquardt, the Huber objective by BFGS; see
 * {@link LocalSolver}. Stateless: one instance may run many fits at once.
 */
public final class MultiStartFitter {

    /** Fits with no progress reporting and no way to cancel. */
    public FitResult fit(FitProblem problem, FitOptions options) {
        return fit(problem, options, FitProgressListener.NONE, new CancellationToken());
    }

    /**
     * Fits, reporting finished starts to {@code progress} and stopping with a
     * {@link java.util.concurrent.CancellationException} once {@code token} is cancelled.
     *
     * @throws IllegalArgumentException if the options name unknown parameters or no start gives a
     *                                  finite objective
     */
    public FitResult fit(FitProblem problem, FitOptions options, FitProgressListener progress, CancellationToken token) {
        ParameterSpace space = new ParameterSpace(problem.law(), options);
        ResidualModel model = new ResidualModel(problem, options.objective(), space);
        FitProblem sample = ScreeningSample.of(problem);
        FitProblem explore = ScreeningSample.forExploration(problem);
        List<double[]> starts = starts(explore, options, space);
        ResidualModel screen = sample == problem ? model : new ResidualModel(sample, options.objective(), space);
        ResidualModel explorerModel = explore == problem ? model : new ResidualModel(explore, options.objective(), space);
        LocalSolver explorer = new LocalSolver(explorerModel, Math.min(options.maxIterations(), Refinement.EXPLORATION_ITERATIONS),
                Refinement.LOOSE, token);
        LocalOptimum[] explored = new ParallelLoop(options.parallelism(), progress, token)
                .run(starts.size(), i -> explorer.solve(space.toZ(starts.get(i))), LocalOptimum[]::new);
        int converged = (int) java.util.Arrays.stream(explored).filter(LocalOptimum::converged).count();
        List<LocalOptimum> candidates = Refinement.candidates(explored);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("law " + problem.law().id()
                    + ": no starting point gave a finite objective (check that the data suit the law)");
        }
        LocalOptimum best = screen == model ? polish(model, options, token, candidates)
                : polish(model, options, token, List.of(onLargerSample(problem, options, space, token,
                        polish(screen, options, token, candidates))));
        return new FitDiagnostics(model).result(problem.law().id(), best, starts.size(), converged);
    }

    /**
     * On a problem of more than ten screening samples, the sample's best is polished once more on
     * an evenly spaced eighth of the rows before all of them: the steps that follow a flat valley
     * (a break the data hardly need, a ceiling far away) are then taken at an eighth of the cost,
     * and the solve on all rows starts where little is left to do.
     */
    private static LocalOptimum onLargerSample(FitProblem problem, FitOptions options, ParameterSpace space,
            CancellationToken token, LocalOptimum fromSample) {
        if (problem.rows() <= 10 * ScreeningSample.ROWS) {
            return fromSample;
        }
        FitProblem larger = ScreeningSample.of(problem, problem.rows() / 8);
        return polish(new ResidualModel(larger, options.objective(), space), options, token, List.of(fromSample));
    }

    private static List<double[]> starts(FitProblem problem, FitOptions options, ParameterSpace space) {
        List<double[]> starts = options.starts() != null ? options.starts()
                : problem.law().startingPoints(problem.x(), problem.y());
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("law " + problem.law().id() + " gave no starting points");
        }
        if (starts.stream().anyMatch(s -> s.length != space.size())) {
            throw new IllegalArgumentException("a starting point for " + problem.law().id() + " does not have "
                    + space.size() + " values");
        }
        return starts;
    }

    /** The second stage: each candidate solved with the tight test; the best, with both stages' iterations. */
    private static LocalOptimum polish(ResidualModel model, FitOptions options, CancellationToken token,
            List<LocalOptimum> candidates) {
        LocalSolver polisher = new LocalSolver(model, options.maxIterations(), LocalSolver.TIGHT, token);
        LocalOptimum[] polished = new ParallelLoop(options.parallelism(), FitProgressListener.NONE, token)
                .run(candidates.size(), i -> polisher.solve(candidates.get(i).z()), LocalOptimum[]::new);
        int best = 0;
        for (int i = 1; i < polished.length; i++) {
            best = polished[i].value() < polished[best].value() ? i : best;
        }
        LocalOptimum p = polished[best];
        return new LocalOptimum(p.z(), p.value(), p.iterations() + candidates.get(best).iterations(), p.converged());
    }
}
