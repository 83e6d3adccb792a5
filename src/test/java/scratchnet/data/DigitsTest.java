package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class DigitsTest {
    /** Debian python3-sklearn's copy, the source of {@link DigitsPixels}, when installed. */
    private static final Path SOURCE =
            Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");

    /** The images written back as the source's CSV text: 64 pixels and the label per line. */
    private static String csv() {
        int[] px = Digits.rawPixels();
        int[] labels = Digits.labels();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < Digits.ROWS; r++) {
            for (int p = 0; p < Digits.PIXELS; p++) {
                sb.append(px[r * Digits.PIXELS + p]).append(',');
            }
            sb.append(labels[r]).append('\n');
        }
        return sb.toString();
    }

    @Test
    void holdsEveryImageOfEveryDigit() {
        Dataset d = Digits.load();
        assertEquals(1797, d.rows());
        assertEquals(64, d.cols());
        assertEquals(10, d.classes());
        // class counts as in the UCI test set (scikit-learn's load_digits)
        int[] counts = {178, 182, 177, 183, 181, 182, 181, 179, 174, 180};
        for (int k = 0; k < 10; k++) {
            assertEquals(counts[k], d.count(k), "digit " + k);
        }
        long sum = 0;
        for (int v : Digits.rawPixels()) {
            sum += v;
        }
        assertEquals(561_718, sum); // every pixel value of the source file added up
        assertEquals(0.3125, d.feature(0, 2)); // the first image's third pixel: 5 / 16
    }

    @Test
    void writtenBackItIsTheSourceFileCharacterForCharacter() throws IOException {
        CRC32 crc = new CRC32();
        crc.update(csv().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(DigitsPixels.SOURCE_CRC32, crc.getValue());
        if (Files.exists(SOURCE)) { // Debian's python3-sklearn installed: check the file itself
            try (InputStream in = new GZIPInputStream(Files.newInputStream(SOURCE))) {
                assertEquals(csv(), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void aDrawingCountsItsPointsPerFourByFourBlock() {
        double[] bitmap = new double[1024];
        bitmap[0] = 1; // block (0, 0)
        bitmap[3 * 32 + 3] = 1; // block (0, 0)
        bitmap[31 * 32 + 31] = 1; // block (7, 7)
        bitmap[4 * 32 + 8] = 0.5; // block (1, 2): any nonzero point counts
        int[] px = Digits.blocks(bitmap);
        assertEquals(2, px[0]);
        assertEquals(1, px[63]);
        assertEquals(1, px[10]);
        assertEquals(4, java.util.Arrays.stream(px).sum());
        assertThrows(IllegalArgumentException.class, () -> Digits.blocks(new double[64]));
    }

    @Test
    void everyImageDrawnBackGivesItsOwnPixels() {
        int[] raw = Digits.rawPixels();
        for (int r = 0; r < Digits.ROWS; r += 97) {
            double[] image = new double[64];
            int[] expected = new int[64];
            for (int p = 0; p < 64; p++) {
                image[p] = raw[r * 64 + p];
                expected[p] = raw[r * 64 + p];
            }
            assertArrayEquals(expected, Digits.blocks(Digits.bitmap(image)), "image " + r);
        }
    }
}
