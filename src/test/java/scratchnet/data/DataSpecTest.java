package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DataSpecTest {
    @Test
    void theSameSpecGivesTheSameSplit() {
        DataSpec spec = new DataSpec(TwoD.SPIRAL_K, 300, 15, 4, 99, 0.7);
        Split a = spec.generate();
        Split b = spec.generate();
        assertEquals(210, a.train().rows());
        assertEquals(90, a.test().rows());
        assertEquals(4, a.train().classes());
        assertArrayEquals(a.train().x(), b.train().x());
        assertArrayEquals(a.test().y(), b.test().y());
    }

    @Test
    void defaultsFollowPlayground() {
        DataSpec d = DataSpec.defaults(TwoD.CIRCLE);
        assertEquals(500, d.n());
        assertEquals(0.0, d.noise());
        assertEquals(0.5, d.trainRatio());
        assertEquals(250, d.generate().train().rows());
    }

    @Test
    void outOfRangeSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(TwoD.XOR, 0, 0, 3, 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(TwoD.XOR, 10, 60, 3, 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(TwoD.XOR, 10, 0, 7, 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(TwoD.XOR, 10, 0, 3, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new DataSpec(null, 10, 0, 3, 1, 0.5));
    }
}
