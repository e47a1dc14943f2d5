package org.scalingworkbench.app.report;

import org.scalingworkbench.fit.Objective;

/** An {@link Objective} in words, as reports and tables state it. */
public final class ObjectiveText {

    private ObjectiveText() {
    }

    /** For example "sum of Huber(delta=0.001) on ln residuals"; a target offset c is named when set. */
    public static String describe(Objective o) {
        String text = switch (o.kind()) {
            case LOG_HUBER -> "sum of Huber(delta=" + o.delta() + ") on ln residuals";
            case LOG_LEAST_SQUARES -> "sum of squared ln residuals";
            case LEAST_SQUARES -> "sum of squared residuals";
        };
        return o.onLogScale() && o.targetOffset() != 0 ? text + " of y + " + o.targetOffset() : text;
    }
}
