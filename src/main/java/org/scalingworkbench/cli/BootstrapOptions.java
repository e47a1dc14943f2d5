package org.scalingworkbench.cli;

import org.scalingworkbench.app.request.Resampling;
import picocli.CommandLine.Option;

/** {@code --bootstrap} and {@code --seed}: the {@link Resampling} part of a request. A picocli mixin. */
final class BootstrapOptions {

    @Option(names = "--bootstrap", paramLabel = "R", defaultValue = "0",
            description = "Bootstrap resamples for 95%% percentile intervals (default: none).")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Resampling.DEFAULT_SEED,
            description = "Seed of the bootstrap's draws (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The resampling asked for. */
    Resampling resampling() {
        if (resamples < 0 || resamples > Resampling.MAX_RESAMPLES) {
            throw new IllegalArgumentException("--bootstrap must be from 0 to " + Resampling.MAX_RESAMPLES + ", got " + resamples);
        }
        return new Resampling(resamples, seed);
    }
}
