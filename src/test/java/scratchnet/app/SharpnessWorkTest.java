package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.diag.Sharpness;
import scratchnet.format.JsonForTests;

/**
 * Issue 16: the sharpness estimate spread over frames ({@link Session#sharpnessWork}). On the
 * digits (1,438 training rows, 64-32-10) it ends with exactly the one-shot estimate of the
 * step it began at, although training goes on between its slices; each slice does about its
 * budget of work; anything that replaces the network under it abandons it.
 */
class SharpnessWorkTest {
    private static Session digits() {
        Session s = new Session();
        assertEquals(List.of(), s.load("#data=digits"));
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> work(Session s, double budget, boolean restart) {
        return (Map<String, Object>) JsonForTests.parse(
                LearnProtocol.sharpnessWork(s, budget, restart));
    }

    @Test
    void slicesWhileTrainingEndWithTheOneShotEstimateOfTheStepTheyBeganAt() {
        Session s = digits();
        s.step(40);
        Sharpness.Estimate once = s.sharpness();
        long budget = 3_000_000;
        Map<String, Object> r = work(s, budget, true);
        int calls = 1;
        while (!Boolean.TRUE.equals(r.get("done"))) {
            assertEquals(Boolean.TRUE, r.get("running"));
            assertEquals(40.0, r.get("step"));
            assertTrue(JsonForTests.isNull(r.get("lrLimit")), "no number before it is finished");
            assertTrue(((Double) r.get("lastWork")) <= budget, r.toString());
            s.step(1); // training goes on between slices
            r = work(s, budget, false);
            calls++;
        }
        assertTrue(calls > 20, "spread over " + calls + " calls");
        assertEquals(40.0, r.get("step"), "the estimate is for the step it began at");
        assertEquals(once.lambdaMax(), (Double) r.get("lambdaMax"), 0.0);
        assertEquals(once.lrLimit(), (Double) r.get("lrLimit"), 0.0);
        assertEquals((double) once.iterations(), r.get("iterations"));
        assertEquals((double) calls, r.get("calls"));
        assertFalse((Boolean) work(s, budget, false).get("running"), "a finished run is forgotten");
    }

    @Test
    void aResetARewindOrASettingsChangeAbandonsTheRunUnderWay() {
        Session s = digits();
        s.step(60);
        for (Runnable change : new Runnable[] {() -> s.reset(-1), () -> s.rewind(50),
            () -> s.configure("#lr=0.01")}) {
            s.step(60);
            assertEquals(Boolean.TRUE, work(s, 1_000_000, true).get("running"));
            change.run();
            Map<String, Object> r = work(s, 1_000_000, false);
            assertEquals(Boolean.FALSE, r.get("running"));
            assertEquals(Boolean.FALSE, r.get("done"));
            assertTrue(JsonForTests.isNull(r.get("step")));
        }
    }

    @Test
    void aBudgetOfZeroFinishesInOneCallAndTheFieldsAreNamed() {
        Session s = new Session();
        s.step(30);
        Map<String, Object> r = work(s, 0, true);
        assertEquals(List.of("done", "running", "step", "lambdaMax", "lrLimit", "momentumLimit",
                "iterations", "momentum", "work", "lastWork", "calls", "rows", "trainRows",
                "inFloat64"), new ArrayList<>(r.keySet()));
        assertEquals(Boolean.FALSE, r.get("inFloat64"));
        assertEquals(2 * 1.9 / (Double) r.get("lambdaMax"), (Double) r.get("momentumLimit"),
                1e-12);
        assertEquals(Boolean.TRUE, r.get("done"));
        assertEquals(1.0, r.get("calls"));
        assertEquals(r.get("work"), r.get("lastWork"));
        assertEquals(s.sharpness().lambdaMax(), (Double) r.get("lambdaMax"), 0.0);
        Map<String, Object> none = work(s, 0, false);
        assertEquals(List.of("done", "running", "step", "lambdaMax", "lrLimit", "momentumLimit",
                "iterations", "momentum", "work", "lastWork", "calls", "rows", "trainRows",
                "inFloat64"), new ArrayList<>(none.keySet()));
    }

    @Test
    void theLargestNetworksReadAnEvenlySpacedSampleOfRowsAndSaySo() {
        // The digits under the default 64-32-10 network: every training row fits the budget.
        Session small = digits();
        Map<String, Object> all = work(small, 0, true);
        assertEquals(1438.0, all.get("rows"));
        assertEquals(1438.0, all.get("trainRows"));
        // Under six layers of 64 an estimate over every row would cost about 9e9
        // multiply-adds: it reads an evenly spaced sample that fits 1e9 (at least 256 rows).
        Session big = new Session();
        big.configure("#data=digits&layers=64,64,64,64,64,64");
        big.step(5);
        int expected = big.sharpnessRowCount();
        assertTrue(expected >= 256 && expected < 1438, expected + " rows");
        Map<String, Object> r = work(big, 0, true);
        assertEquals((double) expected, r.get("rows"));
        assertEquals(1438.0, r.get("trainRows"));
        // About 1e9 multiply-adds, or what the 256 fewest rows cost (here: 256 rows, 1.5e9).
        assertTrue((Double) r.get("work") <= 1.6e9, r.get("work") + " multiply-adds");
        // Rows ⌊i·n/m⌋ of the training set: the first row and a spread over the whole set.
        scratchnet.data.Dataset sample = big.sharpnessRows();
        scratchnet.data.Dataset train = small.sharpnessRows(); // all 1438 rows, same split
        assertEquals(expected, sample.rows());
        int cols = train.cols();
        for (int i : new int[] {0, 1, expected / 2, expected - 1}) {
            int row = (int) ((long) i * 1438 / expected);
            assertEquals(train.y()[row], sample.y()[i]);
            assertEquals(train.x()[row * cols], sample.x()[i * cols]);
        }
        // The one-shot estimate reads the same sample: both give the same numbers.
        assertEquals(big.sharpness().lambdaMax(), (Double) r.get("lambdaMax"), 0.0);
    }

    @Test
    void float32BatchNormAndPenalisedRunsEndWithTheOneShotEstimateToo() {
        for (String link : new String[] {"#data=digits&prec=float32&reg=l2&rate=0.01",
            "#data=digits&bn=1", "#data=spiral&reg=l1&rate=0.003"}) {
            Session s = new Session();
            assertEquals(List.of(), s.load(link));
            s.step(25);
            Sharpness.Estimate once = s.sharpness();
            Map<String, Object> r = work(s, 2_000_000, true);
            while (Boolean.TRUE.equals(r.get("running"))) {
                r = work(s, 2_000_000, false);
            }
            assertEquals(Boolean.TRUE, r.get("done"), link);
            assertEquals(once.lambdaMax(), (Double) r.get("lambdaMax"), 0.0, link);
            assertTrue(Double.isFinite(once.lambdaMax()), link + ": " + once);
            assertEquals(link.contains("float32"), r.get("inFloat64"), link);
        }
    }
}
