package org.scalingworkbench.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import org.scalingworkbench.session.FitSettings;
import org.scalingworkbench.session.LawResult;
import org.scalingworkbench.session.LawSetup;
import org.scalingworkbench.session.LawWarning;
import org.scalingworkbench.session.ObjectiveSetting;

/** A board rebuilt from saved results scores them as the fit did, without fitting. */
class RestoredBoardTest {

    private static final ScalingLaw PLC = LawCatalog.builtIn().get("plc");
    private static final ScalingLaw CHINCHILLA = LawCatalog.builtIn().get("chinchilla");

    /** loss = 2 + 50·x^(−0.3) times a fixed ±1% wiggle, 12 fitted sizes and 4 held out. */
    private static FitData data() {
        double[][] train = new double[12][];
        double[] trainY = new double[12];
        double[][] held = new double[4][];
        double[] heldY = new double[4];
        for (int i = 0; i < 16; i++) {
            double x = 1e6 * Math.pow(2, i);
            double y = (2 + 50 * Math.pow(x, -0.3)) * (1 + 0.01 * Math.sin(3.0 * i));
            if (i < 12) {
                train[i] = new double[] {x};
                trainY[i] = y;
            } else {
                held[i - 12] = new double[] {x};
                heldY[i - 12] = y;
            }
        }
        return new FitData("loss", List.of(FitData.PLOTTED), List.of("params"), train, trainY, held, heldY);
    }

    @Test
    void aHuberFitWithAFixedParameterIsScoredAsFittedWithItsAicAndWarnings() {
        Objective huber = Objective.logHuber(1e-3);
        FitOptions options = FitOptions.defaults().withObjective(huber).withFixed("Linf", 1.9);
        LeaderboardEntry fitted = LawComparison.onSharedRows(List.of(PLC), options)
                .rank("curve", "cut-off", data(), null, new CancellationToken()).entries().get(0);
        FitSettings settings = new FitSettings(ObjectiveSetting.of(huber), Map.of("Linf", 1.9), Map.of(), Map.of(), 0, 42L);
        LeaderboardEntry restored = RestoredBoard.of(Map.of(PLC, saved(fitted.fit(), settings, true)), data()).orElseThrow().entries().get(0);
        assertThat(fitted.aic()).isFinite();
        assertThat(restored.aic()).isCloseTo(fitted.aic(), within(1e-9));
        assertThat(restored.bic()).isCloseTo(fitted.bic(), within(1e-9));
        assertThat(restored.heldOut().rmsle()).isCloseTo(fitted.heldOut().rmsle(), within(1e-12));
        assertThat(restored.fit().fixed()).isEqualTo(fitted.fit().fixed());
        assertThat(restored.status()).isEqualTo(fitted.status());
        assertThat(restored.detail()).isEqualTo(fitted.detail().isEmpty() ? RestoredBoard.DETAIL : fitted.detail() + "; " + RestoredBoard.DETAIL);
    }

    @Test
    void resultsOfAnOlderFileSayTheirWarningsAreUnknownAndALawTheRowsCannotServeIsNotRestored() {
        FitOptions options = FitOptions.defaults();
        LeaderboardEntry fitted = LawComparison.onSharedRows(List.of(PLC), options)
                .rank("curve", "cut-off", data(), null, new CancellationToken()).entries().get(0);
        LawSetup old = saved(fitted.fit(), FitSettings.defaults(), false);
        LeaderboardEntry restored = RestoredBoard.of(Map.of(PLC, old), data()).orElseThrow().entries().get(0);
        assertThat(restored.detail()).contains(RestoredBoard.WARNINGS_UNKNOWN).endsWith(RestoredBoard.DETAIL);

        Map<String, Double> values = Map.of("E", 1.8, "A", 400.0, "B", 2000.0, "alpha", 0.34, "beta", 0.37);
        LawSetup chinchilla = LawSetup.builtIn("chinchilla", FitSettings.defaults())
                .withResult(new LawResult(values, Map.of(), Map.of(), 0.1, List.of()));
        Map<ScalingLaw, LawSetup> both = new LinkedHashMap<>();
        both.put(PLC, old);
        both.put(CHINCHILLA, chinchilla);
        assertThat(RestoredBoard.of(both, data())).isEmpty();
    }

    private static LawSetup saved(FitResult fit, FitSettings settings, boolean withWarnings) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (int j = 0; j < fit.parameterNames().size(); j++) {
            values.put(fit.parameterNames().get(j), fit.values()[j]);
            errors.put(fit.parameterNames().get(j), fit.standardErrors()[j]);
        }
        List<LawWarning> warnings = withWarnings ? fit.warnings().stream().map(LawWarning::of).toList() : null;
        return LawSetup.builtIn(PLC.id(), settings).withResult(new LawResult(values, errors, Map.of(), fit.objectiveValue(), warnings));
    }
}
