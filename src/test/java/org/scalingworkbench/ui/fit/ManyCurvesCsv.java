package org.scalingworkbench.ui.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A sweep of several curves, each loss = E + A·N^(−α) with its own E, A and α (noiseless, 12 sizes
 * 1e6..2e9 each), keyed by Task and Model, and one more curve of a single point (Task = tiny).
 */
final class ManyCurvesCsv {

    /** One curve's key and parameters. */
    record Law(String task, String model, double e, double a, double alpha) {

        String name() {
            return "Task = " + task + ", Model = " + model;
        }
    }

    static final List<Law> LAWS = List.of(new Law("arc", "small", 2.0, 50, 0.30), new Law("arc", "large", 1.5, 80, 0.35),
            new Law("mmlu", "small", 2.5, 40, 0.25), new Law("mmlu", "large", 1.8, 120, 0.40));
    static final String SINGLE = "Task = tiny, Model = small";
    static final int SIZES = 12;

    private ManyCurvesCsv() {
    }

    static Path write(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("Task,Model,params,loss\n");
        for (Law law : LAWS) {
            for (int i = 0; i < SIZES; i++) {
                double n = 1e6 * Math.pow(2000, i / (double) (SIZES - 1));
                csv.append(String.format(Locale.ROOT, "%s,%s,%.6g,%.12g%n", law.task(), law.model(), n,
                        law.e() + law.a() * Math.pow(n, -law.alpha())));
            }
        }
        csv.append("tiny,small,1e7,3.1\n");
        return Files.writeString(file, csv.toString());
    }
}
