package org.scalingworkbench.app.request;

/**
 * The bootstrap a request asks for: how many resamples and the seed of their random draws.
 *
 * @param resamples resamples of the rows (with replacement), 0 for none; at most {@link #MAX_RESAMPLES}
 * @param seed      the seed of the draws, so that a run can be repeated
 */
public record Resampling(int resamples, long seed) {

    /** The seed used unless the user sets one, in the window and on the command line alike. */
    public static final long DEFAULT_SEED = 42L;

    /**
     * The most resamples a request may ask for: Besiroglu et al. use 4,000; 100,000 already takes
     * minutes on a curve of a few hundred rows, and each resample keeps its parameters in memory.
     */
    public static final int MAX_RESAMPLES = 100_000;

    /** No bootstrap. */
    public static final Resampling NONE = new Resampling(0, DEFAULT_SEED);

    public Resampling {
        if (resamples < 0 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("bootstrap resamples must be from 0 to " + MAX_RESAMPLES + ", got " + resamples);
        }
    }

    /** {@code resamples} resamples with the default seed. */
    public static Resampling of(int resamples) {
        return new Resampling(resamples, DEFAULT_SEED);
    }

    /** Whether any resample is asked for. */
    public boolean isRequested() {
        return resamples > 0;
    }

    public Resampling withResamples(int n) {
        return new Resampling(n, seed);
    }
}
