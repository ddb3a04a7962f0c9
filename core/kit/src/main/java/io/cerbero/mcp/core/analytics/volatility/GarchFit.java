package io.cerbero.mcp.core.analytics.volatility;

/**
 * GARCH(1,1) maximum-likelihood fit: {@code sigma2[t] = omega + alpha e[t-1]^2 + beta sigma2[t-1]} on the
 * demeaned returns ({@code mean} is the sample mean removed). {@code forecastVariance[h-1]} is the
 * one-period variance forecast h steps ahead. {@code converged} is false when the optimiser hit its
 * evaluation budget (the best point found is returned).
 */
public record GarchFit(double mean, double omega, double alpha, double beta, double logLikelihood,
                       double[] forecastVariance, boolean converged) {

    public double persistence() {
        return alpha + beta;
    }

    public double unconditionalVariance() {
        return omega / (1 - alpha - beta);
    }
}
