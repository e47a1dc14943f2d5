package org.scalingworkbench.app.gap;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;

/** The simulated gap files of the test resources (see {@code gap/README.md} there) and their known answers. */
public final class SimulatedGapFiles {

    /** I(N) = I0 (N/N1)^b nats per token. */
    public static final double I0 = 0.1;
    public static final double N1 = 1e8;
    public static final double B = 0.2;
    /** The gap as y = a x^b: a = I0 N1^-b. */
    public static final double A = I0 * Math.pow(N1, -B);

    private SimulatedGapFiles() {
    }

    /** Long form: params, condition (uncaptioned, captioned), loss. */
    public static Path powerLaw() {
        return resource("power-law-information.csv");
    }

    /** Wide form: params, loss_uncaptioned, loss_captioned, tokens_per_image (1024). */
    public static Path powerLawWide() {
        return resource("power-law-information-wide.csv");
    }

    /** Long form with a gap of 0.12 nats per token at every size. */
    public static Path constant() {
        return resource("constant-information.csv");
    }

    /** The base request on {@code file}: plc per series. */
    public static FitRequest base(Path file) {
        return FitRequest.of(DataSelection.of(List.of(file)), List.of(LawSpec.builtIn("plc")));
    }

    /** The base request on the wide file: x is params (tokens_per_image is a number too), plc per series. */
    public static FitRequest baseWide() {
        FitRequest base = base(powerLawWide());
        return base.withData(base.data().withColumns("params", null));
    }

    private static Path resource(String name) {
        try {
            return Path.of(SimulatedGapFiles.class.getResource("/gap/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
