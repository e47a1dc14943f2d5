package org.scalingworkbench.app.report;

import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.laws.BrokenNeuralScalingLaw;

/** The built-in laws as numpy code (the body of {@code def law(X, p)}), written from each law's Javadoc formula. */
final class PythonLawFormulas {

    /**
     * The body of {@code def law(X, p)} for {@code law}: X holds one column per variable in the
     * law's order (original units), p the parameters in the law's order.
     *
     * @throws IllegalArgumentException (one line) for a custom formula or a law without a numpy form
     */
    String python(ScalingLaw law) {
        if (law instanceof CustomFormulaLaw) {
            throw new IllegalArgumentException("--format py covers the built-in laws; the formula '" + law.displayName()
                    + "' has no numpy form: use --format json for its fit");
        }
        if (law instanceof BrokenNeuralScalingLaw) {
            int n = (law.parameterCount() - 3) / 3;
            return """
                        # BNSL (Caballero et al. 2022): y = a + b x^-c0 prod_i (1 + (x/d_i)^(1/f_i))^(-c_i f_i), in logs
                        n = %d
                        lnx = np.log(X[:, 0])
                        shape = np.log(p[1]) - p[2] * lnx
                        for i in range(n):
                            c, d, f = p[3 + i], p[3 + n + i], p[3 + 2 * n + i]
                            shape -= c * f * np.logaddexp(0.0, (lnx - np.log(d)) / f)
                        return p[0] + np.exp(shape)
                    """.formatted(n);
        }
        return switch (law.id()) {
            case "pl" -> "    # y = a x^-alpha\n    return p[0] * X[:, 0] ** (-p[1])\n";
            case "plc" -> "    # y = Linf + (x0/x)^alpha\n    return p[0] + (p[1] / X[:, 0]) ** p[2]\n";
            case "m3" -> "    # y = beta (1/x + gamma)^c\n    return p[0] * (1.0 / X[:, 0] + p[1]) ** p[2]\n";
            case "m4" -> M4;
            case "kaplan" -> "    # L = ((Nc/N)^(alphaN/alphaD) + Dc/D)^alphaD\n"
                    + "    return ((p[0] / X[:, 0]) ** (p[2] / p[3]) + p[1] / X[:, 1]) ** p[3]\n";
            case "chinchilla" -> "    # L = E + A/N^alpha + B/D^beta\n"
                    + "    return p[0] + p[1] * X[:, 0] ** (-p[3]) + p[2] * X[:, 1] ** (-p[4])\n";
            default -> throw new IllegalArgumentException("--format py has no numpy form of law '" + law.id()
                    + "'; it covers the built-in laws");
        };
    }

    private static final String M4 = """
                # M4: (y - epsInf) / (epsZero - y)^alpha = beta x^-c, solved for y in (epsInf, epsZero)
                eps_inf, eps_zero, alpha, beta, c = p
                out = np.empty(len(X))
                for k, x in enumerate(X[:, 0]):
                    r = np.log(beta) - c * np.log(x)
                    g = lambda v: np.log(v - eps_inf) - alpha * np.log(eps_zero - v) - r
                    span = eps_zero - eps_inf
                    out[k] = optimize.brentq(g, eps_inf + 1e-15 * span, eps_zero - 1e-15 * span, xtol=1e-15)
                return out
            """;
}
