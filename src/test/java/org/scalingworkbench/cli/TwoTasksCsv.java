package org.scalingworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

/**
 * Two tasks of 16 noiseless points each, y = Linf + (x0/x)^0.3 with Linf 1.5 (task a) and 2.5
 * (task b), x0 = 1e5, x from 1e6 to 1e10; the last 4 of each marked held out in a Training column.
 */
final class TwoTasksCsv {

    private TwoTasksCsv() {
    }

    /** Writes {@code tasks.csv} (Task, tokens, loss, Training) into {@code dir}. */
    static Path write(Path dir) throws IOException {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        StringBuilder csv = new StringBuilder("Task,tokens,loss,Training\n");
        for (String task : new String[] {"a", "b"}) {
            double floor = task.equals("a") ? 1.5 : 2.5;
            for (int i = 0; i < 16; i++) {
                double x = Math.pow(10, 6 + 4.0 * i / 15);
                csv.append(task).append(',').append(x).append(',')
                        .append(law.valueAt(x, new double[] {floor, 1e5, 0.3})).append(',').append(i < 12 ? 1 : 0).append('\n');
            }
        }
        return Files.writeString(dir.resolve("tasks.csv"), csv);
    }
}
