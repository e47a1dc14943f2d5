package org.scalingworkbench.fit.solve;

/**
 * AIC and BIC assuming the residuals on the objective's scale are i.i.d. Gaussian with unknown
 * variance estimated by maximum likelihood, σ̂² = RSS/n, so ln L = −n/2·(ln(2π·RSS/n) + 1). The
 * variance counts as a parameter: k = free parameters + 1.
 */
public record InformationCriteria(double rss, int n, int freeParameters) {

    public double logLikelihood() {
        return -0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1);
    }

    public double aic() {
        return 2.0 * (freeParameters + 1) - 2 * logLikelihood();
    }

    public double bic() {
        return (freeParameters + 1) * Math.log(n) - 2 * logLikelihood();
    }
}
