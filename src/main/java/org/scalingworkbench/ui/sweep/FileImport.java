package org.scalingworkbench.ui.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.scalingworkbench.data.ImportedSweep;

/**
 * How the window reads one result file: the import use case ({@code SweepLoading::load}), or the
 * session's reader that also remembers each file's path and digest.
 */
@FunctionalInterface
public interface FileImport {

    /**
     * Reads {@code file} completely.
     *
     * @throws IOException naming the file when it cannot be read or is not a sweep
     */
    ImportedSweep read(Path file) throws IOException;
}
