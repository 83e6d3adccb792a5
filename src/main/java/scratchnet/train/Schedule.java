package scratchnet.train;

/**
 * How the learning rate changes with the step count t = 0, 1, 2, … (steps already taken).
 *
 * <p>With base rate lr:
 * <ul>
 *   <li>{@link Kind#CONSTANT}: lr.</li>
 *   <li>{@link Kind#STEP}: lr·γ^⌊t / period⌋ (multiply by γ every {@code period} steps).</li>
 *   <li>{@link Kind#EXPONENTIAL}: lr·γ^t.</li>
 *   <li>{@link Kind#COSINE}: floor + (lr − floor)·(1 + cos(π·t/T))/2 for t ≤ T = period, then
 *       floor.</li>
 * </ul>
 * A linear warm-up of W steps comes first: step t &lt; W uses lr(0)·(t + 1)/W, so the rate
 * ramps up from near 0 and reaches the base value on step W − 1; after that the base schedule
 * runs on t − W, as if it had started when the warm-up ended.
 *
 * <p>Counts are in steps (one batch each). For "every k epochs" use period = k × steps per
 * epoch. Powers of γ are integer powers by repeated squaring and the cosine is a polynomial,
 * so every rate is the same double on every runtime.
 *
 * @param kind the shape of the decay
 * @param gamma decay factor γ in (0, 1] for STEP and EXPONENTIAL (1 elsewhere)
 * @param period steps between decays (STEP) or length T of the cosine (COSINE); ≥ 1
 * @param floor the rate the cosine ends at, ≥ 0 (0 elsewhere)
 * @param warmup W, steps of linear warm-up before the schedule, ≥ 0
 */
public record Schedule(Kind kind, double gamma, int period, double floor, int warmup) {
    /** The shapes a schedule can take. */
    public enum Kind { CONSTANT, STEP, EXPONENTIAL, COSINE }

    private static final double HALF_PI = Math.PI * 0.5;
    /** (−1)^k/(2k+1)!, the Taylor coefficients of sin, k = 0..12 (enough for |y| ≤ π/2). */
    private static final double[] SIN_COEFFS = sinCoefficients(12);

    /** Checks every parameter and says which is wrong. */
    public Schedule {
        if (kind == null) {
            throw new IllegalArgumentException("schedule kind must be given");
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("decay factor gamma must be in (0, 1]: " + gamma);
        }
        if (period < 1) {
            throw new IllegalArgumentException("schedule period must be at least 1 step: "
                    + period);
        }
        if (!(floor >= 0) || Double.isInfinite(floor)) {
            throw new IllegalArgumentException("cosine floor must be a finite number >= 0: "
                    + floor);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warm-up steps must be >= 0: " + warmup);
        }
    }

    /** The base rate at every step. */
    public static Schedule constant() {
        return new Schedule(Kind.CONSTANT, 1, 1, 0, 0);
    }

    /** lr·γ^⌊t / every⌋. */
    public static Schedule step(double gamma, int every) {
        return new Schedule(Kind.STEP, gamma, every, 0, 0);
    }

    /** lr·γ^t. */
    public static Schedule exponential(double gamma) {
        return new Schedule(Kind.EXPONENTIAL, gamma, 1, 0, 0);
    }

    /** Half a cosine from lr down to {@code floor} over {@code steps} steps, then floor. */
    public static Schedule cosine(int steps, double floor) {
        return new Schedule(Kind.COSINE, 1, steps, floor, 0);
    }

    /**
     * The schedule a shape starts from when only its name is given: step halves the rate
     * every 250 steps, exponential multiplies it by 0.999 every step (half after 693 steps),
     * cosine falls to 0 over 1,000 steps; no warm-up.
     */
    public static Schedule defaultFor(Kind kind) {
        switch (kind) {
            case STEP:
                return step(0.5, 250);
            case EXPONENTIAL:
                return exponential(0.999);
            case COSINE:
                return cosine(1000, 0);
            default:
                return constant();
        }
    }

    /** This schedule preceded by a linear warm-up of {@code steps} steps. */
    public Schedule withWarmup(int steps) {
        return new Schedule(kind, gamma, period, floor, steps);
    }

    /**
     * The learning rate for step {@code t} (0 for the first step) given the base rate.
     */
    public double rate(double lr, long t) {
        if (t < warmup) {
            return decayed(lr, 0) * (t + 1) / warmup;
        }
        return decayed(lr, t - warmup);
    }

    private double decayed(double lr, long t) {
        switch (kind) {
            case CONSTANT:
                return lr;
            case STEP:
                return lr * power(gamma, t / period);
            case EXPONENTIAL:
                return lr * power(gamma, t);
            case COSINE:
                if (t >= period) {
                    return floor;
                }
                double fraction = (double) t / period;
                return floor + (lr - floor) * (1 + cosZeroToPi(Math.PI * fraction)) * 0.5;
            default:
                throw new AssertionError(kind);
        }
    }

    /** γ^n for n ≥ 0 by repeated squaring: exact for γ = 0.5, and identical on every runtime. */
    static double power(double gamma, long n) {
        double result = 1;
        double base = gamma;
        for (long e = n; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }

    /**
     * cos x for x in [0, π]: cos x = −sin(x − π/2), and sin y on |y| ≤ π/2 is its Taylor
     * series to y^25, whose first omitted term is below 1e-22.
     */
    static double cosZeroToPi(double x) {
        double y = x - HALF_PI;
        double y2 = y * y;
        double[] c = SIN_COEFFS;
        double p = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            p = p * y2 + c[k];
        }
        return -(y * p);
    }

    private static double[] sinCoefficients(int n) {
        double[] c = new double[n + 1];
        double factorial = 1;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                factorial *= (2 * k) * (2 * k + 1);
            }
            c[k] = (k % 2 == 0 ? 1 : -1) / factorial;
        }
        return c;
    }
}
