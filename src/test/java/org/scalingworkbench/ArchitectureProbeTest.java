package org.scalingworkbench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingworkbench.archprobe.analysis.ProbeAnalysis;
import org.scalingworkbench.archprobe.analysis.ReachesUi;
import org.scalingworkbench.archprobe.analysis.UsesCommonsMath;
import org.scalingworkbench.archprobe.analysis.frontier.IsoFlopFrontier;
import org.scalingworkbench.archprobe.app.Prints;
import org.scalingworkbench.archprobe.app.ProbeUseCase;
import org.scalingworkbench.archprobe.app.UsesJavaFx;
import org.scalingworkbench.archprobe.cli.ProbeCommand;
import org.scalingworkbench.archprobe.cli.RunsFrontier;
import org.scalingworkbench.archprobe.data.CycleWithFit;
import org.scalingworkbench.archprobe.data.ProbeSweep;
import org.scalingworkbench.archprobe.figure.ProbeFigure;
import org.scalingworkbench.archprobe.fit.CycleWithData;
import org.scalingworkbench.archprobe.fit.ExposesCommonsMath;
import org.scalingworkbench.archprobe.fit.ProbeFitResult;
import org.scalingworkbench.archprobe.fit.ReachesData;
import org.scalingworkbench.archprobe.fit.UsesSolver;
import org.scalingworkbench.archprobe.fit.solve.CallsBack;
import org.scalingworkbench.archprobe.fit.solve.MultiStartFitter;
import org.scalingworkbench.archprobe.misc.OutsideLayers;
import org.scalingworkbench.archprobe.session.ProbeSession;
import org.scalingworkbench.archprobe.ui.ProbeView;
import org.scalingworkbench.archprobe.ui.RunsFitter;

/**
 * Every rule of {@link ArchitectureTest} can fail: built for the probe root, it passes on a small
 * set of classes that mimic the layers (one per top package, each using only what it may) and
 * fails, naming the offender, once one offending probe class is added.
 */
class ArchitectureProbeTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.scalingworkbench.archprobe");

    /** A clean miniature of the project: every layer present, every dependency allowed. */
    private static final List<Class<?>> CLEAN = List.of(ProbeView.class, ProbeCommand.class, ProbeUseCase.class,
            ProbeAnalysis.class, IsoFlopFrontier.class, ProbeFigure.class, ProbeSession.class,
            ProbeFitResult.class, MultiStartFitter.class, ProbeSweep.class);

    static Stream<Arguments> rulesAndTheirOffenders() {
        return Stream.of(
                offends("only ui uses JavaFX", ArchitectureRules::onlyUiUsesJavaFx, UsesJavaFx.class),
                offends("core depends on no head", ArchitectureRules::coreDoesNotDependOnCliOrUi, ReachesUi.class),
                offends("cli does not depend on ui", ArchitectureRules::cliDoesNotDependOnUi,
                        org.scalingworkbench.archprobe.cli.ReachesUi.class),
                offends("Commons Math inside fit", ArchitectureRules::commonsMathStaysInsideFit, UsesCommonsMath.class),
                offends("fit API without Commons Math", ArchitectureRules::fitPublicApiExposesNoCommonsMathType,
                        ExposesCommonsMath.class),
                offends("only cli prints", ArchitectureRules::onlyCliPrintsToStandardStreams, Prints.class),
                offends("layers: fit reads data", ArchitectureRules::layers, ReachesData.class),
                offends("layers: class outside every layer", ArchitectureRules::layers, OutsideLayers.class),
                offends("top packages free of cycles", ArchitectureRules::topPackagesAreFreeOfCycles,
                        CycleWithFit.class, CycleWithData.class),
                offends("every package free of cycles", ArchitectureRules::everyPackageIsFreeOfCycles,
                        UsesSolver.class, CallsBack.class),
                offends("heads never call computing classes: fit.solve",
                        ArchitectureRules::headsNeverCallComputingClasses, RunsFitter.class),
                offends("heads never call computing classes: *Frontier",
                        ArchitectureRules::headsNeverCallComputingClasses, RunsFrontier.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirOffenders")
    void ruleHoldsOnTheCleanProbesAndFailsNamingTheOffender(String name, Function<ArchitectureRules, ArchRule> rule,
            List<Class<?>> offenders) {
        ArchRule built = rule.apply(RULES);
        assertThatCode(() -> built.check(importing(List.of()))).doesNotThrowAnyException();
        assertThatThrownBy(() -> built.check(importing(offenders)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Architecture Violation")
                .hasMessageContaining(offenders.get(0).getName());
    }

    @Test
    void cycleInsideOneTopPackageIsSeenOnlyByThePerPackageRule() {
        JavaClasses withInnerCycle = importing(List.of(UsesSolver.class, CallsBack.class));
        assertThatCode(() -> RULES.topPackagesAreFreeOfCycles().check(withInnerCycle)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RULES.everyPackageIsFreeOfCycles().check(withInnerCycle))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fit.solve");
    }

    @Test
    void importCheckRejectsTooFewClassesAndAMissingTopPackage() {
        assertThatCode(() -> RULES.requireComplete(importing(List.of()), CLEAN.size() - 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RULES.requireComplete(importing(List.of()), ArchitectureTest.KNOWN_MINIMUM))
                .isInstanceOf(AssertionError.class).hasMessageContaining("need more than 300");
        List<Class<?>> withoutData = new ArrayList<>(CLEAN);
        withoutData.remove(ProbeSweep.class);
        JavaClasses noData = new ClassFileImporter().importClasses(withoutData);
        assertThatThrownBy(() -> RULES.requireComplete(noData, 0))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing: [data]");
    }

    private static Arguments offends(String name, Function<ArchitectureRules, ArchRule> rule, Class<?>... offenders) {
        return Arguments.of(name, rule, Arrays.asList(offenders));
    }

    private static JavaClasses importing(List<Class<?>> offenders) {
        List<Class<?>> all = new ArrayList<>(CLEAN);
        all.addAll(offenders);
        return new ClassFileImporter().importClasses(all);
    }
}
