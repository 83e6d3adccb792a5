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
    private static final double SQRT2 = 1.4142135623730951;
    /** Above this exp overflows to infinity; below {@link #EXP_UNDERFLOW} it is zero. */
    private static final double EXP_OVERFLOW = 709.782712893384;
    private static final double EXP_UNDERFLOW = -745.1332191019412;
    /** POW2[k + 1074] == 2^k exactly for k in [-1074, 1023]. */
    private static final double[] POW2 = powersOfTwo();
    /** 64/ln 2: x·(64/ln 2) counts the steps of ln(2)/64 in x. */
    private static final double INV_LN2_64 = 0x1.71547652b82fep+6;
    /**
     * ln(2)/64 in two parts (Cody–Waite): the head has 32 significant bits, so n·head is exact
     * for every |n| &lt; 2^21 the exponent range needs, and head + tail is ln(2)/64 to 2^-90.
     */
    private static final double LN2_64_HEAD = 0x1.62e42fee00000p-7;
    private static final double LN2_64_TAIL = 0x1.a39ef35793c76p-39;
    /**
     * 2^(j/64) for j = 0..63 as head and tail pairs: entry 2j is the double nearest the true
     * value, entry 2j + 1 the double nearest what the head misses (printed by mpmath at 80
     * digits; FnTest checks every head exactly with BigDecimal).
     */
    private static final double[] EXP2_64THS = {
        0x1.0000000000000p+0, 0.0, 0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56,
        0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55, 0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57,
        0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54, 0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59,
        0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54, 0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54,
        0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55, 0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55,
        0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54, 0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55,
        0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54, 0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55,
        0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55, 0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54,
        0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55, 0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54,
        0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54, 0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56,
        0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55, 0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58,
        0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59, 0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56,
        0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56, 0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54,
        0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55, 0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54,
        0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54, 0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54,
        0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54, 0x1.6623882552225p+0, -0x1.bb60987591c34p-54,
        0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54, 0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57,
        0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55, 0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54,
        0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55, 0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56,
        0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54, 0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54,
        0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54, 0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55,
        0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57, 0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54,
        0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56, 0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54,
        0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54, 0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54,
        0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54, 0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57,
        0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56, 0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55,
        0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55, 0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54,
        0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56, 0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54,
        0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55, 0x1.da9e603db3285p+0, 0x1.c2300696db532p-54,
        0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54, 0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55,
        0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54, 0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54,
        0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54, 0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55,
    };
    // e^r − 1 ≈ r + r²·(Q0 + r·(Q1 + r·(Q2 + r·Q3))) on |r| ≤ ln(2)/128: near-minimax
    // (mpmath chebyfit); the truncation error is below 5e-18 of the result.
    private static final double Q0 = 0x1.ffffffffff574p-2;
    private static final double Q1 = 0x1.5555555555252p-3;
    private static final double Q2 = 0x1.55556b3e385f1p-5;
    private static final double Q3 = 0x1.11111d9625013p-7;
    /** Below this, tanhHeadTail uses its odd polynomial; above, tanh a ≥ 0.5 and exp is safe. */
    private static final double TANH_SMALL = 0.55;
    // tanh x ≈ x + x³·R(x²) on |x| ≤ 0.55, R of degree 10 near-minimax (mpmath chebyfit),
    // truncation error below 8e-18 in R, i.e. below 3e-18 of tanh x.
    private static final double R0 = -0x1.5555555555555p-2;
    private static final double R1 = 0x1.1111111111032p-3;
    private static final double R2 = -0x1.ba1ba1b9fec21p-5;
    private static final double R3 = 0x1.664f487711016p-6;
    private static final double R4 = -0x1.226e32efa6fc9p-7;
    private static final double R5 = 0x1.d6d3391e3dd93p-9;
    private static final double R6 = -0x1.7d97ce8161830p-10;
    private static final double R7 = 0x1.34c59bba61aa7p-11;
    private static final double R8 = -0x1.ec0ff7a1de8e7p-13;
    private static final double R9 = 0x1.64fb913d089b8p-14;
    private static final double R10 = -0x1.59a2bc288b9cbp-16;

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

    /** Entry j of the 2^(j/64) table, for tests. */
    static double exp2Table(int j) {
        return EXP2_64THS[2 * j];
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

    /**
     * e^x, within one ulp. Table-driven: x = (64m + j)·ln(2)/64 + r with |r| ≤ ln(2)/128, so
     * e^x = 2^m · 2^(j/64) · e^r, where 2^(j/64) comes from a table and e^r − 1 from a
     * degree-5 polynomial.
     */
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
        int n = (int) Math.floor(x * INV_LN2_64 + 0.5);
        return scale(exp2Fraction(x, n), n >> 6);
    }

    /**
     * 2^((n mod 64)/64) · e^r for r = x − n·ln(2)/64, where n is x·64/ln 2 rounded: the part of
     * e^x left after the power of two 2^(n >> 6), within about half an ulp.
     */
    private static double exp2Fraction(double x, int n) {
        int j = 2 * (n & 63);
        double head = EXP2_64THS[j];
        // 2^(j/64)·(1 + em1) = head + (head·em1 + tail) up to a negligible tail·em1.
        return head + (head * expm1Reduced(x, n) + EXP2_64THS[j + 1]);
    }

    /** e^r − 1 for r = x − n·ln(2)/64, |r| ≤ ln(2)/128. */
    private static double expm1Reduced(double x, int n) {
        // x − n·head is exact (n·head is exact and close to x); the tail's rounding is tiny.
        double r = (x - n * LN2_64_HEAD) - n * LN2_64_TAIL;
        return r + r * r * (Q0 + r * (Q1 + r * (Q2 + r * Q3)));
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

    /**
     * The hyperbolic tangent, within one ulp of the exact value (FnTest measures it): a table
     * of tanh at multiples of 1/32 and a short polynomial, see {@link Tanh}.
     */
    public static double tanh(double x) {
        return Tanh.tanh(x);
    }

    /** a[i] = {@link #tanh(double) tanh}(z[i]) for i &lt; n, bit for bit: a layer at once. */
    public static void tanh(double[] z, double[] a, int n) {
        Tanh.tanh(z, a, n);
    }

    /**
     * tanh a for 0 ≤ a ≤ 22 as an unevaluated sum {@code out[at] + out[at + 1]} good to about
     * 2^-60 relative: the slow, careful evaluation {@link Tanh} fills its table with.
     */
    static void tanhHeadTail(double a, double[] out, int at) {
        double head;
        double tail;
        if (a < TANH_SMALL) {
            double s = a * a;
            double poly = R0 + s * (R1 + s * (R2 + s * (R3 + s * (R4 + s * (R5 + s * (R6
                    + s * (R7 + s * (R8 + s * (R9 + s * R10)))))))));
            double c = a * s * poly;
            head = a + c;
            tail = (a - head) + c; // |c| < a: the exact rounding error of a + c
        } else {
            double[] parts = tanhFromExp(a);
            head = parts[0] + parts[1];
            tail = (parts[0] - head) + parts[1];
        }
        out[at] = head;
        out[at + 1] = tail;
    }

    /**
     * tanh a = 1 − 2/(E + 1) with E = e^(2a), for 0.55 ≤ a ≤ 22 (so E ≥ 3 and tanh a ≥ 0.5),
     * as {w, correction}. E and E + 1 are carried as head + tail and the rounding of 1 − q is
     * recovered, so the only sizeable error left is the division's: about 2^-55 relative.
     */
    private static double[] tanhFromExp(double a) {
        double v = 2 * a;
        int n = (int) Math.floor(v * INV_LN2_64 + 0.5);
        int j = 2 * (n & 63);
        double head = EXP2_64THS[j];
        double small = head * expm1Reduced(v, n) + EXP2_64THS[j + 1];
        double scale = POW2[1074 + (n >> 6)];
        double sum = head + small;
        double e = scale * sum;
        double eTail = scale * ((head - sum) + small); // exact rounding error of the sum
        double d = e + 1.0;
        double dTail = ((e - d) + 1.0) + eTail; // e ≥ 1: the exact rounding error, plus E's
        double q = 2.0 / d;
        double w = 1.0 - q;
        double wTail = (1.0 - w) - q; // 1 ≥ q: the exact rounding error of 1 − q
        // 2/(d + dTail) ≈ q − q²·dTail/2, so 1 − 2/(E + 1) ≈ w + wTail + q²·dTail/2.
        return new double[] {w, 0.5 * q * q * dTail + wTail};
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
