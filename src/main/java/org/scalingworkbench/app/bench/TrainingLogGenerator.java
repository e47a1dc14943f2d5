package org.scalingworkbench.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic training log for {@code bench import}: runs of dense models from 10⁷ to 10¹⁰
 * parameters, each logging step, tokens seen (2¹⁹ tokens per step), FLOPs = 6·N·D, loss from the
 * Chinchilla law of Hoffmann et al. (E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28, nats per
 * token) with Gaussian noise, and a cosine learning-rate schedule. Values are written the way a
 * logger with format strings writes them (loss {@code %.4f}, FLOPs and lr {@code %.4e}), or as full
 * shortest-repr doubles (like pandas' {@code to_csv}) with {@code fullPrecision}.
 */
final class TrainingLogGenerator {

    private static final long TOKENS_PER_STEP = 1L << 19;
    private static final int STEPS_PER_RUN = 5000;

    private final long seed;
    private final boolean fullPrecision;

    TrainingLogGenerator(long seed, boolean fullPrecision) {
        this.seed = seed;
        this.fullPrecision = fullPrecision;
    }

    /** Writes {@code rows} rows (plus a header) to {@code file}. */
    void write(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(128);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("run,params,tokens,flops,step,loss,lr\n");
            long params = 0;
            for (int row = 0; row < rows; row++) {
                int run = row / STEPS_PER_RUN;
                int step = 10 * (row % STEPS_PER_RUN + 1);
                if (row % STEPS_PER_RUN == 0) {
                    params = Math.round(Math.pow(10, 7 + 3 * random.nextDouble()));
                }
                line.setLength(0);
                appendRow(line, random, run, params, step);
                w.append(line);
            }
        }
    }

    private void appendRow(StringBuilder b, SplittableRandom random, int run, long params, int step) {
        long tokens = TOKENS_PER_STEP * step;
        double flops = 6.0 * params * tokens;
        double loss = 1.69 + 406.4 / Math.pow(params, 0.34) + 410.7 / Math.pow(tokens, 0.28)
                + 0.01 * gaussian(random);
        double progress = step / (10.0 * STEPS_PER_RUN);
        double lr = 3e-4 * Math.min(1, progress * 50) * 0.5 * (1 + Math.cos(Math.PI * progress));
        b.append("run-").append(run < 100 ? (run < 10 ? "00" : "0") : "").append(run).append(',')
                .append(params).append(',').append(tokens).append(',');
        appendReal(b, flops, false);
        b.append(',').append(step).append(',');
        appendReal(b, loss, true);
        b.append(',');
        appendReal(b, lr, false);
        b.append('\n');
    }

    private void appendReal(StringBuilder b, double v, boolean fixed) {
        if (fullPrecision) {
            b.append(v);
        } else if (fixed) {
            long scaled = Math.round(v * 1e4);
            b.append(scaled / 10000).append('.');
            String frac = Long.toString(scaled % 10000);
            b.append("0000", 0, 4 - frac.length()).append(frac);
        } else {
            appendScientific(b, v);
        }
    }

    /** Appends v in the form 1.2345e+20 (4 decimals; v &gt;= 0). */
    private static void appendScientific(StringBuilder b, double v) {
        if (v == 0) {
            b.append("0.0000e+00");
            return;
        }
        int exp = (int) Math.floor(Math.log10(v));
        long mantissa = Math.round(v / Math.pow(10, exp) * 1e4);
        if (mantissa >= 100000) {
            mantissa /= 10;
            exp++;
        }
        b.append(mantissa / 10000).append('.');
        String frac = Long.toString(mantissa % 10000);
        b.append("0000", 0, 4 - frac.length()).append(frac).append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        b.append(e < 10 ? "0" : "").append(e);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
