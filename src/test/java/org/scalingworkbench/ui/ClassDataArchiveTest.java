package org.scalingworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path folder;

    @Test
    void anImageWithoutAClassListIsLeftAlone() throws Exception {
        assertFalse(ClassDataArchive.needsDump(folder));
    }

    @Test
    void aClassListWithoutAnArchiveForThisFolderAsksForADump() throws Exception {
        Files.writeString(folder.resolve("workbench.classlist"), "java/lang/Object\n");
        assertTrue(ClassDataArchive.needsDump(folder));
    }

    @Test
    void anArchiveDumpedForAnotherFolderAsksForADump() throws Exception {
        Files.writeString(folder.resolve("workbench.classlist"), "java/lang/Object\n");
        Files.writeString(folder.resolve("workbench.jsa.for"), "/where/it/was/built/lib/app\n");
        assertTrue(ClassDataArchive.needsDump(folder));
    }

    @Test
    void anArchiveDumpedForThisFolderIsNotDumpedAgain() throws Exception {
        Files.writeString(folder.resolve("workbench.classlist"), "java/lang/Object\n");
        Files.writeString(folder.resolve("workbench.jsa.for"), folder + "\n");
        assertFalse(ClassDataArchive.needsDump(folder));
    }
}
