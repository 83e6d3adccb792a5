package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradClipTest {
    @Test
    void aLargeGradientIsScaledToExactlyTheMaximumNorm() {
        double[][] g = {{3.0, 0.0}, {4.0}};
        double before = GradClip.clip(g, 1.0);
        assertEquals(5.0, before, "the pre-clip norm is returned");
        assertArrayEquals(new double[] {0.6, 0.0}, g[0], 1e-15);
        assertArrayEquals(new double[] {0.8}, g[1], 1e-15);
        assertEquals(1.0, GradClip.norm(g), 1e-15);
    }

    @Test
    void aSmallGradientIsLeftAloneBitForBit() {
        double[][] g = {{0.3, -0.1}, {0.2}};
        double before = GradClip.clip(g, 1.0);
        assertEquals(Math.sqrt(0.09 + 0.01 + 0.04), before, 1e-16);
        assertArrayEquals(new double[] {0.3, -0.1}, g[0]);
        assertArrayEquals(new double[] {0.2}, g[1]);
    }

    @Test
    void aZeroLimitMeansNoClippingButStillMeasures() {
        double[][] g = {{30.0, 40.0}};
        assertEquals(50.0, GradClip.clip(g, 0));
        assertArrayEquals(new double[] {30.0, 40.0}, g[0]);
    }
}
