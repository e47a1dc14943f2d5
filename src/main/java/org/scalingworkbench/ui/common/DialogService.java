package org.scalingworkbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scalingworkbench.figure.export.ExportFormat;

/**
 * Dialogs the view-models may ask for, behind an interface so their tests use a fake. The session
 * dialogs have defaults that answer "cancel", so a fake that does not care about sessions need not
 * implement them; the window's {@link FxDialogService} implements every one.
 */
public interface DialogService {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do about a data file of a session that moved or changed. */
    enum SourceChoice { LOCATE, USE_EMBEDDED, CANCEL }

    /** Asks the user for result files to open; empty when cancelled. */
    List<Path> chooseFilesToOpen();

    /**
     * Asks where to write a figure in {@code format}, starting from {@code suggested} (its folder
     * and name; null for none); empty when cancelled.
     */
    Optional<Path> chooseExportFile(ExportFormat format, Path suggested);

    /** Asks where to write the fit report (.md, .tex or .json); empty when cancelled. */
    Optional<Path> chooseReportFile();

    /** Asks for a session file to open; empty when cancelled. */
    default Optional<Path> chooseSessionToOpen() {
        return Optional.empty();
    }

    /** Asks where to save the session, suggesting {@code suggestedName}; empty when cancelled. */
    default Optional<Path> chooseSessionToSave(String suggestedName) {
        return Optional.empty();
    }

    /** Asks whether to save the changes to {@code sessionName} before they are lost. */
    default UnsavedChoice askUnsavedChanges(String sessionName) {
        return UnsavedChoice.CANCEL;
    }

    /** Offers to restore work found in a recovery file; {@code what} describes it. True to restore. */
    default boolean offerRecovery(String what) {
        return false;
    }

    /**
     * Says that a session's data file moved or changed ({@code message}) and asks what to do;
     * {@code hasEmbedded} says whether the session holds its own copy.
     */
    default SourceChoice askAboutSource(String message, boolean hasEmbedded) {
        return SourceChoice.CANCEL;
    }

    /**
     * Shows the data files a session from elsewhere (not saved or opened on this machine before)
     * will read, before anything is read; true to read them.
     */
    default boolean confirmSessionReads(String sessionName, List<Path> paths) {
        return false;
    }

    /** Asks for the new place of a data file that was at {@code storedPath}; empty when cancelled. */
    default Optional<Path> locateDataFile(String storedPath) {
        return Optional.empty();
    }

    /** Tells the user that something could not be done and why. */
    default void showError(String title, String message) {
    }
}
