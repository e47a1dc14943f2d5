package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direction and units of a metric from column names as they appear in real result files
 * (lm-eval-harness, downstream tables, training logs), and from values where the name is silent.
 */
class MetricRecognizerTest {

    private static final double[] X = {1e18, 1e19, 1e20, 1e21, 1e22};
    private static final double[] UP = {0.26, 0.30, 0.38, 0.47, 0.55};
    private static final double[] DOWN = {3.9, 3.4, 3.0, 2.8, 2.7};

    @ParameterizedTest
    @ValueSource(strings = {"acc", "acc_norm", "accuracy", "eval/accuracy", "ARC-C", "HellaSwag", "MMLU (%)", "pass@1",
        "exact_match", "win rate", "f1", "BLEU", "score", "winogrande/acc"})
    void scoreNamesRise(String name) {
        MetricReading r = MetricRecognizer.recognize(name, X, DOWN);
        assertThat(r.direction()).as(name).isEqualTo(MetricDirection.RISING);
        assertThat(r.basis()).isEqualTo("from its name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"loss", "val_loss", "C4 Eval Loss", "Wiki Eval PPL", "perplexity", "test_error", "val/bpb",
        "eval/lm_loss", "hellaswag_loss", "WER"})
    void lossAndErrorNamesFall(String name) {
        assertThat(MetricRecognizer.recognize(name, X, UP).direction()).as(name).isEqualTo(MetricDirection.FALLING);
    }

    @ParameterizedTest
    @CsvSource({"loss, NATS", "val/bpb, BITS", "bits_per_byte, BITS", "Wiki Eval PPL, OWN"})
    void lossUnitsComeFromTheName(String name, MetricUnits units) {
        assertThat(MetricRecognizer.recognize(name, X, DOWN).units()).isEqualTo(units);
    }

    @ParameterizedTest
    @CsvSource({"acc, 0.5, FRACTION", "MMLU (%), 50, PERCENT", "test_error, 40, PERCENT"})
    void scoreAndErrorUnitsComeFromTheValues(String name, double scale, MetricUnits units) {
        double[] y = {0.2 * scale, 0.4 * scale, 0.6 * scale, 0.8 * scale, scale};
        MetricReading r = MetricRecognizer.recognize(name, X, y);
        assertThat(r.units()).isEqualTo(units);
        assertThat(r.units().isLoss()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aSilentNameIsReadFromTheValuesTrend() {
        assertThat(MetricRecognizer.recognize("y", X, UP).direction()).isEqualTo(MetricDirection.RISING);
        assertThat(MetricRecognizer.recognize("y", X, UP).basis()).isEqualTo("from its values");
        assertThat(MetricRecognizer.recognize("y", X, DOWN).direction()).isEqualTo(MetricDirection.FALLING);
        assertThat(MetricRecognizer.recognize("y", X, new double[] {1, 2, 1, 2, 1}).basis()).contains("a loss assumed");
    }

    @org.junit.jupiter.api.Test
    void theUsersDirectionWinsAndIsStated() {
        MetricReading r = MetricRecognizer.recognize("loss", X, UP, MetricDirection.RISING);
        assertThat(r.rising()).isTrue();
        assertThat(r.units()).isEqualTo(MetricUnits.FRACTION);
        assertThat(r.statement("C")).isEqualTo("metric 'loss' rises with C (as asked): score laws offered (sig, sigerr on 1 - score)");
        assertThat(MetricRecognizer.recognize("acc", X, UP).statement("C"))
                .startsWith("metric 'acc' rises with C (from its name): score laws offered");
    }
}
