package org.scalingworkbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One rule per sentence of {@code docs/architecture.md}, checked on the production classes. Each
 * rule is also shown to fail on a probe in {@link ArchitectureProbeTest}.
 */
class ArchitectureTest {

    /** Fewer classes than this means the import missed part of the code. */
    static final int KNOWN_MINIMUM = 300;

    private static final ArchitectureRules RULES = new ArchitectureRules("org.scalingworkbench");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.scalingworkbench");
    }

    @Test
    void importHoldsEveryTopPackageAndTheKnownNumberOfClasses() {
        RULES.requireComplete(classes, KNOWN_MINIMUM);
    }

    @Test
    void onlyUiUsesJavaFx() {
        RULES.onlyUiUsesJavaFx().check(classes);
    }

    @Test
    void coreDoesNotDependOnCliOrUi() {
        RULES.coreDoesNotDependOnCliOrUi().check(classes);
    }

    @Test
    void cliDoesNotDependOnUi() {
        RULES.cliDoesNotDependOnUi().check(classes);
    }

    @Test
    void commonsMathStaysInsideFit() {
        RULES.commonsMathStaysInsideFit().check(classes);
    }

    @Test
    void fitPublicApiExposesNoCommonsMathType() {
        RULES.fitPublicApiExposesNoCommonsMathType().check(classes);
    }

    @Test
    void onlyCliPrintsToStandardStreams() {
        RULES.onlyCliPrintsToStandardStreams().check(classes);
    }

    @Test
    void layersPointDownward() {
        RULES.layers().check(classes);
    }

    @Test
    void topPackagesAreFreeOfCycles() {
        RULES.topPackagesAreFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        RULES.everyPackageIsFreeOfCycles().check(classes);
    }

    @Test
    void headsNeverCallComputingClasses() {
        RULES.headsNeverCallComputingClasses().check(classes);
    }
}
