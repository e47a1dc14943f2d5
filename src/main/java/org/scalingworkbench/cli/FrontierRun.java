package org.scalingworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.data.SweepImporter;

/**
 * One run of the frontier command: imports the file once and hands it to {@link SweepFrontier},
 * keeping what the reports print (file name, loss column, budget, resamples).
 */
final class FrontierRun {

    private final Path file;
    private final SweepFrontier frontier;
    private SweepFrontierReport report;

    /** A run of {@code frontier} on {@code file}. */
    FrontierRun(Path file, SweepFrontier frontier) {
        this.file = file;
        this.frontier = frontier;
    }

    /** Runs the approaches; with one approach its failure is the command's error, with several a skip. */
    FrontierComparison run(Set<FrontierApproach> approaches) throws IOException {
        report = frontier.run(new SweepImporter().importFile(file), approaches, TaskContext.none());
        return report.comparison();
    }

    String source() {
        return file.getFileName().toString();
    }

    String lossName() {
        return report.lossName();
    }

    double budget() {
        return report.budget();
    }

    int resamples() {
        return report.resamples();
    }
}
