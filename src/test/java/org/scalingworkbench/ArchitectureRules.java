package org.scalingworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of {@code docs/architecture.md}, each built for a root package so that the same rule
 * checks the production classes ({@code org.scalingworkbench}) and, in
 * {@link ArchitectureProbeTest}, small probe classes that mimic the layers and must break it.
 */
final class ArchitectureRules {

    /** The top packages every import of the real code must contain. */
    static final List<String> TOP_PACKAGES =
            List.of("ui", "cli", "app", "analysis", "figure", "session", "fit", "data");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** No class outside {@code ui} depends on {@code javafx.*}. */
    ArchRule onlyUiUsesJavaFx() {
        return noClasses().that().resideOutsideOfPackage(root + ".ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");
    }

    /** The core depends on neither head. */
    ArchRule coreDoesNotDependOnCliOrUi() {
        return noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage(root + ".cli..", root + ".ui..");
    }

    /** The command line does not depend on the window. */
    ArchRule cliDoesNotDependOnUi() {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(root + ".ui..");
    }

    /** Commons Math is used only inside {@code fit}. */
    ArchRule commonsMathStaysInsideFit() {
        return noClasses().that().resideOutsideOfPackage(root + ".fit..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..");
    }

    /** No public method of a public {@code fit} class takes or returns a Commons Math type. */
    ArchRule fitPublicApiExposesNoCommonsMathType() {
        return noMethods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(root + ".fit..")
                .and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(DescribedPredicate.describe("a Commons Math type",
                        ArchitectureRules::isCommonsMath))
                .orShould().haveRawParameterTypes(DescribedPredicate.describe("a Commons Math type",
                        (List<JavaClass> ps) -> ps.stream().anyMatch(ArchitectureRules::isCommonsMath)));
    }

    /** Only {@code cli} writes to {@code System.out} or {@code System.err}. */
    ArchRule onlyCliPrintsToStandardStreams() {
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err");
    }

    /**
     * The layers as the code really uses them: the heads (ui, cli) on top, then app, then
     * analysis, figure and session, then fit and data. The heads may still name result types of
     * the lower layers; session reads {@code analysis.HoldOutSplit}.
     */
    ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy(root + ".ui..")
                .layer("cli").definedBy(root + ".cli..")
                .layer("app").definedBy(root + ".app..")
                .layer("analysis").definedBy(root + ".analysis..")
                .layer("figure").definedBy(root + ".figure..")
                .layer("session").definedBy(root + ".session..")
                .layer("fit").definedBy(root + ".fit..")
                .layer("data").definedBy(root + ".data..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyAccessLayers("app", "analysis", "figure", "session", "fit", "data")
                .whereLayer("cli").mayOnlyAccessLayers("app", "analysis", "figure", "fit", "data")
                .whereLayer("app").mayOnlyAccessLayers("analysis", "figure", "session", "fit", "data")
                .whereLayer("analysis").mayOnlyAccessLayers("fit", "data")
                .whereLayer("session").mayOnlyAccessLayers("analysis", "fit", "data")
                .whereLayer("figure").mayNotAccessAnyLayer()
                .whereLayer("fit").mayNotAccessAnyLayer()
                .whereLayer("data").mayNotAccessAnyLayer()
                .ensureAllClassesAreContainedInArchitecture();
    }

    /** No cycle between the top packages (ui, cli, app, analysis, ...), sub-packages included. */
    ArchRule topPackagesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** No cycle between any two packages: every package is its own slice. */
    ArchRule everyPackageIsFreeOfCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * The heads never reach the computing classes: they build a request and call a use case in
     * {@code app}, which runs solvers, bootstraps, leaderboards, frontiers and readers.
     */
    ArchRule headsNeverCallComputingClasses() {
        return noClasses().that().resideInAnyPackage(root + ".ui..", root + ".cli..")
                .should().dependOnClassesThat(computingClasses());
    }

    /** Solvers, bootstrap, leaderboard, backtest, frontier approaches, warm start, importer, readers. */
    DescribedPredicate<JavaClass> computingClasses() {
        String r = Pattern.quote(root);
        Pattern names = Pattern.compile(r + "\\.(fit\\.solve\\..+"
                + "|analysis\\.(LawComparison|Backtesting|WarmStartFitter)"
                + "|analysis\\.frontier\\.[A-Za-z]*Frontier"
                + "|data\\.(SweepImporter|[A-Za-z]*Reader))(\\$.*)?");
        return DescribedPredicate.describe("are computing classes (fit.solve.., LawComparison, Backtesting,"
                + " WarmStartFitter, *Frontier, SweepImporter, *Reader)", c -> names.matcher(c.getName()).matches());
    }

    /**
     * Fails unless {@code classes} hold more than {@code minimum} classes and a class in every top
     * package, so that no rule above passes on an import that found nothing.
     */
    void requireComplete(JavaClasses classes, int minimum) {
        Set<String> missing = new TreeSet<>(TOP_PACKAGES);
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            missing.removeIf(top -> name.equals(root + "." + top) || name.startsWith(root + "." + top + "."));
        }
        if (classes.size() <= minimum || !missing.isEmpty()) {
            throw new AssertionError("imported " + classes.size() + " classes under " + root + " (need more than "
                    + minimum + "); top packages missing: " + missing);
        }
    }

    private String[] core() {
        return List.of("data", "fit", "analysis", "figure", "session", "app").stream()
                .map(p -> root + "." + p + "..").toArray(String[]::new);
    }

    private static boolean isCommonsMath(JavaClass c) {
        return c.getPackageName().startsWith("org.apache.commons.math3");
    }
}
