package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.scalingworkbench.app.fit.CurveRefusals;
import org.scalingworkbench.app.fit.RefusedCurve;

/** Prints the curves a verb could not fit, after its tables: "not fitted: NAME (n points): reason". */
final class RefusedList {

    private RefusedList() {
    }

    /** Prints nothing when every curve was fitted; else a blank line and one line per refused curve. */
    static void print(PrintWriter out, List<RefusedCurve> refused) {
        if (refused.isEmpty()) {
            return;
        }
        out.println();
        refused.forEach(c -> out.println("not fitted: " + CurveRefusals.describe(c)));
    }
}
