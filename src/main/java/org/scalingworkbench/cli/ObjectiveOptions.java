package org.scalingworkbench.cli;

import org.scalingworkbench.fit.Objective;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --objective huber|log-lsq|lsq}, {@code --delta} and {@code --target-offset}: the objective
 * of every command that fits (fit, report, compare, forecast, frontier). A picocli mixin.
 */
final class ObjectiveOptions {

    /** The objectives by their command-line names. */
    enum Name { huber, log_lsq, lsq }

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "log-lsq", converter = NameConverter.class,
            description = "huber (sum of Huber on ln residuals), log-lsq or lsq (default: ${DEFAULT-VALUE}).")
    Name name;

    @Option(names = "--delta", paramLabel = "DELTA", defaultValue = "1e-3", description = "Huber delta on the ln scale (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--target-offset", paramLabel = "c", defaultValue = "0",
            description = "Fit ln(y + c) instead of ln y (BNSL's reference code uses 1); scores stay on ln y (default: ${DEFAULT-VALUE}).")
    double targetOffset;

    /** The objective named on the command line, with Huber's delta and the target offset. */
    Objective objective() {
        Objective o = switch (name) {
            case huber -> Objective.logHuber(delta);
            case log_lsq -> Objective.logLeastSquares();
            case lsq -> Objective.leastSquares();
        };
        return o.withTargetOffset(targetOffset);
    }

    /** Accepts huber, log-lsq and lsq. */
    static final class NameConverter implements ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            try {
                return Name.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of huber, log-lsq, lsq");
            }
        }
    }
}
