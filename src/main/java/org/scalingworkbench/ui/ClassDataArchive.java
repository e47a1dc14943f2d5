package org.scalingworkbench.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the app image's class-data archive (AppCDS, docs/decisions/0012) matched to the folder the
 * image is in. The JVM maps the archive only for the class path it was dumped with, so a copy of
 * the image moved elsewhere starts without class sharing; then, once per folder, this dumps the
 * archive again from the class list the image carries, in a background process at low priority
 * that outlives the window, so that the next start maps it. Does nothing outside an app image, where
 * sharing works, or where the folder cannot be written; any failure only leaves the start as slow.
 */
final class ClassDataArchive {

    /** System property the window launcher of an app image with an archive sets to the archive's path. */
    static final String PROPERTY = "scaling.workbench.classDataArchive";

    /** Dumps to a temporary file, then renames it, so that no start ever maps half an archive. */
    private static final String DUMP = "nice -n 10 \"$1\" >/dev/null 2>&1 && mv -f workbench.jsa.tmp workbench.jsa;"
            + " rm -f workbench.jsa.tmp; printf '%s\\n' \"$2\" > workbench.jsa.for";

    private ClassDataArchive() {
    }

    /** Starts the dump for this folder when the JVM shares no classes and none was tried here yet. */
    static void refreshIfMoved() {
        String archive = System.getProperty(PROPERTY);
        String launcher = System.getProperty("jpackage.app-path");
        if (archive == null || launcher == null || System.getProperty("java.vm.info", "").contains("sharing")) {
            return;
        }
        Path folder = Path.of(archive).toAbsolutePath().getParent();
        try {
            if (needsDump(folder)) {
                ProcessBuilder dump = new ProcessBuilder("/bin/sh", "-c", DUMP, "sh", launcher, folder.toString())
                        .directory(folder.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
                // set by the launcher for itself; a launcher started with it finds no class path
                dump.environment().remove("_JPACKAGE_LAUNCHER");
                dump.environment().put("_JAVA_OPTIONS",
                        "-Xshare:dump -XX:SharedClassListFile=workbench.classlist -XX:SharedArchiveFile=workbench.jsa.tmp");
                dump.start();
            }
        } catch (IOException | RuntimeException e) {
            // the window works as well without the archive
        }
    }

    /** Whether the folder holds a class list, can be written and has no archive dumped for it yet. */
    static boolean needsDump(Path folder) throws IOException {
        if (File.separatorChar != '/' || !Files.isRegularFile(folder.resolve("workbench.classlist"))
                || !Files.isWritable(folder)) {
            return false;
        }
        Path stamp = folder.resolve("workbench.jsa.for");
        return !Files.isRegularFile(stamp)
                || !Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(folder.toString());
    }
}
