package scratchnet.diag;

import scratchnet.engine.Network;
import scratchnet.engine.PacedForward;
import scratchnet.engine.Penalty;
import scratchnet.engine.Precision;
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
     * draws the starting vector. A {@link Run} taken to completion in one call: the same
     * numbers, bit for bit, as the same run advanced a slice at a time.
     */
    public static Estimate estimate(Network net, double[] x, double[] y, int rows,
            Penalty penalty, int iterations, Rng rng) {
        Run run = new Run(net, x, y, rows, penalty, iterations, rng);
        run.advance(0);
        return run.estimate();
    }

    /**
     * Rows per chunk of a gradient for {@code net} on {@code rows} rows: as many as about
     * {@value #CHUNK_WORK} multiply-adds of forward and backward pass allow (at least one), or
     * all of them for a network with batch normalisation, whose batch statistics would
     * change with the chunk.
     */
    static int chunkRows(Network net, int rows) {
        if (net.batchNorm()) {
            return Math.max(1, rows);
        }
        long perRow = Math.max(1, 3 * PacedForward.cost(net));
        return (int) Math.max(1, Math.min(Math.max(1, rows), CHUNK_WORK / perRow));
    }

    /**
     * About the multiply-adds of one chunk of a gradient (forward and backward pass over its
     * rows). It fixes the chunking, so every way of pacing a run adds the same chunks.
     */
    public static final long CHUNK_WORK = 1L << 17;

    /**
     * One estimate under way, advanced by a bounded amount of work per call so a page can
     * spread it over frames (issue 16). It works on a private copy of the network's parameters
     * taken when it began: the live network may train on between calls, and the estimate is
     * the one for the parameters as they were then.
     *
     * <p>Each gradient of the mean loss is summed over chunks of at most {@link #chunkRows}
     * rows: the gradient of the mean over n rows is Σ_chunks (rows in chunk / n) · (gradient of
     * the chunk's mean), to which the penalty's gradient is added once. When one chunk holds
     * every row (the 2-D data, or any network with batch normalisation, whose batch statistics
     * depend on the rows) this is the plain whole-set gradient, the same bits as before
     * gradients were chunked; otherwise the estimate differs from a whole-set one only by the
     * order and rounding of the sums, far below the finite difference's own error. (A float32
     * network's estimate is computed in float64, see {@link Sharpness#shadowOf}.) The chunking
     * depends on the network and the rows only, never on the budget, so a run advanced in
     * slices of any size gives exactly what {@link Sharpness#estimate} gives.
     *
     * <p>Work is counted in multiply-adds: 3·Σ n_in·n_out per row of a chunk (forward pass,
     * then dW and dX in the backward pass), plus one per parameter for each pass over the
     * parameter vector (setting θ ± εv, adding a chunk's gradient, the power-iteration step).
     */
    public static final class Run {
        private final Network shadow;
        private final double[][] theta;
        private double[][] v;
        private final double eps;
        private final double[] x;
        private final double[] y;
        private final int rows;
        private final Penalty penalty;
        private final int iterations;
        private final int chunk;
        private final int inWidth;
        private final int yWidth;
        private final long rowCost;
        private final long size;
        private double[] xs = new double[0];
        private double[] ys = new double[0];
        /** The gradient being summed, and g(θ + εv) once that one is done. */
        private double[][] acc;
        private double[][] plus;
        /** Which gradient of the product is under way: false g(θ + εv), true g(θ − εv). */
        private boolean minus;
        /** Rows of the gradient under way already summed. */
        private int at;
        private int used;
        private double lambda = Double.NaN;
        private boolean finished;
        private long work;
        private long lastWork;
        private int advances;

        /**
         * Begins an estimate for {@code net} (copied now) on {@code rows} rows of {@code x},
         * {@code y} with {@code penalty}, with at most {@code iterations} Hessian-vector
         * products; {@code rng} draws the starting vector, as {@link Sharpness#estimate} does.
         */
        public Run(Network net, double[] x, double[] y, int rows, Penalty penalty,
                int iterations, Rng rng) {
            this.shadow = shadowOf(net);
            this.theta = copy(net.parameters());
            this.v = new double[theta.length][];
            long n = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = new double[theta[k].length];
                n += v[k].length;
                for (int i = 0; i < v[k].length; i++) {
                    v[k][i] = rng.nextGaussian();
                }
            }
            scale(v, 1 / norm(v));
            this.size = n;
            this.eps = EPSILON * Math.max(1, norm(theta));
            this.x = x;
            this.y = y;
            this.rows = rows;
            this.penalty = penalty;
            this.iterations = iterations;
            this.chunk = Sharpness.chunkRows(net, rows);
            this.inWidth = net.inputs();
            this.yWidth = net.loss().realTargets() ? net.outputs() : 1;
            this.rowCost = 3 * PacedForward.cost(net);
            this.finished = iterations <= 0;
        }

        /**
         * Does about {@code multiplyAdds} more multiply-adds of work (≤ 0: all that is left):
         * whole chunks while the next one fits the budget, at least one; returns true once the
         * estimate is finished. A call does at most max(budget, one chunk's work).
         */
        public boolean advance(long multiplyAdds) {
            long spent = 0;
            boolean first = true;
            while (!finished) {
                long next = nextCost();
                if (!first && multiplyAdds > 0 && spent + next > multiplyAdds) {
                    break;
                }
                chunkStep();
                spent += next;
                first = false;
            }
            lastWork = spent;
            work += spent;
            advances++;
            return finished;
        }

        /** The work of the next chunk, in multiply-adds. */
        private long nextCost() {
            int k = Math.min(chunk, rows - at);
            long cost = k * rowCost + size; // the chunk, and adding (or copying) its gradient
            if (at == 0) {
                cost += size; // θ ± εv
            }
            if (minus && at + k >= rows) {
                cost += 4 * size; // the difference, vᵀHv, ‖Hv‖ and the normalisation
            }
            return cost;
        }

        /** Sums the next chunk into the gradient under way, and finishes what it completes. */
        private void chunkStep() {
            double step = minus ? -eps : eps;
            if (at == 0) {
                double[][] p = shadow.parameters();
                for (int k = 0; k < p.length; k++) {
                    for (int i = 0; i < p[k].length; i++) {
                        p[k][i] = theta[k][i] + step * v[k][i];
                    }
                }
            }
            int k = Math.min(chunk, rows - at);
            if (k >= rows) {
                // the whole set in one piece: the plain gradient, penalty included
                shadow.forwardBatch(x, rows);
                shadow.backward(y, penalty);
                acc = copy(shadow.gradients());
            } else {
                if (xs.length < k * inWidth) {
                    xs = new double[k * inWidth];
                    ys = new double[k * yWidth];
                }
                System.arraycopy(x, at * inWidth, xs, 0, k * inWidth);
                System.arraycopy(y, at * yWidth, ys, 0, k * yWidth);
                shadow.forwardBatch(xs, k);
                shadow.backward(ys, Penalty.NONE);
                double share = (double) k / rows;
                double[][] g = shadow.gradients();
                if (at == 0) {
                    acc = new double[g.length][];
                    for (int b = 0; b < g.length; b++) {
                        acc[b] = new double[g[b].length];
                    }
                }
                for (int b = 0; b < g.length; b++) {
                    for (int i = 0; i < g[b].length; i++) {
                        acc[b][i] += share * g[b][i];
                    }
                }
                if (at + k == rows) {
                    // the penalty's gradient once, at the shifted weights θ ± εv the shadow
                    // holds (W of layer l is parameter buffer 2l)
                    double[][] p = shadow.parameters();
                    for (int l = 0; l < shadow.depth(); l++) {
                        penalty.addGradient(p[2 * l], acc[2 * l]);
                    }
                }
            }
            at += k;
            if (at < rows) {
                return;
            }
            at = 0;
            if (!minus) {
                plus = acc;
                minus = true;
                return;
            }
            minus = false;
            double[][] hv = plus;
            for (int b = 0; b < hv.length; b++) {
                for (int i = 0; i < hv[b].length; i++) {
                    hv[b][i] = (hv[b][i] - acc[b][i]) / (2 * eps);
                }
            }
            used++;
            double next = dot(v, hv);
            double norm = norm(hv);
            boolean settled = Math.abs(next - lambda) <= 1e-6 * Math.abs(next);
            lambda = next;
            if (!(norm > 0) || !Double.isFinite(norm) || settled || used >= iterations) {
                finished = true;
                return;
            }
            scale(hv, 1 / norm);
            v = hv;
        }

        /** True once the estimate is finished. */
        public boolean finished() {
            return finished;
        }

        /** The estimate, once finished. */
        public Estimate estimate() {
            if (!finished) {
                throw new IllegalStateException("the estimate is not finished");
            }
            return new Estimate(lambda, lambda > 0 ? 2 / lambda : Double.POSITIVE_INFINITY,
                    used);
        }

        /** Hessian-vector products completed so far. */
        public int products() {
            return used;
        }

        /** Multiply-adds done so far, over all calls. */
        public long work() {
            return work;
        }

        /** Multiply-adds the latest {@link #advance} did. */
        public long lastWork() {
            return lastWork;
        }

        /** Calls to {@link #advance} so far. */
        public int advances() {
            return advances;
        }

        /** The rows each gradient is taken over. */
        public int rows() {
            return rows;
        }

        /** Rows of the chunks each gradient is summed over (the last may be shorter). */
        public int chunkRows() {
            return chunk;
        }
    }

    /**
     * The private copy an estimate works on: the network itself, or for a float32 network its
     * float64 twin at the same (float32) parameters and running statistics. The curvature is
     * a property of the loss surface, which float32 only evaluates more coarsely; in float64
     * the gradients cost a fraction of the time (float32 rounds every product and sum), and
     * the estimates agree within 1e-4 relatively (measured after 300 steps, three starting
     * vectors each: digits 64-64×6-10 λ 56.0904 in float32 and 56.0908 in float64, with batch
     * norm 4.5597–4.5618 and 4.5600–4.5617, spiral 0.33348–0.33363 and 0.333519–0.333520).
     */
    static Network shadowOf(Network net) {
        return net.precision() == Precision.FLOAT32
                ? Network.withOptions(net, net.batchNorm(), Precision.FLOAT64) : net.copy();
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
