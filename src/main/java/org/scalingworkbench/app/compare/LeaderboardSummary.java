package org.scalingworkbench.app.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * A comparison's leaderboards summed up across curves: per law the curves scored, failed, diverged
 * (the fit ran off) and refused, the mean and median of the measure, wins and mean rank ({@link LawSummary}); per pair
 * of laws on how many curves one beat the other, with an exact sign test ({@link HeadToHead}).
 * The window's summary and {@code compare}'s print the same value ({@link ComparisonReport#summary()}).
 *
 * <p>The measure is the one the leaderboards rank by: held-out RMSLE (ln) when any curve has
 * held-out points; with no held-out point anywhere (hold-out {@code none}) the boards rank by AIC,
 * and so does the summary, through each law's AIC above the best AIC on that curve (ΔAIC, which
 * unlike AIC itself can be averaged across curves). Values are compared exactly: equal values
 * are ties.
 *
 * @param measure what the laws are ranked by
 * @param curves  the curves of the comparison, ranked and refused
 * @param laws    one row per law, best mean rank first (then more wins, then id; laws never
 *                scored last)
 * @param pairs   one head-to-head per pair of laws, the earlier law of {@code laws} read first
 */
public record LeaderboardSummary(Measure measure, int curves, List<LawSummary> laws, List<HeadToHead> pairs) {

    /** What the summary ranks the laws by on each curve; lower is better. */
    public enum Measure {
        /** Held-out RMSLE, natural log; what a leaderboard with held-out points ranks by. */
        HELD_OUT_RMSLE("held-out RMSLE"),
        /** AIC minus the lowest AIC among the laws scored on the curve; for boards without held-out points. */
        AIC_ABOVE_BEST("AIC above the curve's best");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        /** The measure in words, for a heading. */
        public String label() {
            return label;
        }
    }

    public LeaderboardSummary {
        laws = List.copyOf(laws);
        pairs = List.copyOf(pairs);
    }

    /**
     * Sums up {@code boards} (one per ranked curve) and {@code refused} (the curves not ranked).
     * The laws are those on the boards; every law counts every refused curve as refused.
     */
    public static LeaderboardSummary of(List<Leaderboard> boards, List<RefusedCurve> refused) {
        Measure measure = boards.stream().anyMatch(b -> b.heldOutPoints() > 0) ? Measure.HELD_OUT_RMSLE
                : Measure.AIC_ABOVE_BEST;
        List<CurveScores> scores = boards.stream().map(b -> CurveScores.of(b, measure)).toList();
        Set<String> ids = new LinkedHashSet<>();
        scores.forEach(s -> ids.addAll(s.laws()));
        List<LawSummary> rows = new ArrayList<>(ids.stream().map(id -> row(id, scores, refused.size())).toList());
        rows.sort(Comparator.comparingDouble((LawSummary r) -> Double.isNaN(r.meanRank()) ? Double.POSITIVE_INFINITY
                : r.meanRank()).thenComparing(Comparator.comparingInt(LawSummary::wins).reversed())
                .thenComparing(LawSummary::lawId));
        List<HeadToHead> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                pairs.add(headToHead(rows.get(i).lawId(), rows.get(j).lawId(), scores));
            }
        }
        return new LeaderboardSummary(measure, boards.size() + refused.size(), rows, pairs);
    }

    /** The row of law {@code lawId}, if it was on any board. */
    public Optional<LawSummary> law(String lawId) {
        return laws.stream().filter(r -> r.lawId().equals(lawId)).findFirst();
    }

    /**
     * {@code law} against {@code other}, read from {@code law}'s side.
     *
     * @throws IllegalArgumentException if either law is not in the summary, or they are the same
     */
    public HeadToHead pair(String law, String other) {
        for (HeadToHead h : pairs) {
            if (h.law().equals(law) && h.other().equals(other)) {
                return h;
            }
            if (h.law().equals(other) && h.other().equals(law)) {
                return h.reversed();
            }
        }
        throw new IllegalArgumentException("no head-to-head of " + law + " and " + other + " in the summary");
    }

    private static LawSummary row(String id, List<CurveScores> scores, int refused) {
        List<Double> values = new ArrayList<>();
        double rankSum = 0;
        int wins = 0;
        for (CurveScores s : scores) {
            OptionalDouble v = s.value(id);
            if (v.isPresent()) {
                values.add(v.getAsDouble());
                rankSum += s.rank(id);
                wins += s.best(id) ? 1 : 0;
            }
        }
        int n = values.size();
        int diverged = (int) scores.stream().filter(s -> s.diverged().contains(id)).count();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new LawSummary(id, n, scores.size() - n - diverged, diverged, refused, mean, median(values), wins,
                n == 0 ? Double.NaN : rankSum / n);
    }

    private static HeadToHead headToHead(String law, String other, List<CurveScores> scores) {
        int wins = 0;
        int losses = 0;
        int ties = 0;
        for (CurveScores s : scores) {
            OptionalDouble a = s.value(law);
            OptionalDouble b = s.value(other);
            if (a.isPresent() && b.isPresent()) {
                int c = Double.compare(a.getAsDouble(), b.getAsDouble());
                wins += c < 0 ? 1 : 0;
                losses += c > 0 ? 1 : 0;
                ties += c == 0 ? 1 : 0;
            }
        }
        return new HeadToHead(law, other, wins, losses, ties);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
