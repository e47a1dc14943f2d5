package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import org.scalingworkbench.session.DataSource;

/**
 * How one data file of a session is read: from {@code file}, or from the session's embedded copy
 * when {@code useEmbedded}.
 *
 * @param source      the data file as the session names it
 * @param file        the file to read (the stored path resolved, or where the user located it)
 * @param useEmbedded read the session's copy instead of {@code file}; {@code file} is then the path it stands for
 */
record SourceRead(DataSource source, Path file, boolean useEmbedded) {
}
