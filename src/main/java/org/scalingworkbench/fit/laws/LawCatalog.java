package org.scalingworkbench.fit.laws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The laws the workbench knows, by {@link ScalingLaw#id()}. Immutable; {@link #with} returns a
 * copy with one more law (for example a custom formula).
 */
public final class LawCatalog {

    private final Map<String, ScalingLaw> laws;
    private final List<String> order;

    private LawCatalog(Map<String, ScalingLaw> laws) {
        this.laws = Map.copyOf(laws);
        this.order = List.copyOf(laws.keySet());
    }

    /** The built-in laws of DESIGN.md section 3. */
    public static LawCatalog builtIn() {
        return new LawCatalog(Map.of())
                .with(new PowerLaw())
                .with(new PowerLawPlusConstant())
                .with(new M3Law())
                .with(new M4Law())
                .with(new BrokenNeuralScalingLaw(1))
                .with(new BrokenNeuralScalingLaw(2))
                .with(new BrokenNeuralScalingLaw(3))
                .with(new SignedBrokenNeuralScalingLaw(1))
                .with(new SignedBrokenNeuralScalingLaw(2))
                .with(new SignedBrokenNeuralScalingLaw(3))
                .with(new SigmoidScoreLaw())
                .with(new SigmoidErrorLaw())
                .with(new KaplanLaw())
                .with(new ChinchillaLaw());
    }

    /** A copy that also holds {@code law}, replacing a law with the same id. */
    public LawCatalog with(ScalingLaw law) {
        Map<String, ScalingLaw> m = new LinkedHashMap<>();
        order.forEach(id -> m.put(id, laws.get(id)));
        m.put(law.id(), law);
        return new LawCatalog(m);
    }

    /** The law with this id, if known. */
    public Optional<ScalingLaw> find(String id) {
        return Optional.ofNullable(laws.get(id));
    }

    /**
     * The law with this id.
     *
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public ScalingLaw get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown law '" + id + "'; known laws: " + String.join(", ", order)));
    }

    /** Ids in the order laws were added. */
    public List<String> ids() {
        return order;
    }
}
