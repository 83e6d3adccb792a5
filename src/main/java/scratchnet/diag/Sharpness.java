package scratchnet.diag;

import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

/**
 * The sharpness of the loss surface where the network stands: the largest eigenvalue λ of the
 * Hessian H = ∂²L/∂θ² of the mean loss (data loss plus penalty) on a given set of rows, with
 * respect to all weights and biases θ.
 *
 * <p>Why it matters: on a quadratic bowl, plain gradient descent with rate η multiplies the
 * error along H's top eigenvector by (1 − ηλ) each step, so it converges only while η &lt;
 * 2/λ and oscillates with growing amplitude beyond it. Near a minimum every smooth loss looks
 * like such a bowl, so 2/λ is the stability limit of the learning rate there (momentum and
 * adaptive methods have other limits).
 *
 * <p>How: power iteration v ← Hv / ‖Hv‖ from a seeded random start, with each Hessian-vector
 * product taken as a central difference of gradients, Hv ≈ (g(θ + εv) − g(θ − εv)) / 2ε with
 * ε = {@value #EPSILON}·max(1, ‖θ‖), on a private copy of the network (the live one is only
 * read). The estimate is the Rayleigh quotient vᵀHv of the last iterate; iteration stops after
 * {@code iterations} products or when it changes by less than 1e-6 relatively. Power iteration
 * finds the eigenvalue of largest magnitude; where H has a more negative eigenvalue than its
 * largest positive one (a saddle), the estimate is that negative value and there is no limit.
 */
public final class Sharpness {
    /** Relative size of the finite-difference step. */
    public static final double EPSILON = 1e-5;

    /**
     * What was estimated.
     *
     * @param lambdaMax the Hessian's dominant eigenvalue
     * @param lrLimit 2 / lambdaMax, the largest stable rate of plain gradient descent there
     *     (+∞ when lambdaMax ≤ 0)
     * @param iterations Hessian-vector products used
     */
    public record Estimate(double lambdaMax, double lrLimit, int iterations) {
    }

    private Sharpness() {
    }

    /**
     * Estimates λ for {@code net} on {@code rows} rows of {@code x}, {@code y} with
     * {@code penalty}, using at most {@code iterations} Hessian-vector products; {@code rng}
     * draws the starting vector.
     */
    public static Estimate estimate(Network net, double[] x, double[] y, int rows,
            Penalty penalty, int iterations, Rng rng) {
        Network shadow = net.copy();
        double[][] theta = copy(net.parameters());
        double[][] v = new double[theta.length][];
        for (int k = 0; k < v.length; k++) {
            v[k] = new double[theta[k].length];
            for (int i = 0; i < v[k].length; i++) {
                v[k][i] = rng.nextGaussian();
            }
        }
        scale(v, 1 / norm(v));
        double eps = EPSILON * Math.max(1, norm(theta));
        double lambda = Double.NaN;
        int used = 0;
        while (used < iterations) {
            double[][] hv = hessianTimes(shadow, theta, v, eps, x, y, rows, penalty);
            used++;
            double next = dot(v, hv);
            double size = norm(hv);
            boolean settled = Math.abs(next - lambda) <= 1e-6 * Math.abs(next);
            lambda = next;
            if (!(size > 0) || !Double.isFinite(size) || settled) {
                break;
            }
            scale(hv, 1 / size);
            v = hv;
        }
        return new Estimate(lambda, lambda > 0 ? 2 / lambda : Double.POSITIVE_INFINITY, used);
    }

    /** (g(θ + εv) − g(θ − εv)) / 2ε, computed on {@code shadow}. */
    private static double[][] hessianTimes(Network shadow, double[][] theta, double[][] v,
            double eps, double[] x, double[] y, int rows, Penalty penalty) {
        double[][] plus = gradientAt(shadow, theta, v, eps, x, y, rows, penalty);
        double[][] minus = gradientAt(shadow, theta, v, -eps, x, y, rows, penalty);
        for (int k = 0; k < plus.length; k++) {
            for (int i = 0; i < plus[k].length; i++) {
                plus[k][i] = (plus[k][i] - minus[k][i]) / (2 * eps);
            }
        }
        return plus;
    }

    private static double[][] gradientAt(Network shadow, double[][] theta, double[][] v,
            double step, double[] x, double[] y, int rows, Penalty penalty) {
        double[][] p = shadow.parameters();
        for (int k = 0; k < p.length; k++) {
            for (int i = 0; i < p[k].length; i++) {
                p[k][i] = theta[k][i] + step * v[k][i];
            }
        }
        shadow.forwardBatch(x, rows);
        shadow.backward(y, penalty);
        return copy(shadow.gradients());
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k].clone();
        }
        return out;
    }

    private static double dot(double[][] a, double[][] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                s += a[k][i] * b[k][i];
            }
        }
        return s;
    }

    private static double norm(double[][] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[][] a, double s) {
        for (double[] row : a) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= s;
            }
        }
    }
}
