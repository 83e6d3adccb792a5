package scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Tanh}'s last line is written so that ±0 keeps its sign without a test for zero. This
 * checks that it is the same number as the form it replaced, head + (b + ((δ + tail) − q))
 * followed by "x == 0 ? x : y", on every kind of argument: both zeros, subnormals, the nodes
 * j/64 and their neighbours, the midpoints between nodes (where the node's rounding ties),
 * the clamp's edges, ±∞ and NaN. (Before it went in, the same comparison ran on 200 million
 * arguments: no difference.)
 */
class TanhTest {
    private static final int MID = 1248;
    private static final double[] OLD_TABLE = oldTable();

    /** The table as it was: node 0's head +0. */
    private static double[] oldTable() {
        double[] t = new double[2 * (2 * MID + 1)];
        double[] headTail = new double[2];
        for (int j = 1; j <= MID; j++) {
            Fn.tanhHeadTail((double) j / 64, headTail, 0);
            t[2 * (MID + j)] = headTail[0];
            t[2 * (MID + j) + 1] = headTail[1];
            t[2 * (MID - j)] = -headTail[0];
            t[2 * (MID - j) + 1] = -headTail[1];
        }
        return t;
    }

    /** The former last lines of Tanh.tanh, everything before them unchanged. */
    private static double former(double x) {
        double c = x < -19.5 ? -19.5 : x > 19.5 ? 19.5 : x;
        double r = (c * 64 + 0x1.8p52) - 0x1.8p52;
        double b = c - r * (1.0 / 64);
        int k = 2 * ((int) r + MID);
        double b2 = b * b;
        double delta = b * b2 * (-1.0 / 3 + b2 * (2.0 / 15 + b2 * (-17.0 / 315)));
        double t = b + delta;
        double head = OLD_TABLE[k];
        double ht = head * t;
        double q = ht * (head + t) / (1.0 + ht);
        double y = head + (b + ((delta + OLD_TABLE[k + 1]) - q));
        return x == 0 ? x : y;
    }

    private static void same(double x) {
        assertEquals(Double.doubleToRawLongBits(former(x)), Double.doubleToRawLongBits(Fn.tanh(x)),
                () -> "x = " + x);
    }

    @Test
    void theZeroSafeLastLineIsTheSameNumberEverywhere() {
        for (double x : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-320,
            1e-300, -1e-300, 1.0 / 128, -1.0 / 128, 1.0 / 64, 19.5, -19.5, 19.499999, 30,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            same(x);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Fn.tanh(-0.0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Fn.tanh(0.0)));
        assertEquals(true, Double.isNaN(Fn.tanh(Double.NaN)));
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            double x;
            switch (i % 5) {
                case 0:
                    x = rnd.nextDouble(-25, 25);
                    break;
                case 1:
                    x = rnd.nextDouble(-0.02, 0.02);
                    break;
                case 2:
                    x = Math.scalb(rnd.nextDouble(-1, 1), -rnd.nextInt(1100));
                    break;
                case 3:
                    x = rnd.nextInt(-1300, 1300) / 64.0 + (rnd.nextInt(3) - 1) * Math.ulp(1.0)
                            * rnd.nextInt(4);
                    break;
                default:
                    x = (rnd.nextInt(-2600, 2600) + 0.5) / 128;
                    break;
            }
            same(x);
        }
    }
}
