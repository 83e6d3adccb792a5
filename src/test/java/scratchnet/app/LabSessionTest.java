package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.diag.UnitState;
import scratchnet.labs.LabId;
import scratchnet.labs.LabRunner;
import scratchnet.labs.Labs;
import scratchnet.labs.RateSweep;
import scratchnet.labs.Outcome;
import scratchnet.labs.Symptom;
import scratchnet.labs.TinyLearningRate;

class LabSessionTest {
    private static LabSession finished(String lab, String fix) {
        LabSession s = new LabSession();
        assertEquals(0, s.load(lab).size());
        if (fix != null) {
            assertEquals(0, s.applyFix(fix).size());
        }
        for (int guard = 0; !s.finished() && guard < 100_000; guard++) {
            for (int r = 0; r < s.runs(); r++) {
                s.advance(r, 7);
            }
        }
        assertTrue(s.finished());
        return s;
    }

    @Test
    void slicedRunEndsWithTheSameSymptomAsTheWholeRun() {
        LabSession s = finished("dying-relu", "leaky-relu");
        for (int r = 0; r < 2; r++) {
            Outcome whole = LabRunner.run(s.preset(r));
            Symptom expected = Labs.of(LabId.DYING_RELU).symptom(whole);
            double[] f = s.figures(r);
            assertEquals(expected.value(), f[LabSession.SYMPTOM]);
            assertEquals(whole.endTrainLoss(), f[LabSession.TRAIN_LOSS]);
            assertEquals(whole.steps(), (long) f[LabSession.STEP]);
        }
    }

    @Test
    void deadReluPresetKillsHalfALayerAndTheLeakyFixKeepsItBelowTenPercent() {
        LabSession s = finished("dying-relu", "leaky-relu");
        assertTrue(s.figures(0)[LabSession.MAX_DEAD] >= 0.5, "before");
        assertTrue(s.figures(1)[LabSession.MAX_DEAD] <= 0.1, "after");
        double[] units = s.unitStates(0);
        double dead = 0;
        for (double u : units) {
            dead += u == UnitState.DEAD.ordinal() ? 1 : 0;
        }
        assertTrue(dead > 0);
    }

    @Test
    void nanExplosionPausesAtItsFirstNonFiniteValueAndEveryFixStaysFinite() {
        LabSession s = finished("nan-explosion", null);
        double[] report = s.nonFinite(0);
        assertEquals(7, report.length);
        assertEquals(1, s.figures(0)[LabSession.NON_FINITE]);
        assertEquals(report[0], s.figures(0)[LabSession.STEP]);
        assertFalse(s.nonFiniteQuantity(0).isEmpty());
        for (String fix : s.fixes()) {
            s.applyFix(fix);
            LabSession done = finished("nan-explosion", fix);
            double[] f = done.figures(1);
            assertEquals(0, f[LabSession.NON_FINITE], fix);
            assertTrue(Double.isFinite(f[LabSession.TRAIN_LOSS]), fix);
            assertTrue(f[LabSession.TRAIN_LOSS] < f[LabSession.START_LOSS], fix);
        }
    }

    @Test
    void vanishingGradientsSpanTwoOrdersAndReluHeBringsThemWithinTenfold() {
        LabSession s = finished("vanishing-gradients", null);
        assertTrue(s.figures(0)[LabSession.GRAD_RATIO] >= 100);
        assertTrue(s.figures(1)[LabSession.GRAD_RATIO] < 10);
    }

    @Test
    void earlyStoppingRestoresTheBestEpochWhileThePresetsTestLossRises() {
        LabSession s = finished("overfitting", "early-stopping");
        double[] before = s.figures(0);
        assertEquals(1, before[LabSession.PRESENT]);
        double[] after = s.figures(1);
        assertEquals(1, after[LabSession.STOPPED]);
        int cols = s.epochColumns(1);
        double[] rows = s.epochSeries(1);
        double bestTest = rows[(int) after[LabSession.BEST_EPOCH] * cols + 2];
        assertEquals(bestTest, after[LabSession.END_TEST_LOSS]);
        assertTrue(after[LabSession.TEST_LOSS] > bestTest);
    }

    @Test
    void gdVariantsRunThreeTimedRunsAndRefuseAFix() {
        LabSession s = new LabSession();
        s.load("gd-variants");
        assertEquals(3, s.runs());
        assertEquals("batch-gd", s.runName(0));
        assertEquals(1, s.applyFix("leaky-relu").size());
        s.advance(0, 1);
        s.addTime(0, 2.5);
        double[] rows = s.epochSeries(0);
        int cols = s.epochColumns(0);
        assertEquals(2.5, rows[cols + 3]);
        assertEquals(2.5, s.figures(0)[LabSession.WALL_MS]);
    }

    @Test
    void anUnknownLabOrFixIsReportedAndChangesNothing() {
        LabSession s = new LabSession();
        s.load("overfitting");
        assertEquals(1, s.load("no-such-lab").size());
        assertEquals("overfitting", s.lab());
        assertEquals(1, s.applyFix("leaky-relu").size());
        assertEquals("l2-penalty", s.fix());
        assertArrayEquals(new String[] {"l2-penalty", "dropout", "early-stopping", "more-data"},
                s.fixes());
    }

    @Test
    void slicedSweepGivesTheSameLossesAsTheWholeSweep() {
        LabSession s = new LabSession();
        s.load("tiny-learning-rate");
        assertTrue(s.sweepNext(100));
        assertEquals(0, s.sweep().length, "a rate takes 500 steps");
        while (s.sweepNext(100)) {
            assertTrue(s.sweep().length <= 2 * s.sweepSize());
        }
        double[] pairs = s.sweep();
        RateSweep grid = TinyLearningRate.pageSweep(Labs.of(LabId.TINY_LEARNING_RATE).preset());
        double[] whole = TinyLearningRate.sweep(Labs.of(LabId.TINY_LEARNING_RATE).preset(),
                grid.rates());
        assertEquals(2 * whole.length, pairs.length);
        for (int i = 0; i < whole.length; i++) {
            assertEquals(grid.rates()[i], pairs[2 * i]);
            assertEquals(whole[i], pairs[2 * i + 1], "rate " + pairs[2 * i]);
        }
    }

    @Test
    void gdVariantsTimesEachVariantFiveTimesRoundRobinAndReportsTheMedian() {
        LabSession s = new LabSession();
        assertEquals(-1, s.timingNext(), "dying-relu has no timing");
        s.load("gd-variants");
        double[] ms = {30, 10, 20, 50, 40};
        int[] order = new int[15];
        for (int i = 0; i < 15; i++) {
            int r = s.timingNext();
            order[i] = r;
            if (i < 3) {
                s.timingPrepare(r);
                int steps = s.timingRun();
                assertEquals(new int[] {200, 200 * 1600, 200 * 25}[r], steps, "run " + r);
            }
            s.addTiming(r, ms[i / 3] * (r + 1));
        }
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}, order);
        assertEquals(-1, s.timingNext());
        assertEquals(30, s.timedMedian(0));
        assertEquals(90, s.timedMedian(2));
        String t = s.timingSentence();
        assertTrue(t.startsWith("Measured in this page: 200 epochs (5 timings each, median) took "
                + "batch 30 ms, stochastic 60 ms and mini-batch 90 ms. Fastest here: batch. "
                + "Stochastic took 0.667× as long as mini-batch."), t);
        assertTrue(t.contains("vectorised"), t);
    }

    @Test
    void regressionLabsGiveTestMaeAndBaselineInMinutes() {
        LabSession s = new LabSession();
        assertTrue(Double.isNaN(s.figures(0)[LabSession.TEST_MAE]), "dying-relu classifies");
        s.load("gd-variants");
        for (int r = 0; r < s.runs(); r++) {
            double[] f = s.figures(r);
            assertEquals(12.4, f[LabSession.BASELINE_MAE], 0.05);
            assertTrue(f[LabSession.TEST_MAE] > 0);
        }
        assertEquals("min", s.unit());
        s.load("nan-explosion");
        assertEquals(List.of(), s.applyFix("all-fixes"));
        while (!s.finished()) {
            s.advance(0, 100);
            s.advance(1, 100);
        }
        assertTrue(Double.isNaN(s.figures(0)[LabSession.TEST_MAE]));
        assertTrue(s.figures(1)[LabSession.TEST_MAE] < s.figures(1)[LabSession.BASELINE_MAE]);
        assertTrue(s.verdict(1).startsWith("Enough: "), s.verdict(1));
    }
}
