package org.scalingworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.Mixin;

/**
 * The options of a command that fits and may bootstrap (fit, forecast, frontier, plot, report):
 * {@link RequestOptions} and {@link BootstrapOptions}, turned into one request. A picocli mixin.
 */
final class FittingOptions {

    @Mixin
    RequestOptions request;

    @Mixin
    BootstrapOptions bootstrap;

    /**
     * The request, with {@code defaultLaws} when no law is named.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    FitRequest request(List<String> defaultLaws) {
        return request.request(defaultLaws, bootstrap);
    }

    /**
     * The request of a command that needs a law named.
     *
     * @throws IllegalArgumentException when no law is named, or naming the option that is wrong
     */
    FitRequest requestWithLaw() {
        FitRequest r = request(List.of());
        if (r.laws().isEmpty()) {
            throw new IllegalArgumentException("give --law ID, --laws A,B or --formula TEXT");
        }
        return r;
    }

    /** The result files named. */
    List<Path> files() {
        return request.data.files;
    }
}
