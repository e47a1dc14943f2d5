package org.scalingworkbench.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells from a metric's column name, and where the name does not say from its values, whether it
 * is a loss (falls with scale, nats or bits), an error rate (falls, fraction or percent) or a score
 * (rises, fraction or percent). Name words are matched as whole words of the lower-cased name split
 * at every character that is not a letter or digit ("val/bpb" → val, bpb; "pass@1" → pass, 1);
 * benchmark names (ARC-C, HellaSwag, MMLU) count as scores only when no other word speaks. The
 * values decide by the sign of their rank correlation with x (|Spearman ρ| ≥ 0.3); when nothing
 * decides, a loss is assumed, as before this existed.
 */
public final class MetricRecognizer {

    private static final List<String> LOSS = List.of("loss", "nll", "xent", "cross_entropy", "crossentropy", "logloss",
            "bpb", "bpc", "bits", "perplexity", "ppl", "mse", "rmse", "mae");
    private static final List<String> BITS = List.of("bpb", "bpc", "bits", "bit");
    private static final List<String> PERPLEXITY = List.of("perplexity", "ppl");
    private static final List<String> ERROR = List.of("error", "err", "errors", "wer", "cer", "error_rate", "misclassification");
    private static final List<String> SCORE = List.of("acc", "accuracy", "score", "exact_match", "exactmatch", "em", "pass",
            "f1", "bleu", "rouge", "rougel", "chrf", "win_rate", "winrate", "win", "auc", "correct", "top1", "top5", "elo",
            "mauve", "recall", "precision", "solved", "success");
    private static final List<String> BENCHMARKS = List.of("arc", "arc_c", "arc_e", "hellaswag", "mmlu", "piqa", "winogrande",
            "boolq", "lambada", "gsm8k", "humaneval", "mbpp", "triviaqa", "openbookqa", "obqa", "sciq", "bbh", "drop",
            "squad", "siqa", "race", "copa", "math", "naturalquestions", "nq");
    private static final double DECISIVE_RHO = 0.3;

    private MetricRecognizer() {
    }

    /**
     * The reading of metric {@code name} whose values are {@code y} at scales {@code x} (original
     * units, any length; empty arrays leave it to the name).
     */
    public static MetricReading recognize(String name, double[] x, double[] y) {
        String words = "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_";
        boolean loss = any(words, LOSS);
        boolean error = any(words, ERROR);
        boolean score = any(words, SCORE);
        if ((loss || error) && !score) {
            return new MetricReading(name, MetricDirection.FALLING, loss ? lossUnits(words) : rateUnits(y), "from its name");
        }
        if (score && !loss && !error || !score && !loss && any(words, BENCHMARKS)) {
            return new MetricReading(name, MetricDirection.RISING, rateUnits(y), "from its name");
        }
        double rho = spearman(x, y);
        if (rho >= DECISIVE_RHO) {
            return new MetricReading(name, MetricDirection.RISING, rateUnits(y), "from its values");
        }
        if (rho <= -DECISIVE_RHO) {
            return new MetricReading(name, MetricDirection.FALLING, loss ? lossUnits(words) : MetricUnits.NATS, "from its values");
        }
        return new MetricReading(name, MetricDirection.FALLING, MetricUnits.NATS, "neither its name nor its values say; a loss assumed");
    }

    /**
     * The reading with the user's direction, if given (null: as recognized); a direction turned
     * from falling to rising makes the units a fraction or percent, the other way nats.
     */
    public static MetricReading recognize(String name, double[] x, double[] y, MetricDirection chosen) {
        MetricReading found = recognize(name, x, y);
        if (chosen == null) {
            return found;
        }
        return found.withDirection(chosen, chosen == MetricDirection.RISING ? rateUnits(y) : MetricUnits.NATS);
    }

    /** The reading of a curve's y column from its name and its points; see {@link #recognize(String, double[], double[], MetricDirection)}. */
    public static MetricReading recognize(Curve curve, MetricDirection chosen) {
        double[] x = new double[curve.size()];
        double[] y = new double[curve.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = curve.xAt(k);
            y[k] = curve.yAt(k);
        }
        return recognize(curve.y().name(), x, y, chosen);
    }

    private static boolean any(String words, List<String> list) {
        return list.stream().anyMatch(w -> words.contains("_" + w + "_"));
    }

    private static MetricUnits lossUnits(String words) {
        if (any(words, PERPLEXITY)) {
            return MetricUnits.OWN;
        }
        return any(words, BITS) ? MetricUnits.BITS : MetricUnits.NATS;
    }

    /** A fraction when every value is within [0, 1], a percent within [0, 100], else the metric's own units. */
    static MetricUnits rateUnits(double[] y) {
        double lo = Arrays.stream(y).min().orElse(0.0);
        double hi = Arrays.stream(y).max().orElse(0.0);
        if (lo >= 0 && hi <= 1) {
            return MetricUnits.FRACTION;
        }
        return lo >= 0 && hi <= 100 ? MetricUnits.PERCENT : MetricUnits.OWN;
    }

    /** Spearman's rank correlation of y with x; 0 when fewer than 3 points or no spread. */
    static double spearman(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        if (n < 3) {
            return 0.0;
        }
        double[] rx = ranks(Arrays.copyOf(x, n));
        double[] ry = ranks(Arrays.copyOf(y, n));
        double mean = (n - 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - mean) * (ry[i] - mean);
            sxx += (rx[i] - mean) * (rx[i] - mean);
            syy += (ry[i] - mean) * (ry[i] - mean);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0.0;
    }

    /** Ranks from 0, ties given their mean rank. */
    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length;) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return r;
    }
}
