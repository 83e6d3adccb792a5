package scratchnet.math;

/**
 * Elementary functions written with IEEE-754 additions, multiplications and divisions only, so
 * they return the same bits on HotSpot, in TeaVM's JavaScript and in TeaVM's WebAssembly build.
 *
 * <p>{@code Math.exp}, {@code Math.log} and {@code Math.tanh} are not required to be correctly
 * rounded: HotSpot uses its own intrinsics while browsers use their own libm ports, and they
 * disagree in the last bit for some arguments. One differing bit in one activation is enough to
 * make two runs of the same seed drift apart after a few hundred steps, so every transcendental
 * the engine uses comes from here. Each is accurate to about one unit in the last place.
 */
public final class Fn {
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double SQRT2 = 1.4142135623730951;
    /** Above this exp overflows to infinity; below {@link #EXP_UNDERFLOW} it is zero. */
    private static final double EXP_OVERFLOW = 709.782712893384;
    private static final double EXP_UNDERFLOW = -745.1332191019412;
    /** POW2[k + 1074] == 2^k exactly for k in [-1074, 1023]. */
    private static final double[] POW2 = powersOfTwo();
    /** 1/k! for k = 0..13: Taylor coefficients of exp on |r| <= ln(2)/2. */
    private static final double[] INV_FACT = inverseFactorials(13);

    private Fn() {
    }

    private static double[] powersOfTwo() {
        double[] p = new double[1074 + 1024];
        p[1074] = 1.0;
        for (int k = 1; k <= 1023; k++) {
            p[1074 + k] = p[1074 + k - 1] * 2.0;
        }
        for (int k = -1; k >= -1074; k--) {
            p[1074 + k] = p[1074 + k + 1] * 0.5;
        }
        return p;
    }

    private static double[] inverseFactorials(int n) {
        double[] c = new double[n + 1];
        double f = 1.0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                f *= k;
            }
            c[k] = 1.0 / f;
        }
        return c;
    }

    /** 2^k times {@code x}, for any int k, rounding only at the end of the range. */
    static double scale(double x, int k) {
        if (k > 1023) {
            return x * POW2[1074 + 1023] * POW2[1074 + Math.min(k - 1023, 1023)];
        }
        if (k < -1022) {
            // two steps so that a normal x first stays normal, then rounds once into subnormals
            return x * POW2[1074 - 1022] * POW2[1074 + Math.max(k + 1022, -1074)];
        }
        return x * POW2[1074 + k];
    }

    /** e^x. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        // x = k ln2 + r with |r| <= ln2/2; ln2 is split in two so k*LN2_HI is exact.
        int k = (int) Math.floor(x * INV_LN2 + 0.5);
        double r = (x - k * LN2_HI) - k * LN2_LO;
        double[] c = INV_FACT;
        double p = c[13];
        for (int i = 12; i >= 0; i--) {
            p = p * r + c[i];
        }
        return scale(p, k);
    }

    /** e^x − 1, accurate also when x is near zero. */
    public static double expm1(double x) {
        if (x > -0.5 && x < 0.5) {
            // Horner form of x(1 + x/2(1 + x/3(...))) keeps full relative precision for tiny x.
            double p = 1.0;
            for (int k = 18; k >= 2; k--) {
                p = 1.0 + p * x / k;
            }
            return x * p;
        }
        return exp(x) - 1.0;
    }

    /** The natural logarithm; NaN below zero, −∞ at zero. */
    public static double log(double x) {
        if (x != x || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        int e = 0;
        double m = x;
        if (m < 0x1p-1000) {
            m *= 0x1p100;
            e -= 100;
        }
        // Bring m into [1, 2) with exact power-of-two steps, largest first.
        for (int step = 512; step >= 1; step >>= 1) {
            double up = POW2[1074 + step];
            double down = POW2[1074 - step];
            if (m >= up) {
                m *= down;
                e += step;
            } else if (m * up < 2.0) {
                m *= up;
                e -= step;
            }
        }
        if (m > SQRT2) {
            m *= 0.5;
            e += 1;
        }
        // log(1+f) = 2 atanh(s) = 2s + s R(s²) with s = f/(2+f), |s| <= 0.1716, and
        // 2s = f − s f. Keeping the exact f as the leading term leaves rounding only in the
        // small correction: log(1+f) = f − (f²/2 − s (f²/2 + R)).
        double f = m - 1.0;
        double s = f / (2.0 + f);
        double s2 = s * s;
        double series = 2.0 / 25;
        for (int k = 23; k >= 3; k -= 2) {
            series = 2.0 / k + s2 * series;
        }
        double r = s2 * series;
        double hfsq = 0.5 * f * f;
        double logM = f - (hfsq - s * (hfsq + r));
        return e * LN2_HI + (e * LN2_LO + logM);
    }

    /** log(1 + x), accurate also when x is near zero. */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        // Goldberg's correction: the rounding error of 1 + x cancels in x / (u - 1).
        return log(u) * (x / (u - 1.0));
    }

    /** The hyperbolic tangent. */
    public static double tanh(double x) {
        if (x == 0) {
            return x; // keeps the sign of zero
        }
        double ax = Math.abs(x);
        double r;
        if (ax < 0.55) {
            double t = expm1(2 * ax);
            r = t / (t + 2.0);
        } else if (ax < 22) {
            r = 1.0 - 2.0 / (exp(2 * ax) + 1.0);
        } else if (ax == ax) {
            r = 1.0;
        } else {
            return x;
        }
        return x < 0 ? -r : r;
    }

    /** The logistic sigmoid 1 / (1 + e^−z), computed without overflow for any z. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + exp(-z));
        }
        double e = exp(z);
        return e / (1.0 + e);
    }

    /** log(1 + e^z) without overflow: the softplus used by the cross-entropy losses. */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + log1p(exp(-Math.abs(z)));
    }
}
