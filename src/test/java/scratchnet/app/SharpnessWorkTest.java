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
        assertEquals(List.of("done", "running", "step", "lambdaMax", "lrLimit", "iterations",
                "work", "lastWork", "calls"), new ArrayList<>(r.keySet()));
        assertEquals(Boolean.TRUE, r.get("done"));
        assertEquals(1.0, r.get("calls"));
        assertEquals(r.get("work"), r.get("lastWork"));
        assertEquals(s.sharpness().lambdaMax(), (Double) r.get("lambdaMax"), 0.0);
        Map<String, Object> none = work(s, 0, false);
        assertEquals(List.of("done", "running", "step", "lambdaMax", "lrLimit", "iterations",
                "work", "lastWork", "calls"), new ArrayList<>(none.keySet()));
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
        }
    }
}
