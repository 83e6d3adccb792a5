package scratchnet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void paintingManyValuesGivesEachValuesOwnColour() {
        double[] values = {-2, -1, -0.5, -1e-9, -0.0, 0, 1.0 / 512, 0.3, 1, 7,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double scale = 0.75;
        // Every other value, from the second: offset 1, stride 2.
        int n = values.length / 2;
        int[] pixels = new int[n + 3];
        Palette.diverging(values, 1, 2, scale, n, pixels, 3);
        for (int k = 0; k < n; k++) {
            assertEquals(Palette.diverging(values[1 + 2 * k] * scale), pixels[3 + k],
                    "value " + values[1 + 2 * k]);
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(0, pixels[k]);
        }
    }

    @Test
    void aFineSweepOfValuesAgreesOneByOne() {
        int n = 4001;
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = -1.2 + 2.4 * k / (n - 1);
        }
        int[] pixels = new int[n];
        Palette.diverging(values, 0, 1, 1, n, pixels, 0);
        for (int k = 0; k < n; k++) {
            assertEquals(Palette.diverging(values[k]), pixels[k], "value " + values[k]);
        }
    }
}
