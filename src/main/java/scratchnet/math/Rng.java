package scratchnet.math;

/**
 * A seeded pseudo-random generator that gives the same sequence on the JVM and in TeaVM's
 * JavaScript and WebAssembly builds.
 *
 * <p>The state is xoshiro128** (four 32-bit words, so the hot path needs no 64-bit arithmetic,
 * which TeaVM's JavaScript build emulates slowly). The 64-bit seed is spread over the state by
 * SplitMix64. Doubles take 53 random bits; Gaussians use Marsaglia's polar method, which needs
 * only {@link Fn#log} and {@link Math#sqrt} (correctly rounded everywhere), so normal draws are
 * bit-identical on every runtime too.
 *
 * <p>Never use {@code java.util.Random} or {@code Math.random()} in ScratchNet: randomness is
 * always an {@code Rng} passed as an argument.
 */
public final class Rng {
    private int s0;
    private int s1;
    private int s2;
    private int s3;
    private double spareGaussian;
    private boolean hasSpare;

    /** Creates a generator whose whole sequence is fixed by {@code seed}. */
    public Rng(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        long a = mix(x);
        x += 0x9E3779B97F4A7C15L;
        long b = mix(x);
        s0 = (int) a;
        s1 = (int) (a >>> 32);
        s2 = (int) b;
        s3 = (int) (b >>> 32);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // xoshiro must not start from the all-zero state
        }
    }

    /** An independent generator in this one's state: both go on with the same sequence. */
    public Rng copy() {
        Rng r = new Rng(0);
        r.copyFrom(this);
        return r;
    }

    /** Puts this generator into {@code other}'s state. */
    public void copyFrom(Rng other) {
        s0 = other.s0;
        s1 = other.s1;
        s2 = other.s2;
        s3 = other.s3;
        spareGaussian = other.spareGaussian;
        hasSpare = other.hasSpare;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next 32 uniformly random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** A uniform integer in {@code [0, bound)}, without modulo bias. {@code bound} must be > 0. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        // Lemire's method on the unsigned 32-bit value: take the high word of r * bound and
        // reject the few low words that would make some results one draw more likely: those
        // below (2^32 − bound) mod bound. That threshold is below bound, so it is computed (a
        // 64-bit division, slow in every build) only for a low word below bound, which happens
        // with probability bound / 2^32: the same draws, the same results, almost never a
        // division.
        long m = (nextInt() & 0xFFFFFFFFL) * bound;
        if ((m & 0xFFFFFFFFL) < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while ((m & 0xFFFFFFFFL) < threshold) {
                m = (nextInt() & 0xFFFFFFFFL) * bound;
            }
        }
        return (int) (m >>> 32);
    }

    /** A uniform double in {@code [0, 1)} with 53 random bits. */
    public double nextDouble() {
        int hi = nextInt() >>> 5; // 27 bits
        int lo = nextInt() >>> 6; // 26 bits
        return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0);
    }

    /** A uniform double in {@code [lo, hi)}. */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** A standard normal draw (mean 0, standard deviation 1). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Fn.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** A normal draw with the given mean and standard deviation. */
    public double normal(double mean, double std) {
        return mean + std * nextGaussian();
    }

    /** Shuffles {@code a} in place (Fisher–Yates), every permutation equally likely. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
