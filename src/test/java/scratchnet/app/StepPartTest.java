package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import org.junit.jupiter.api.Test;

/**
 * The page's steps in parts ({@link Session#stepPart}), for a step longer than a frame: the
 * same run as whole steps, the float64 twin included, and nothing the page shows moves until
 * a step's last part.
 */
class StepPartTest {
    private static final String LINK = "#data=spiral&layers=6,6&act=tanh&batch=100000&bn=1"
            + "&prec=float32&twin=1&dropout=0.2&seed=4";

    /** Parts of {@code work} until a step is applied; returns the calls it took. */
    private static int partsUntilAStep(Session s, double work) {
        int calls = 1;
        while (s.stepPart(work) == 0) {
            calls++;
            assertTrue(calls < 100_000, "the step never ends");
        }
        return calls;
    }

    @Test
    void stepsInPartsAreTheWholeStepsOfTheRunAndOfItsTwin() {
        Session whole = session(LINK);
        Session parts = session(LINK);
        double work = parts.stepWork() / 40;
        for (int k = 0; k < 4; k++) {
            whole.step(1);
            int calls = partsUntilAStep(parts, work);
            assertTrue(calls >= 10, "step " + (k + 1) + " went in " + calls + " parts");
            assertArrayEquals(whole.weights(), parts.weights(), "step " + (k + 1));
        }
        // The twin took the run's steps 1..3 in parts before each next step; its fourth now.
        assertEquals(0, parts.stepPart(Double.POSITIVE_INFINITY));
        whole.refresh();
        parts.refresh();
        assertEquals(whole.stats().trainLoss(), parts.stats().trainLoss());
        assertArrayEquals(whole.twinLosses(), parts.twinLosses());
        assertEquals(4, parts.twinLosses()[0]);
    }

    @Test
    void whatThePageShowsWaitsForTheLastPartAndAWholeStepFinishesIt() {
        Session whole = session(LINK);
        Session parts = session(LINK);
        whole.step(2);
        parts.step(2);
        parts.refresh();
        String before = Protocol.stats(parts);
        double[] weights = parts.weights();
        assertEquals(0, parts.stepPart(parts.stepWork() / 5));
        double progress = parts.stepProgress();
        assertTrue(progress > 0.1 && progress < 0.5, "a fifth of the step's work: " + progress);
        parts.refresh();
        String mid = Protocol.stats(parts);
        assertTrue(before.contains("\"stepProgress\":null,"), "whole steps: " + before);
        assertEquals(before.replace("\"stepProgress\":null,", ""),
                mid.replaceFirst("\"stepProgress\":[0-9.e-]+,", ""));
        assertArrayEquals(weights, parts.weights());
        // Step (the page's button) takes the rest of the step under way: the same third step.
        assertEquals(1, parts.step(1));
        whole.step(1);
        assertEquals(0, parts.stepProgress());
        assertArrayEquals(whole.weights(), parts.weights());
    }
}
