package org.scalingworkbench.ui.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;

/**
 * A noiseless IsoFLOP sweep of Chinchilla's law with Besiroglu et al.'s parameters: 7 budgets
 * C = 1e18, 3e18, …, 1e21 FLOPs (half-decade steps), 7 model sizes per budget, a quarter decade
 * apart around 1e8·(C/1e18)^0.5 and shifted by 0.03 decades per budget (so that no size repeats
 * across budgets, as in the bundled sample), and D = C/(6N). Columns params, tokens, flops, loss.
 */
final class IsoFlopSynthetic {

    static final double E = 1.8172;
    static final double A = 477.8;
    static final double B = 2143;
    static final double ALPHA = 0.3473;
    static final double BETA = 0.3672;
    static final int BUDGETS = 7;
    static final int SIZES = 7;

    private IsoFlopSynthetic() {
    }

    static double budget(int b) {
        return 1e18 * Math.pow(10, 0.5 * b);
    }

    static ImportedSweep sweep(Path dir) throws IOException {
        return sweep(dir, 0.03);
    }

    /** The same budgets with one set of model sizes shared by all budgets (a quarter decade apart). */
    static ImportedSweep sharedSizes(Path dir) throws IOException {
        return sweep(dir, 0);
    }

    private static ImportedSweep sweep(Path dir, double shiftPerBudget) throws IOException {
        StringBuilder csv = new StringBuilder("params,tokens,flops,loss\n");
        for (int b = 0; b < BUDGETS; b++) {
            double c = budget(b);
            for (int s = 0; s < SIZES; s++) {
                double n = 1e8 * Math.sqrt(c / 1e18) * Math.pow(10, 0.25 * (s - 3) + shiftPerBudget * b);
                double d = c / (6 * n);
                double loss = E + A * Math.pow(n, -ALPHA) + B * Math.pow(d, -BETA);
                csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g%n", n, d, c, loss));
            }
        }
        return new SweepImporter().importFile(Files.writeString(dir.resolve("isoflop.csv"), csv));
    }
}
