package org.scalingworkbench.session;

import java.nio.file.Path;
import java.util.List;

/**
 * A session read from a file, with the problems found with its data files (empty when all are
 * where they were, with the same content).
 *
 * @param session  the session, complete
 * @param file     the file it was read from (a session file or a recovery file)
 * @param problems data files moved, or changed from the data the session was made from
 */
public record LoadedSession(Session session, Path file, List<SourceProblem> problems) {

    public LoadedSession {
        problems = List.copyOf(problems);
    }

    /** Whether every data file is found with the content it had. */
    public boolean sourcesIntact() {
        return problems.isEmpty();
    }
}
