package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small noiseless sweeps, loss = 2 + 50·N^(−0.3), with one extra numeric column. */
final class SweepFiles {

    private SweepFiles() {
    }

    static Path write(Path file, String extra, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("params," + extra + ",loss\n");
        for (int i = 0; i < rows; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(20 * n).append(',').append(2 + 50 * Math.pow(n, -0.3)).append('\n');
        }
        return Files.writeString(file, csv);
    }
}
