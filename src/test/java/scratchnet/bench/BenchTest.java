package scratchnet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The workloads build, run reproducibly and report every figure; speed is not checked. */
class BenchTest {
    @Test
    void everyQuickWorkloadGivesTheSameResultTwiceAndFinitePositiveFigures() {
        for (Bench b : Bench.values()) {
            Workload w = b.create(true);
            double first = w.run();
            assertEquals(first, w.run(), b + " must start from the same state every run");
            List<Figure> figures = Figure.of(b, w, 0.25, first);
            assertTrue(!figures.isEmpty(), b + " reports nothing");
            for (Figure f : figures) {
                assertTrue(f.value() > 0 && Double.isFinite(f.value()), f.toString());
            }
        }
    }

    @Test
    void benchmarkBCountsSixFlopsPerParameterPerExample() {
        Workload w = Bench.B.create(false);
        int parameters = 784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10;
        assertEquals(2048L * 3, w.examples());
        assertEquals(6.0 * parameters * 2048 * 3, w.flops());
    }

    @Test
    void gridFramePaintsAThumbnailPerHiddenAndInputNodeAndTheFullOutput() {
        GridFrame frame = (GridFrame) Bench.H.create(false);
        assertEquals(2 + 8 + 8 + 1, frame.nodes());
        assertEquals(100, frame.resolution());
        assertEquals(20, frame.thumbnail());
        assertEquals(18 * 20 * 20 + 100 * 100, frame.pixels().length);
        frame.run();
        for (int p : frame.pixels()) {
            assertEquals(0xFF, p >>> 24, "every pixel is opaque");
        }
    }
}
