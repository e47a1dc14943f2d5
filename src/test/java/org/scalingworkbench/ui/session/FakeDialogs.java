package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.scalingworkbench.ui.NoDialogs;

/** A dialog service that answers from queues set by the test and records what it was asked. */
final class FakeDialogs extends NoDialogs {

    Path sessionToOpen;
    Path sessionToSave;
    UnsavedChoice unsaved = UnsavedChoice.CANCEL;
    boolean restore;
    final Deque<SourceChoice> sourceChoices = new ArrayDeque<>();
    Path located;
    /** The answer to "read the data files of a session from elsewhere?"; the paths shown are recorded in {@link #asked}. */
    boolean readFromElsewhere = true;
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseSessionToOpen() {
        return Optional.ofNullable(sessionToOpen);
    }

    @Override
    public Optional<Path> chooseSessionToSave(String suggestedName) {
        return Optional.ofNullable(sessionToSave);
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String sessionName) {
        asked.add("unsaved " + sessionName);
        return unsaved;
    }

    @Override
    public boolean offerRecovery(String what) {
        asked.add("recovery " + what);
        return restore;
    }

    @Override
    public SourceChoice askAboutSource(String message, boolean hasEmbedded) {
        asked.add("source " + message + (hasEmbedded ? " [embedded]" : ""));
        return sourceChoices.isEmpty() ? SourceChoice.CANCEL : sourceChoices.poll();
    }

    @Override
    public boolean confirmSessionReads(String sessionName, List<Path> paths) {
        asked.add("read " + sessionName + " " + paths);
        return readFromElsewhere;
    }

    @Override
    public Optional<Path> locateDataFile(String storedPath) {
        asked.add("locate " + storedPath);
        return Optional.ofNullable(located);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
