package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleGuesserTest {

    private final RoleGuesser guesser = new RoleGuesser();

    private static ColumnProfile numeric(String name) {
        return new ColumnProfile(name, 10, 0, 0, List.of("1", "2", "3"), true);
    }

    private static ColumnProfile text(String name, String... values) {
        return new ColumnProfile(name, 0, 10, 0, List.of(values), false);
    }

    private List<ColumnRole> roles(ColumnProfile... profiles) {
        return guesser.guess(List.of(profiles)).stream().map(RoleGuess::role).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "Model Size, PARAMETERS", "params, PARAMETERS", "N, PARAMETERS", "n, PARAMETERS", "parameter_count, PARAMETERS",
        "tokens, DATA", "D, DATA", "Seen Examples, DATA", "throughput/total_tokens, DATA", "training_dataset_size, DATA",
        "t, DATA", "Training FLOP, COMPUTE", "C, COMPUTE", "flops, COMPUTE", "loss, METRIC", "val_loss, METRIC",
        "eval/paloma/macro_loss, METRIC", "test_cross_entropy, METRIC", "C4 Eval Loss, METRIC", "Loss, METRIC",
        "current_steps, STEP", "_step, STEP", "x, OTHER", "peak_lr, OTHER", "loss_star_std, OTHER", "n_embd_6, OTHER",
        "ARC-C, OTHER", "Est C, COMPUTE", "Approx_C_no_emb, COMPUTE", "Model Size (B), PARAMETERS",
        "Pretraining Data Size (T), DATA", "FLOPs (1E21), COMPUTE", "throughput/total_gflops, COMPUTE",
        "Compute (PF-days), COMPUTE", "C (petaflop/s-days), COMPUTE", "loss (bits), METRIC"
    })
    void guessesNumericColumnsFromTheirNames(String name, ColumnRole expected) {
        assertThat(roles(numeric(name))).containsExactly(expected);
    }

    @Test
    void guessesTextColumnsFromNamesAndContent() {
        assertThat(roles(text("run_name", "2b84b4b"), text("model", "misfitting_35m"), text("Task", "log_perplexity"),
                text("Domain", "NMT"), text("split", "train", "heldout"), text("notes", "hello")))
                .containsExactly(ColumnRole.RUN, ColumnRole.GROUP, ColumnRole.GROUP, ColumnRole.GROUP,
                        ColumnRole.SPLIT, ColumnRole.OTHER);
    }

    @Test
    void holdOutMarkerNeedsMarkerValues() {
        ColumnProfile zeroOne = new ColumnProfile("Training", 10, 0, 0, List.of("1", "0"), false);
        ColumnProfile counts = new ColumnProfile("Training", 10, 0, 0, List.of("1", "5", "9"), true);
        assertThat(roles(zeroOne)).containsExactly(ColumnRole.SPLIT);
        assertThat(roles(counts)).containsExactly(ColumnRole.OTHER);
    }

    @Test
    void givesEachSingleRoleToTheBestMatchOnly() {
        List<RoleGuess> guesses = guesser.guess(List.of(numeric("N_no_emb"), numeric("N"), numeric("C_6ND"),
                numeric("C"), numeric("train_tokens"), numeric("D"), numeric("loss"), numeric("C4 Eval Loss")));
        assertThat(guesses).extracting(RoleGuess::role).containsExactly(ColumnRole.OTHER, ColumnRole.PARAMETERS,
                ColumnRole.OTHER, ColumnRole.COMPUTE, ColumnRole.OTHER, ColumnRole.DATA, ColumnRole.METRIC,
                ColumnRole.METRIC);
        assertThat(guesses.get(0).reason()).isEqualTo("also named like N; \"N\" matches better");
        assertThat(guesses).allSatisfy(g -> assertThat(g.reason()).isNotBlank());
    }

    @Test
    void onATiePrefersTheColumnWithMoreValues() {
        ColumnProfile sparse = new ColumnProfile("Params", 13, 0, 294, List.of("1.2E7"), true);
        ColumnProfile dense = new ColumnProfile("params ", 297, 0, 10, List.of("4E7"), true);
        List<ColumnRole> guessed = new ArrayList<>(roles(sparse, dense));
        assertThat(guessed).containsExactly(ColumnRole.OTHER, ColumnRole.PARAMETERS);
    }

    @Test
    void textColumnNamedLikeASizeStaysText() {
        List<RoleGuess> guesses = guesser.guess(List.of(text("param_count", "kaplan", "standard"), numeric("n")));
        assertThat(guesses.get(0)).isEqualTo(new RoleGuess(ColumnRole.OTHER, "named like N but holds text"));
        assertThat(guesses.get(1).role()).isEqualTo(ColumnRole.PARAMETERS);
    }

    @Test
    void benchmarkScoresBesideSizesAreOfferedAsMetricsWhenNoLossIsNamed() {
        assertThat(roles(numeric("Model Size (B)"), numeric("ARC-C"), numeric("MMLU"), numeric("seed")))
                .containsExactly(ColumnRole.PARAMETERS, ColumnRole.METRIC, ColumnRole.METRIC, ColumnRole.OTHER);
        assertThat(roles(numeric("params"), numeric("loss"), numeric("MMLU")))
                .containsExactly(ColumnRole.PARAMETERS, ColumnRole.METRIC, ColumnRole.OTHER);
    }

    @Test
    void percentagesAndRatesAreNotCompute() {
        assertThat(roles(numeric("% FLOPS Proj"), numeric("HW TFLOP/s/GPU"))).containsOnly(ColumnRole.OTHER);
    }
}
