package org.scalingworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test sweeps of one noiseless law, loss = E + A·N^(−α), at model sizes N = 1e6·2^i, as a CSV of params and loss. */
public final class PowerLawCsv {

    private PowerLawCsv() {
    }

    /** Writes {@code file} with {@code sizes} rows (i = 0 … sizes − 1) and returns it. */
    public static Path write(Path file, double e, double a, double alpha, int sizes) throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < sizes; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(e + a * Math.pow(n, -alpha)).append('\n');
        }
        return Files.writeString(file, csv);
    }
}
