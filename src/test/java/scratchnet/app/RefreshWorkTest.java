package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A refresh spread over many small slices ({@link Session#refreshWork}) publishes the very
 * numbers and pixels of one {@link Session#refresh()} at the step its cycle began, even when
 * training goes on between the slices (issue 16).
 */
class RefreshWorkTest {
    private static final String[] LINKS = {"", "#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2"
            + "&layers=8,8,6&act=tanh&lr=0.03&batch=10&test=1",
        "#data=blobs&k=4", "#data=delivery&layers=64,64,64,64,64,64", "#data=plane&train=90"};

    private static Session session(String hash) {
        Session s = new Session();
        assertEquals("[]", s.load(hash).toString());
        return s;
    }

    /** The published picture: stats, loss chart, unit states, heatmap, thumbnails. */
    private static void assertSame(Session a, Session b, String what) {
        assertEquals(a.stats(), b.stats(), what + ": stats");
        assertArrayEquals(a.history(), b.history(), what + ": loss chart");
        assertArrayEquals(a.unitStates(), b.unitStates(), what + ": unit states");
        assertArrayEquals(a.outputPixels(), b.outputPixels(), what + ": heatmap");
        assertArrayEquals(a.thumbnails(), b.thumbnails(), what + ": thumbnails");
        assertArrayEquals(a.predictions(), b.predictions(), what + ": predictions");
        assertEquals(a.resolution(), b.resolution(), what);
    }

    @Test
    void smallSlicesPublishWhatOneRefreshShows() {
        for (String link : LINKS) {
            Session whole = session(link);
            Session paced = session(link);
            whole.step(37);
            paced.step(37);
            whole.refresh();
            int calls = 1;
            while (paced.refreshWork(5_000, true) == 0) {
                calls++;
            }
            assertTrue(calls > 1 || link.isEmpty(), link + ": " + calls + " slices");
            assertSame(whole, paced, link);
        }
    }

    @Test
    void trainingBetweenSlicesLeavesTheCycleAtItsFirstStep() {
        for (String link : LINKS) {
            Session whole = session(link);
            Session paced = session(link);
            whole.step(20);
            whole.refresh();
            paced.step(20);
            int published = 0;
            int calls = 0;
            while (published == 0) {
                published = paced.refreshWork(200_000, true);
                paced.step(3); // the page trains between slices
                calls++;
            }
            assertEquals(20, paced.stats().steps(), link);
            assertSame(whole, paced, link + " (" + calls + " slices)");
            assertEquals(20 + 3 * calls, paced.steps(), link);
            // without start, nothing new begins
            assertEquals(0, paced.refreshWork(Integer.MAX_VALUE, false), link);
            assertEquals(1, paced.refreshWork(Integer.MAX_VALUE, true), link);
            assertEquals(paced.steps(), paced.stats().steps(), link);
        }
    }

    @Test
    void aRebuildOrARefreshDropsTheCycleUnderWay() {
        Session s = session("#data=delivery&layers=64,64,64,64,64,64");
        s.step(5);
        assertEquals(0, s.refreshWork(1000, true));
        s.configure("#layers=8,8");
        s.step(5);
        while (s.refreshWork(1000, true) == 0) {
            // a fresh cycle on the new network
        }
        assertEquals(5, s.stats().steps());
        Session t = session("#data=delivery&layers=8,8");
        t.step(5);
        t.refresh();
        assertSame(t, s, "after the rebuild");
        assertEquals(0, s.refreshWork(1000, true));
        s.refresh();
        assertEquals(0, s.refreshWork(1000, false));
    }
}
