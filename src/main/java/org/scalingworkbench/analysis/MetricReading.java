package org.scalingworkbench.analysis;

/**
 * What the workbench takes a metric to be: the way it goes with scale, its units, and on what
 * grounds (its name, its values, or the user's choice).
 *
 * @param metric    the metric's column name
 * @param direction rising (a score) or falling (a loss or error)
 * @param units     the units of its values
 * @param basis     why, in words: "from its name", "from its values", "as asked"
 */
public record MetricReading(String metric, MetricDirection direction, MetricUnits units, String basis) {

    /** Whether the metric rises with scale (a score). */
    public boolean rising() {
        return direction == MetricDirection.RISING;
    }

    /** The same reading with the direction the user chose (units follow: a score is not in nats). */
    public MetricReading withDirection(MetricDirection chosen, MetricUnits unitsIfChanged) {
        if (chosen == direction) {
            return new MetricReading(metric, direction, units, "as asked");
        }
        return new MetricReading(metric, chosen, unitsIfChanged, "as asked");
    }

    /** The same reading in other units, as the user said. */
    public MetricReading withUnits(MetricUnits chosen) {
        return new MetricReading(metric, direction, chosen, basis);
    }

    /** One sentence for the output: "metric 'acc' rises with x (from its name): score laws offered". */
    public String statement(String variable) {
        String laws = rising() ? "score laws offered (sig, sigerr on 1 - score)" : "loss laws offered";
        return "metric '" + metric + "' " + direction.verb() + " with " + variable + " (" + basis + "): " + laws;
    }
}
