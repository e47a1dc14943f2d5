package org.scalingworkbench.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import org.scalingworkbench.data.ImportedSweep;

/**
 * How a head reads one result file: the import use case ({@code SweepLoading::load}), or a reader
 * wrapped around it (the window's session reader, which also remembers each file's path and the
 * digest of the bytes it read).
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
