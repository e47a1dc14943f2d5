package org.scalingworkbench.ui.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitProgressListener;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.solve.Bootstrap;

/**
 * The background work behind the Fit button and the cut-off drag: every chosen law (of x, or of N
 * and D) fitted to the same fitted rows and ranked by RMSLE on the same held-out rows (warm from
 * {@code previous} when given), then, when resamples are asked for, each fitted law bootstrapped;
 * the results table's rows, with their bootstrap intervals, are made here too, so the FX thread only
 * shows them.
 *
 * @param laws      the laws, each of variables the data carry
 * @param options   each law's fit options by law id (objective, fixed values, bounds)
 * @param data      the fitted and held-out rows
 * @param previous  the board to warm-start from, or null for cold multi-start fits
 * @param resamples bootstrap resamples per law (0 for none)
 * @param seed      bootstrap seed
 */
record FitJob(List<ScalingLaw> laws, Map<String, FitOptions> options, FitData data, Leaderboard previous, int resamples,
        long seed) implements BackgroundTask<FitJob.Outcome> {

    FitJob {
        laws = List.copyOf(laws);
        options = Map.copyOf(options);
    }

    /**
     * The ranked fits, each law's bootstrap (absent when none was run or it failed) and the results
     * table's rows (each fitted parameter with its 95% bootstrap interval), ready to show.
     */
    record Outcome(Leaderboard board, Map<String, BootstrapResult> bootstraps, List<ParameterRow> rows) {
        Outcome {
            rows = List.copyOf(rows);
        }
    }

    @Override
    public Outcome run(TaskContext context) {
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        context.progress(0, laws.size() + 1L, "fitting " + laws.size() + " laws");
        Leaderboard board = LawComparison.onSharedRows(laws, law -> options.get(law.id())).rank("curve", "cut-off", data, previous, token);
        Map<String, BootstrapResult> boots = new LinkedHashMap<>();
        if (resamples > 0) {
            int done = 1;
            for (LeaderboardEntry e : board.entries()) {
                context.progress(done++, laws.size() + 1L, "bootstrapping " + e.lawId());
                if (e.status() != FitStatus.FAILED) {
                    ScalingLaw law = laws.stream().filter(l -> l.id().equals(e.lawId())).findFirst().orElseThrow();
                    FitProblem problem = new FitProblem(law, data.trainRows(law), data.trainY());
                    boots.put(law.id(), new Bootstrap().run(problem, options.get(law.id()), e.fit(), resamples, seed,
                            FitProgressListener.NONE, token));
                }
                context.checkCancelled();
            }
        }
        return new Outcome(board, boots, ResultRows.of(board, boots));
    }
}
