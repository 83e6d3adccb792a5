package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The page's refresh scores every row again only when something a refresh reads changed since
 * the latest one (whole or paced): on the largest data each needless refresh was 200 ms.
 */
class RefreshIfStaleTest {
    @Test
    void aRefreshOfTheSameStateIsSkippedAndEveryChangeRefreshes() {
        Session s = new Session();
        s.load("#data=spiral&layers=6,6&act=tanh&batch=10&seed=3");
        assertFalse(s.refreshIfStale(true), "loading refreshed already");
        s.step(1);
        assertTrue(s.refreshIfStale(false), "a step moved the weights");
        assertFalse(s.refreshIfStale(false));
        assertTrue(s.refreshIfStale(true), "the last refresh left the views out");
        assertFalse(s.refreshIfStale(true));
        assertFalse(s.refreshIfStale(false), "views are not needed: the last had them");
        s.configure("#lr=0.01");
        assertTrue(s.refreshIfStale(true), "a setting changed");
        s.configure("#layers=5,5");
        assertFalse(s.refreshIfStale(true), "a new network is refreshed when it is built");
        s.step(3);
        s.rewind(1);
        assertFalse(s.refreshIfStale(true), "a rewind refreshes itself");
        s.reset(-1);
        assertFalse(s.refreshIfStale(true), "so does a reset");
        assertEquals(0, s.steps());
    }

    @Test
    void aPacedCyclePublishedAtTheCurrentStepCountsAndOneOvertakenByTrainingDoesNot() {
        Session s = new Session();
        s.load("#data=circle&layers=8,8&batch=10&seed=2");
        s.step(2);
        int slices = 0;
        while (s.refreshWork(500, true) == 0) {
            slices++; // the cycle on step 2's parameters
        }
        assertTrue(slices > 0, "500 multiply-adds a slice: a cycle of several");
        assertFalse(s.refreshIfStale(true), "the paced cycle published step 2, views and all");
        assertEquals(1, s.refreshWork(500, true), "a cycle of what is published ends at once");
        s.refresh(false); // a refresh without the views
        assertTrue(s.refreshWork(500, true) == 0, "the views are owed: a cycle begins on step 2");
        s.step(1); // ... and training moves on before it ends
        while (s.refreshWork(500, false) == 0) {
            // finish it
        }
        assertTrue(s.refreshIfStale(true), "what was published is step 2's, the run is at 3");
    }
}
