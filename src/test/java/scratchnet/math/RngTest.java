package scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RngTest {
    /** The long arithmetic nextInt(bound) used before it went without long. */
    private static int reference(Rng rng, int bound) {
        long threshold = (0x100000000L - bound) % bound;
        while (true) {
            long r = rng.nextInt() & 0xFFFFFFFFL;
            long m = r * bound;
            if ((m & 0xFFFFFFFFL) >= threshold) {
                return (int) (m >>> 32);
            }
        }
    }

    @Test
    void boundedDrawsMatchTheLongArithmeticBitForBit() {
        int[] bounds = {1, 2, 3, 7, 10, 500, 65535, 65536, 65537, 1 << 20, 1_000_003,
            (1 << 30) + 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        Rng sizes = new Rng(3);
        for (int k = 0; k < 2000 + bounds.length; k++) {
            int bound = k < bounds.length ? bounds[k] : 1 + sizes.nextInt() >>> 1;
            if (bound <= 0) {
                bound = 1;
            }
            Rng a = new Rng(k);
            Rng b = new Rng(k);
            for (int i = 0; i < 500; i++) {
                assertEquals(reference(a, bound), b.nextInt(bound), "bound " + bound);
            }
        }
    }
}
