package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import org.junit.jupiter.api.Test;

/**
 * A refresh spread over many small slices ({@link Session#refreshWork}) publishes the very
 * numbers and pixels of one {@link Session#refresh()} at the step its cycle began, even when
 * training goes on between the slices (issue 16).
 */
class RefreshWorkTest {
    private static final String[] LINKS = {"", "#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2"
            + "&layers=8,8,6&act=tanh&lr=0.03&batch=10&test=1",
        "#data=blobs&k=4", "#data=delivery&layers=64,64,64,64,64,64", "#data=plane&train=90",
        "#data=spiral&layers=6,5&act=relu&bn=1", "#layers=6,5&act=tanh&prec=float32&bn=1"};

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

    /**
     * The paced refresh keeps copies of the network between cycles; a change that keeps the
     * layer sizes (batch norm on or off, float32 or float64) must not leave it computing the
     * network as it was (it did: after batch norm was switched on, the page showed the loss
     * of the network without it).
     */
    @Test
    void aChangeOfBatchNormOrPrecisionReachesThePacedRefresh() {
        Session whole = session("#data=spiral&layers=6,5&act=relu");
        Session paced = session("#data=spiral&layers=6,5&act=relu");
        for (String[] change : new String[][] {{"bn=0", "bn=1"}, {"prec=float64", "prec=float32"},
            {"bn=1", "bn=0"}, {"prec=float32", "prec=float64"}}) {
            for (Session s : new Session[] {whole, paced}) {
                String before = s.hash();
                assertTrue(before.contains(change[0]), before);
                assertEquals("[]", s.configure(before.replace(change[0], change[1])).toString());
                s.step(30);
            }
            whole.refresh();
            while (paced.refreshWork(5_000, true) == 0) {
                // slices
            }
            assertSame(whole, paced, change[1]);
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
        // a cycle of the state just published ends at once (Session#refreshIfStale)
        assertEquals(1, s.refreshWork(1000, true));
        s.step(1);
        assertEquals(0, s.refreshWork(1000, true));
        s.refresh();
        assertEquals(0, s.refreshWork(1000, false));
    }
}
