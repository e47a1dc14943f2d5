package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.ExtrapolationError;

/**
 * The published 1-break BNSL for 4-digit addition (Caballero et al. 2022, Figure 4 left) evaluated on
 * the published data: train RMSLE 6.0e-4 and held-out RMSLE 0.0109, where RMSLE is measured on plain
 * ln (the reference code fits ln(y + 1), but reports sqrt(mean((ln yhat - ln y)^2))).
 */
class BnslFourDigitAdditionTest {

    /** The parameters as published, rounded to 4 significant digits. */
    static final double[] PUBLISHED = {0.4139, 2.277, 0.0551, 5.663, 612.6, 0.0592};
    /** The same fit at full precision, as the reference repository's noiseless simulation states it. */
    static final double[] FULL_PRECISION = {0.41388453071629455, 2.2772722897737556, 0.055077348404973955,
        5.662903816010331, 612.5836172918001, 0.059193036393742314};

    private final BrokenNeuralScalingLaw law = new BrokenNeuralScalingLaw(1);
    private FourDigitAddition data;

    @BeforeEach
    void readData() throws IOException {
        Path dir = Path.of(System.getProperty("shared.data.dir", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data folder " + dir + " absent: skipping");
        data = FourDigitAddition.read(dir.resolve("broken_neural_scaling_laws/4_digit_addition__dataset_size_x-axis.csv"));
    }

    @Test
    void fileHasFourteenTrainAndThreeHeldOutRows() {
        assertThat(data.trainX()).hasSize(14);
        assertThat(data.heldOutX()).hasSize(3);
    }

    @Test
    void fullPrecisionFitReproducesPublishedRmsle() {
        assertThat(rmsle(data.trainX(), data.trainY(), FULL_PRECISION, 0.0)).isCloseTo(6.0e-4, within(0.05e-4));
        assertThat(rmsle(data.heldOutX(), data.heldOutY(), FULL_PRECISION, 0.0)).isCloseTo(0.0109, within(0.00005));
    }

    @Test
    void roundedPublishedParametersGiveNearlyTheSameRmsle() {
        assertThat(rmsle(data.trainX(), data.trainY(), PUBLISHED, 0.0)).isCloseTo(6.0e-4, within(0.3e-4));
        assertThat(rmsle(data.heldOutX(), data.heldOutY(), PUBLISHED, 0.0)).isCloseTo(0.0109, within(0.00005));
    }

    @Test
    void publishedFiguresAreNotOnTheLogOnePlusYScale() {
        double logOnePlus = 1.0;
        assertThat(rmsle(data.heldOutX(), data.heldOutY(), FULL_PRECISION, logOnePlus)).isLessThan(0.005);
        assertThat(rmsle(data.trainX(), data.trainY(), FULL_PRECISION, logOnePlus)).isLessThan(4.5e-4);
    }

    /** RMSLE on ln(y + shift): shift 0 for plain ln, 1 for the reference code's ln(1 + y). */
    private double rmsle(double[] x, double[] y, double[] p, double shift) {
        double[] predicted = java.util.Arrays.stream(x).map(v -> law.valueAt(v, p) + shift).toArray();
        return ExtrapolationError.rmsle(predicted, java.util.Arrays.stream(y).map(v -> v + shift).toArray());
    }

    /** The file's rows split by its {@code split} column. */
    record FourDigitAddition(double[] trainX, double[] trainY, double[] heldOutX, double[] heldOutY) {

        static FourDigitAddition read(Path file) throws IOException {
            List<double[]> train = new ArrayList<>();
            List<double[]> heldOut = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            assertThat(lines.get(0).trim()).isEqualTo("training_dataset_size,test_cross_entropy,split");
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split(",");
                double[] row = {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])};
                (cells[2].equals("train") ? train : heldOut).add(row);
            }
            return new FourDigitAddition(column(train, 0), column(train, 1), column(heldOut, 0), column(heldOut, 1));
        }

        private static double[] column(List<double[]> rows, int index) {
            return rows.stream().mapToDouble(r -> r[index]).toArray();
        }
    }
}
