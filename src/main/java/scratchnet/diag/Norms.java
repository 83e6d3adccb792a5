package scratchnet.diag;

/**
 * Euclidean (L2) norms of flat buffers that stay finite whenever every value is finite.
 *
 * <p>The fast path sums squares directly. Squares of values above about 1.3e154 overflow, so
 * when that sum comes out infinite although no value is, the norm is recomputed with a scale
 * (as BLAS {@code dnrm2} does): ‖v‖ = s·√Σ(v_i/s)² with s the largest |v_i|. A norm is thus
 * infinite only if some value is infinite (or the norm itself exceeds Double.MAX_VALUE), and
 * NaN only if some value is NaN.
 */
public final class Norms {
    private Norms() {
    }

    /** ‖v‖ over all of {@code v}. */
    public static double l2(double[] v) {
        return l2(v, v.length);
    }

    /** ‖v‖ over the first {@code n} values of {@code v}. */
    public static double l2(double[] v, int n) {
        double sum = squares(v, n, 1.0);
        if (sum != Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        double s = maxAbs(v, n);
        return s == Double.POSITIVE_INFINITY ? s : s * Math.sqrt(squares(v, n, s));
    }

    /** ‖(u, v)‖: the norm of both buffers taken as one vector (e.g. dW and db together). */
    public static double l2(double[] u, double[] v) {
        double sum = squares(u, u.length, 1.0) + squares(v, v.length, 1.0);
        if (sum != Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        double s = Math.max(maxAbs(u, u.length), maxAbs(v, v.length));
        if (s == Double.POSITIVE_INFINITY) {
            return s;
        }
        return s * Math.sqrt(squares(u, u.length, s) + squares(v, v.length, s));
    }

    /** ‖u − v‖ over the first {@code n} values: the size of the step from v to u. */
    public static double distance(double[] u, double[] v, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = u[i] - v[i];
            sum += d * d;
        }
        if (sum != Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = Math.max(s, Math.abs(u[i] - v[i]));
        }
        if (s == Double.POSITIVE_INFINITY) {
            return s;
        }
        double scaled = 0;
        for (int i = 0; i < n; i++) {
            double d = (u[i] - v[i]) / s;
            scaled += d * d;
        }
        return s * Math.sqrt(scaled);
    }

    /** Σ (v_i / scale)² over the first n values. */
    private static double squares(double[] v, int n, double scale) {
        double sum = 0;
        if (scale == 1.0) {
            for (int i = 0; i < n; i++) {
                sum += v[i] * v[i];
            }
            return sum;
        }
        for (int i = 0; i < n; i++) {
            double x = v[i] / scale;
            sum += x * x;
        }
        return sum;
    }

    private static double maxAbs(double[] v, int n) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(v[i]));
        }
        return m;
    }
}
