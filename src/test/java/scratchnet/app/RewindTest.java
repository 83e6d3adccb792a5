package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.JsonForTests;

/**
 * The scrubber's engine side: rewinding to a checkpoint, scrubbing back and forth, replaying
 * with changed settings, and the JSON of {@link RewindProtocol}.
 */
class RewindTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        Object o = JsonForTests.parse(json);
        assertInstanceOf(Map.class, o);
        return (Map<String, Object>) o;
    }

    private static final String RUN = "#opt=momentum&dropout=0.1&layers=6,4&batch=5";

    @Test
    void scrubbingBackAndForthThenReplayingContinuesBitForBit() {
        Session a = session(RUN);
        a.step(613);
        a.refresh();
        a.step(287);
        Session b = session(RUN);
        b.step(613);
        assertEquals(200, b.rewind(230));
        assertTrue(b.scrubbing());
        assertEquals(450, b.rewind(470), "forward again over the run left behind");
        assertEquals(613, b.rewind(10_000), "the state just before the first rewind is a mark");
        assertEquals(0, b.rewind(0));
        assertEquals(600, b.rewind(612));
        b.step(300);
        assertFalse(b.scrubbing());
        assertEquals(a.parameterBits(), b.parameterBits());
        assertEquals(600, b.replayFrom());
    }

    @Test
    void aReplayWithAnotherRateDiffersAndRewindingAgainWithTheOldRateGivesTheOldRun() {
        Session a = session(RUN);
        a.step(400);
        Session b = session(RUN);
        b.step(400);
        b.refresh();
        assertEquals(250, b.rewind(260));
        b.configure("#lr=0.3");
        assertEquals(250, b.steps(), "a new rate keeps the checkpoint's state");
        b.step(150);
        assertNotEquals(a.parameterBits(), b.parameterBits());
        double[] ghost = b.ghostHistory();
        assertEquals(400, ghost[ghost.length - 3], "the ghost is the run before the rewind");
        assertEquals(250, b.rewind(250));
        b.configure("#lr=0.03");
        b.step(150);
        assertEquals(a.parameterBits(), b.parameterBits());
    }

    @Test
    void theRateShownIsTheRateReplayedEvenIfTheCheckpointHadAnother() {
        Session a = session(RUN + "&lr=0.1");
        a.step(400);
        Session b = session(RUN);
        b.step(300);
        b.configure("#lr=0.1");
        assertEquals(0, b.rewind(30));
        b.step(400);
        assertEquals(a.parameterBits(), b.parameterBits(),
                "the checkpoint at 0 was taken with 0.03, the replay runs with 0.1");
    }

    @Test
    void aNewActivationAtACheckpointKeepsTheStateAndTheChart() {
        Session s = session("#layers=4,4&act=tanh");
        s.step(300);
        assertEquals(100, s.rewind(120));
        String before = s.parameterBits();
        double[] ghost = s.ghostHistory();
        s.configure("#act=relu");
        assertEquals("RELU", s.settings().net().activation().name());
        assertEquals(100, s.steps(), "no start over");
        assertEquals(before, s.parameterBits(), "same weights");
        assertArrayEquals(ghost, s.ghostHistory());
        s.step(50);
        assertEquals(150, s.steps());
        assertTrue(s.checkpoints().length >= 3);
        s.configure("#act=sigmoid");
        assertEquals(0, s.steps(), "away from a checkpoint, a new activation starts over");
    }

    /**
     * The swap at a checkpoint keeps batch norm and float32 (it used to rebuild a plain float64
     * network under a link that still said bn=1&prec=float32).
     */
    @Test
    void aNewActivationAtACheckpointKeepsBatchNormAndPrecision() {
        Session s = session("#layers=4,4&act=tanh&bn=1&prec=float32");
        s.step(300);
        int parameters = s.stats().parameters();
        assertEquals(100, s.rewind(120));
        String before = s.parameterBits();
        s.configure("#act=relu");
        assertEquals(100, s.steps(), "no start over");
        assertEquals(parameters, s.stats().parameters(), "γ and β are still there");
        assertEquals(before, s.parameterBits(), "same weights, biases, γ and β");
        assertEquals(scratchnet.engine.Precision.FLOAT32, s.settings().net().precision());
        // float32: every parameter stays a single after the replay's updates
        s.step(20);
        for (String hex : s.parameterBits().trim().split("\\s+")) {
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
            assertEquals(v, (double) (float) v, 0.0, hex);
        }
    }

    @Test
    void theTimelineAnswersByName() {
        Session s = session("");
        s.step(130);
        Map<String, Object> t = object(RewindProtocol.timeline(s));
        assertEquals(List.of("step", "checkpoints", "scrubbing", "replayFrom", "ghost"),
                new ArrayList<>(t.keySet()));
        assertEquals(130.0, t.get("step"));
        assertEquals(List.of(0.0, 50.0, 100.0), t.get("checkpoints"));
        assertEquals(Boolean.FALSE, t.get("scrubbing"));
        assertEquals(-1.0, t.get("replayFrom"));
        assertEquals(Boolean.FALSE, t.get("ghost"));
        s.rewind(60);
        t = object(RewindProtocol.timeline(s));
        assertEquals(50.0, t.get("step"));
        assertEquals(List.of(0.0, 50.0, 100.0, 130.0), t.get("checkpoints"));
        assertEquals(Boolean.TRUE, t.get("scrubbing"));
        assertEquals(50.0, t.get("replayFrom"));
        assertEquals(Boolean.TRUE, t.get("ghost"));
    }

    @Test
    void theInternalsAnswerByNameAndFollowARewind() {
        Session s = session("#opt=adam&layers=3");
        assertTrue(s.watch(0, 1, 2));
        assertFalse(s.watch(0, 2, 0), "two inputs: no unit 2");
        assertFalse(s.watch(5, 0, 0));
        s.step(120);
        Map<String, Object> r = object(RewindProtocol.internals(s));
        assertEquals(List.of("layer", "from", "to", "name", "optimizer", "columns", "series"),
                new ArrayList<>(r.keySet()));
        assertEquals("W1[1,2]", r.get("name"));
        assertEquals("adam", r.get("optimizer"));
        assertEquals(List.of("step", "value", "gradient", "lr", "m", "v", "mHat", "vHat",
                "update"), r.get("columns"));
        @SuppressWarnings("unchecked")
        Map<String, List<Double>> series = (Map<String, List<Double>>) r.get("series");
        assertEquals(120, series.get("step").size());
        assertEquals(1.0, series.get("step").get(0));
        s.rewind(70);
        series = castSeries(object(RewindProtocol.internals(s)).get("series"));
        assertEquals(50, series.get("step").size(), "rows after the checkpoint go");
        assertTrue(s.watch(1, -1, 0));
        assertEquals("b2[0]", object(RewindProtocol.internals(s)).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Double>> castSeries(Object o) {
        return (Map<String, List<Double>>) o;
    }
}
