package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the role of each column from its name (case and punctuation ignored) and content, with
 * a reason for the user. At most one column gets each of N, D, C, step, run and split: the best
 * named one (an exact name such as {@code N} or {@code params} beats a qualified one such as
 * {@code N_no_emb}; on a tie the column with more values, then the leftmost); the others become
 * {@link ColumnRole#OTHER}. Several metric and group columns are allowed. Roles that need numbers
 * are given only to columns whose cells are mostly numbers.
 */
public final class RoleGuesser {

    private static final Set<String> MARKER_VALUES = Set.of("0", "1", "0.0", "1.0", "true", "false", "yes", "no",
            "train", "training", "test", "val", "valid", "validation", "heldout", "held_out", "held-out",
            "holdout", "eval", "fit", "extrapolate", "dev");
    private static final String[] SIZE_QUALIFIERS = {"no", "non", "emb", "embedding", "w", "per", "layer",
        "unique", "goal", "approx", "est", "batch", "sec", "update", "attn", "ffn", "norm", "proj", "logit",
        "logits", "body", "new", "hw", "util", "star", "std", "total", "6nd"};
    private static final String[] SPREAD_WORDS = {"std", "stderr", "sem", "ci", "var", "lower", "upper", "min", "max"};
    /** Numbers that describe a run's setting, never a measured target. */
    private static final String[] SETTING_WORDS = {"x", "seed", "lr", "learning", "rate", "batch", "bsz", "warmup",
        "year", "date", "index", "idx", "row", "rank", "layers", "heads", "width", "depth", "d_model", "hidden",
        "vocab", "seq", "len", "length", "context", "epoch", "epochs", "gpus", "id", "version", "embd", "dim"};

    /** Guesses one role per profile, in the same order. */
    public List<RoleGuess> guess(List<ColumnProfile> profiles) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            candidates.add(best(i, profiles.get(i)));
        }
        for (ColumnRole role : ColumnRole.values()) {
            if (role.isSingle()) {
                keepBestOnly(role, candidates, profiles);
            }
        }
        offerNumbersAsMetrics(candidates, profiles);
        return candidates.stream().map(c -> new RoleGuess(c.role, c.reason)).toList();
    }

    private static void keepBestOnly(ColumnRole role, List<Candidate> candidates, List<ColumnProfile> profiles) {
        Comparator<Candidate> order = Comparator.<Candidate>comparingInt(c -> -c.score)
                .thenComparingInt(c -> -(profiles.get(c.index).numberCount() + profiles.get(c.index).textCount()))
                .thenComparingInt(c -> c.index);
        List<Candidate> holders = candidates.stream().filter(c -> c.role == role).sorted(order).toList();
        for (int k = 1; k < holders.size(); k++) {
            Candidate loser = holders.get(k);
            candidates.set(loser.index, new Candidate(loser.index, ColumnRole.OTHER, 0,
                    "also named like " + role.symbol() + "; \"" + profiles.get(holders.get(0).index).name()
                            + "\" matches better"));
        }
    }

    /**
     * In a file with a size or step column that names no metric (a table of benchmark scores such
     * as ARC-C or MMLU), every numeric column with no role and no name of a setting becomes a metric.
     */
    private static void offerNumbersAsMetrics(List<Candidate> candidates, List<ColumnProfile> profiles) {
        boolean scale = candidates.stream().anyMatch(c -> c.role.isSize() || c.role == ColumnRole.STEP);
        if (!scale || candidates.stream().anyMatch(c -> c.role == ColumnRole.METRIC)) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ColumnProfile p = profiles.get(i);
            ColumnName name = ColumnName.of(p.name());
            if (c.role == ColumnRole.OTHER && c.score == 0 && c.reason.startsWith("no known name") && p.allNumeric()
                    && p.numberCount() > 0 && !name.hasWord(SETTING_WORDS) && !name.hasWord(SPREAD_WORDS)) {
                candidates.set(i, new Candidate(i, ColumnRole.METRIC, 1,
                        "a number with no other role, offered as a metric (the file names no loss)"));
            }
        }
    }

    private static Candidate best(int index, ColumnProfile profile) {
        ColumnName name = ColumnName.of(profile.name());
        Candidate best = new Candidate(index, ColumnRole.OTHER, 0,
                profile.allNumeric() ? "no known name" : "no known name; holds text");
        for (ColumnRole role : ColumnRole.values()) {
            int score = score(role, name, profile);
            if (score <= best.score) {
                continue;
            }
            if (role.requiresNumbers() && !profile.mostlyNumeric()) {
                best = new Candidate(index, ColumnRole.OTHER, 0,
                        "named like " + role.symbol() + " but holds text");
                continue;
            }
            best = new Candidate(index, role, score, reason(role, profile));
        }
        return best;
    }

    private static int score(ColumnRole role, ColumnName name, ColumnProfile profile) {
        return switch (role) {
            case PARAMETERS -> sizeScore(name, "n", "size", new String[] {"params", "parameters", "param_count",
                "parameter_count", "num_params", "n_params", "nparams", "num_parameters", "n_parameters",
                "model_size", "model_params"}, "params", "parameters", "param", "parameter");
            case DATA -> Math.max(name.isOneOf("t") ? 60 : name.hasWord("data") && name.hasWord("size") ? 50 : 0, sizeScore(name, "d", "data", new String[] {"tokens",
                "num_tokens", "n_tokens", "train_tokens", "training_tokens", "tokens_seen", "seen_tokens",
                "seen_examples", "examples", "examples_seen", "samples", "num_samples", "samples_seen",
                "dataset_size", "training_dataset_size", "data_size", "pretraining_tokens", "train_size", "training_set_size"},
                "tokens", "examples", "samples"));
            case COMPUTE -> computeScore(name);
            case STEP -> stepScore(name);
            case RUN -> name.isOneOf("run", "run_id", "run_name", "runid", "name", "id", "experiment",
                    "experiment_name", "exp", "exp_name", "trial", "wandb_run") ? 100 : name.hasWord("run") ? 50 : 0;
            case GROUP -> name.isOneOf("model", "model_name", "group", "sweep", "family", "arch", "architecture",
                    "config", "task", "domain", "dataset", "series", "setting", "curve", "model_family",
                    "task_name") ? 80 : 0;
            case METRIC -> name.hasWord("loss", "losses", "error", "err", "ppl", "perplexity", "accuracy", "acc",
                    "xent", "entropy", "bpb", "bpc", "bits", "nll", "metric", "score") && !name.hasWord(SPREAD_WORDS) ? 80 : 0;
            case SPLIT -> name.isOneOf("split", "training", "train", "is_train", "is_training", "heldout",
                    "held_out", "holdout", "is_heldout", "is_held_out", "fold", "subset", "partition", "set")
                    && looksLikeMarker(profile) ? 90 : 0;
            case OTHER -> 0;
        };
    }

    private static int sizeScore(ColumnName name, String symbol, String weak, String[] exact, String... words) {
        if (name.isOneOf(symbol)) {
            return 110;
        }
        if (name.isOneOf(exact)) {
            return 100;
        }
        if (name.words().size() > 1 && name.words().get(0).equals(symbol)
                && name.countWords(SIZE_QUALIFIERS) == name.words().size() - 1) {
            return 30;
        }
        if (name.hasWord(words)) {
            return Math.max(0, 50 - 15 * name.countWords(SIZE_QUALIFIERS));
        }
        return name.isOneOf(weak) ? 40 : 0;
    }

    private static int computeScore(ColumnName name) {
        String raw = name.raw();
        boolean unit = HeaderUnit.of(raw).kind() == HeaderUnit.Kind.COMPUTE;
        if (raw.contains("%") || !unit && raw.toLowerCase(Locale.ROOT).contains("/s")) {
            return 0;
        }
        if (name.isOneOf("c_6nd", "c6nd")) {
            return 60;
        }
        int score = sizeScore(name, "c", "compute_budget", new String[] {"flops", "flop", "compute", "training_flop",
            "training_flops", "train_flops", "total_flops", "training_compute", "compute_flops", "budget"},
            "flop", "flops", "compute");
        if (score > 0) {
            return score;
        }
        if (unit) {
            return Math.max(20, 50 - 15 * name.countWords(SIZE_QUALIFIERS));
        }
        // "Est C", "Approx_C_no_emb": C with qualifiers only; "ARC-C" (a benchmark) is not
        return name.hasWord("c") && name.countWords(SIZE_QUALIFIERS) == name.words().size() - 1 ? 25 : 0;
    }

    private static int stepScore(ColumnName name) {
        if (name.isOneOf("step", "steps", "global_step", "current_step", "current_steps", "train_step",
                "iteration", "iterations", "iter", "trainer_global_step", "checkpoint_step")) {
            return 100;
        }
        boolean stepWord = name.hasWord("step", "steps", "iter", "iteration");
        return stepWord && !name.hasWord("total", "portion", "per", "elapsed", "num", "max") ? 50 : 0;
    }

    private static boolean looksLikeMarker(ColumnProfile profile) {
        List<String> values = profile.distinctValues();
        return !profile.manyDistinct() && !values.isEmpty() && values.size() <= 3
                && values.stream().allMatch(v -> MARKER_VALUES.contains(v.toLowerCase(Locale.ROOT)));
    }

    private static String reason(ColumnRole role, ColumnProfile profile) {
        return switch (role) {
            case PARAMETERS -> "named like the parameter count N";
            case DATA -> "named like tokens or examples seen, D";
            case COMPUTE -> "named like training compute in FLOPs, C";
            case STEP -> "named like a training step";
            case RUN -> "named like a run id";
            case GROUP -> "named like a grouping (model, task, sweep)";
            case METRIC -> "named like a loss or error";
            case SPLIT -> "hold-out marker with values " + String.join("/", profile.distinctValues());
            case OTHER -> "no known name";
        };
    }

    private record Candidate(int index, ColumnRole role, int score, String reason) {
    }
}
