package org.scalingworkbench.app.gap;

import java.util.Objects;
import org.scalingworkbench.app.request.FitRequest;

/**
 * One of the two series of a loss gap: the same models' loss under one condition (an image's loss
 * without its caption, say), as the rows {@code request} selects, fitted with its first law.
 *
 * @param name    what the series is, as users read it ("uncaptioned", "loss_text", a file name)
 * @param request the rows, the law and the bootstrap of this series
 */
public record GapSeries(String name, FitRequest request) {

    public GapSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        if (request.laws().isEmpty()) {
            throw new IllegalArgumentException("series " + name + " names no law");
        }
    }
}
