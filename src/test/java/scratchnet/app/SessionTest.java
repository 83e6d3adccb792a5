package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void theDefaultRunLearnsTheCircle() {
        Session s = session("#lr=0.1");
        s.step(3000);
        s.refresh();
        assertTrue(s.stats().accuracy() > 0.9, "accuracy " + s.stats().accuracy());
        assertTrue(s.stats().trainLoss() < 0.3, "loss " + s.stats().trainLoss());
    }

    @Test
    void aFloat32RunShowsItsFloat64TwinInLockstep() {
        Session s = session("#lr=0.1&prec=float32&twin=1&bn=1");
        Session plain = session("#lr=0.1&bn=1");
        s.step(400);
        plain.step(400);
        s.refresh();
        plain.refresh();
        double[] twin = s.twinLosses();
        assertEquals(400.0, twin[0]);
        // the twin is exactly the float64 run of the same link
        assertEquals(plain.stats().trainLoss(), twin[1]);
        assertEquals(plain.stats().testLoss(), twin[2]);
        assertTrue(Math.abs(s.stats().trainLoss() - twin[1]) < 0.02 * twin[1],
                s.stats().trainLoss() + " vs " + twin[1]);
        assertTrue(!s.parameterBits().equals(plain.parameterBits()));
        // a rewind replays the twin to the step landed on; switching it off drops it
        long at = s.rewind(100);
        assertEquals((double) at, s.twinLosses()[0]);
        assertEquals("[]", s.configure("#twin=0").toString());
        s.refresh();
        assertEquals(null, s.twinLosses());
        assertEquals(null, plain.twinLosses());
    }

    /** The lines of a script from {@code start} to the next line that is "]". */
    private static String block(String script, String start) {
        int from = script.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return script.substring(from, script.indexOf("\n]\n", from));
    }

    @Test
    void scriptExportsWriteBatchNorm() {
        for (String hash : new String[] {"#bn=1", "#bn=1&prec=float32"}) {
            Session s = session(hash);
            s.step(3);
            String torch = s.export(Session.ExportKind.PYTORCH, 1);
            String numpy = s.export(Session.ExportKind.NUMPY, 1);
            assertTrue(torch.contains("nn.BatchNorm1d(") || torch.contains("BatchNorm("), hash);
            assertTrue(torch.contains("model.eval()"), hash);
            assertTrue(numpy.contains("def batch_norm_backward("), hash);
            assertTrue(!torch.contains("SystemExit") && !numpy.contains("SystemExit"), hash);
            String json = s.export(Session.ExportKind.MODEL_JSON, 1);
            assertTrue(json.contains("\"batchNorm\""));
            // a model file read back (the page's model import) exports with its statistics
            Session imported = session("");
            imported.importModel(scratchnet.format.ModelJson.read(json));
            String again = imported.export(Session.ExportKind.NUMPY, 1);
            assertTrue(again.contains("def batch_norm("), hash);
            assertEquals(block(numpy, "BN_GAMMA = ["), block(again, "BN_GAMMA = ["), hash);
            assertEquals(block(numpy, "RUNNING_VAR = ["), block(again, "RUNNING_VAR = ["), hash);
        }
    }

    /**
     * The raw delivery table (no standardisation, rate 0.01): float32 overflows at step 3,
     * float64 stays finite for 200 steps.
     */
    @Test
    void float32OverflowsWhereFloat64DoesNot() {
        Session f64 = session("#data=delivery&std=0&lr=0.01&seed=3");
        Session f32 = session("#data=delivery&std=0&lr=0.01&seed=3&prec=float32");
        f64.step(200);
        f32.step(200);
        assertEquals(3, f32.nonFiniteStep());
        assertTrue(f64.nonFiniteStep() < 0, "float64 at " + f64.nonFiniteStep());
    }

    @Test
    void anEpochIsTheTrainingRowsOverTheBatchSize() {
        Session s = session("#batch=10");
        assertEquals(25, s.stepEpoch()); // 250 training rows in batches of 10
        assertEquals(1, s.epoch());
        assertEquals(25, s.steps());
    }

    @Test
    void aNewBatchSizeTakesTheRestOfTheEpochInBatchesOfTheNewSize() {
        Session s = session("#batch=10");
        s.step(5); // 50 of the 250 training rows
        s.configure("#batch=50");
        assertEquals(4, s.stepEpoch()); // the other 200 rows in batches of 50
        assertEquals(1, s.epoch());
        assertEquals(9, s.steps());
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndANewOneDoesNot() {
        Session a = session("#seed=5");
        Session b = session("#seed=5");
        a.step(50);
        b.step(50);
        assertEquals(a.parameterBits(), b.parameterBits());
        b.reset(6);
        assertNotEquals(a.parameterBits(), b.parameterBits());
        assertEquals(0, b.steps());
    }

    @Test
    void changingTheLearningRateKeepsTheWeightsButChangingLayersStartsOver() {
        Session s = session("");
        s.step(20);
        String bits = s.parameterBits();
        s.configure("#lr=0.1");
        assertEquals(bits, s.parameterBits());
        assertEquals(20, s.steps());
        s.configure("#layers=3");
        assertEquals(0, s.steps());
        assertArrayEquals(new int[] {2, 3, 1}, s.sizes());
    }

    @Test
    void aHugeLearningRateDivergesAndStopsAtTheFirstNonFiniteStep() {
        Session s = session("#data=plane&lr=100&act=relu&init=too-large&batch=250");
        int done = s.step(1000);
        assertTrue(s.diverged());
        assertTrue(done < 1000);
        assertTrue(s.nonFiniteStep() >= 1 && s.nonFiniteStep() <= done, "" + s.nonFiniteStep());
        assertEquals(0, s.step(5));
    }

    @Test
    void reluUnitsThatNeverFireAreCountedDead() {
        Session s = session("#act=relu&init=zeros&layers=3,2");
        s.refresh();
        assertArrayEquals(new double[] {1, 1, 0}, s.deadFraction());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 0}, s.deadUnits());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 0}, s.unitStates());
    }

    @Test
    void unitStatesMarkSaturatedSigmoidUnitsAsThree() {
        Session s = session("#act=sigmoid&init=too-large&layers=6,6,6");
        s.step(20);
        s.refresh();
        double[] states = s.unitStates();
        assertEquals(6 + 6 + 6 + 1, states.length);
        int saturated = 0;
        for (double v : states) {
            assertTrue(v == 0 || v == 3, java.util.Arrays.toString(states));
            saturated += v == 3 ? 1 : 0;
        }
        assertTrue(saturated > 0, java.util.Arrays.toString(states));
        assertEquals(0, states[18], "output units are never marked saturated");
        // a fresh small-init sigmoid network has none
        Session calm = session("#act=sigmoid");
        calm.refresh();
        for (double v : calm.unitStates()) {
            assertEquals(0, v);
        }
    }

    @Test
    void eachPointCarriesItsClassAndRegressionPointsNone() {
        Session blobs = session("#data=blobs&k=4");
        double[] p = blobs.points();
        java.util.Set<Double> seen = new java.util.TreeSet<>();
        for (int i = 0; i < p.length; i += 5) {
            seen.add(p[i + 4]);
        }
        assertEquals(java.util.Set.of(0.0, 1.0, 2.0, 3.0), seen);
        double[] d = session("#data=delivery").points();
        for (int i = 0; i < d.length; i += 5) {
            assertEquals(-1, d[i + 4]);
        }
    }

    @Test
    void gradientNormsArePerLayerAndPositiveAfterAStep() {
        Session s = session("");
        s.step(1);
        double[] g = s.gradNorm();
        assertEquals(3, g.length);
        for (double v : g) {
            assertTrue(v > 0);
        }
    }

    @Test
    void theDeliveryNetworkBeatsTheMeanBaseline() {
        Session s = session("#data=delivery");
        for (int i = 0; i < 20; i++) {
            s.stepEpoch();
        }
        s.refresh();
        Stats st = s.stats();
        assertTrue(st.testMae() < st.baselineMae() / 2, st.testMae() + " vs " + st.baselineMae());
        assertEquals(400, st.testRows());
    }

    @Test
    void kClassDataGetsOneOutputPerClass() {
        Session s = session("#data=blobs&k=4");
        assertEquals(4, s.sizes()[s.sizes().length - 1]);
        s.step(200);
        s.refresh();
        assertFalse(Double.isNaN(s.stats().accuracy()));
    }

    @Test
    void viewsHaveOnePixelPerGridPointAndOneThumbnailPerNode() {
        Session s = session("#layers=4,2&f=x1,x2,x1x2");
        s.refresh();
        assertEquals(96, s.resolution());
        assertEquals(96 * 96, s.outputPixels().length);
        assertEquals((3 + 4 + 2 + 1) * 16 * 16, s.thumbnails().length);
        assertEquals(5 * 500, s.points().length);
    }

    @Test
    void aNetworkTooCostlyToDrawFinelyGetsTheCoarseHeatmap() {
        // 6 features, 8-8-8-8-8-8: 6·8 + 5·8·8 + 8 = 376 multiply-adds a point, still fine.
        Session playground = session("#f=x1,x2,x1sq,x2sq,sinx1,sinx2&layers=8,8,8,8,8,8");
        playground.refresh();
        assertEquals(96, playground.resolution());
        // Delivery's 4 features and 64-64: 4·64 + 64·64 + 64 = 4,416 multiply-adds a point.
        Session wide = session("#data=delivery&layers=64,64");
        wide.refresh();
        assertEquals(48, wide.resolution());
        assertEquals(48 * 48, wide.outputPixels().length);
        assertEquals((4 + 64 + 64 + 1) * 16 * 16, wide.thumbnails().length);
    }

    @Test
    void theHistoryGainsAPointPerRefresh() {
        Session s = session("");
        s.step(5);
        s.refresh();
        s.step(5);
        s.refresh();
        assertEquals(9, s.history().length);
    }

    @Test
    void parameterBitsAreSixteenHexDigitsPerValue() {
        String bits = session("#layers=4,2").parameterBits();
        // 2-4-2-1: 8 + 4 + 8 + 2 + 2 + 1 weights and biases
        assertEquals(25, bits.trim().split("\\s+").length);
        assertTrue(bits.trim().split("\\s+")[0].matches("[0-9a-f]{16}"));
    }

    @Test
    void aNetworkFullOfDeadUnitsNamesTheDyingReluLab() {
        Session s = session("#act=relu&init=too-large&lr=0.3&layers=3,2");
        for (int i = 0; i < 4; i++) {
            s.step(25);
            s.refresh();
        }
        assertTrue(s.hint().startsWith("DEAD_UNITS|dying-relu|1.0|"), s.hint());
        assertEquals("", session("").hint());
    }

    @Test
    void aDivergedRunNamesTheNanExplosionLabAndTheStep() {
        Session s = session("#data=plane&lr=100&act=relu&init=too-large&batch=250");
        s.step(1000);
        s.refresh();
        assertTrue(s.hint().startsWith("NON_FINITE|nan-explosion|" + s.nonFiniteStep() + ".0"),
                s.hint());
        assertFalse(s.nonFiniteText().isEmpty());
    }

    @Test
    void changingTheOptimizerKeepsTheWeightsAndTheCounters() {
        Session s = session("");
        s.step(30);
        String bits = s.parameterBits();
        s.configure("#opt=adam&batch=50&clip=1");
        assertEquals(bits, s.parameterBits());
        assertEquals(30, s.steps());
        s.step(1);
        assertNotEquals(bits, s.parameterBits());
    }

    @Test
    void regenerateDrawsNewDataAndStartsOver() {
        Session s = session("");
        double[] before = s.points();
        s.step(10);
        s.regenerate();
        assertEquals(0, s.steps());
        assertEquals(2, s.settings().data().seed());
        assertFalse(java.util.Arrays.equals(before, s.points()));
    }

    @Test
    void theDeliveryHeatmapFollowsTheChosenFeatures() {
        Session s = session("#data=delivery");
        int version = s.dataVersion();
        double[] before = s.points();
        s.configure("#hx=3&hy=1");
        assertNotEquals(version, s.dataVersion());
        assertFalse(java.util.Arrays.equals(before, s.points()));
        assertEquals(3, s.settings().view().heatX());
    }

    @Test
    void theLinkInspectorReportsWeightGradientAndUpdate() {
        Session s = session("");
        s.step(1);
        double[] link = s.link(0, 1, 2);
        assertEquals(s.weights()[1 * 4 + 2], link[0]);
        assertEquals(-0.03 * link[1], link[2], 1e-15);
    }

    @Test
    void aRisingTestLossWhileTrainingLossFallsIsCalledOverfitting() {
        Session s = session("#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2&layers=8,8,6"
                + "&lr=0.03&train=30");
        for (int i = 0; i < 200 && s.hint().isEmpty(); i++) {
            s.step(500);
            s.refresh(false);
        }
        assertTrue(s.hint().startsWith("OVERFITTING|overfitting|"), s.hint());
    }

    @Test
    void rewindingLandsOnTheLatestCheckpointAndReplaysBitForBit() {
        Session a = session("#opt=adam&dropout=0.1&layers=6,4");
        a.step(300);
        Session b = session("#opt=adam&dropout=0.1&layers=6,4");
        b.step(120);
        b.refresh();
        b.step(180);
        b.refresh();
        assertEquals(150, b.rewind(170), "checkpoints every 50 steps");
        assertEquals(150, b.steps());
        assertTrue(b.ghostHistory().length > 0);
        b.step(150);
        assertEquals(a.parameterBits(), b.parameterBits());
        assertEquals(0, b.rewind(-5), "before the first checkpoint: step 0");
    }

    @Test
    void aLongRunKeepsAtMostThirtyTwoCheckpointsSpreadOverIt() {
        Session s = session("#batch=1");
        s.step(20_000);
        long[] marks = s.checkpoints();
        assertTrue(marks.length <= 32 && marks.length >= 16, java.util.Arrays.toString(marks));
        assertEquals(0, marks[0]);
        assertTrue(marks[marks.length - 1] > 18_000);
    }

    @Test
    void switchingToTheDeliveryTableAndBackRestoresTheUsersNetworkAndSaysSo() {
        Session s = session("#layers=8,8,8&act=relu&lr=0.1");
        java.util.List<String> there = s.configure("#data=delivery");
        assertTrue(s.settings().delivery());
        assertEquals(1, there.size(), there.toString());
        assertTrue(there.get(0).startsWith("The delivery table has its own network: layers "),
                there.get(0));
        assertTrue(there.get(0).contains("(was layers 8,8,8 · relu · rate 0.1)"), there.get(0));
        assertEquals("[]", s.configure("#layers=32,16").toString());
        java.util.List<String> back = s.configure("#data=spiral");
        assertArrayEquals(new int[] {8, 8, 8}, s.settings().net().layers());
        assertEquals("relu", scratchnet.format.HashCodec.name(s.settings().net().activation()));
        assertEquals(0.1, s.settings().training().learningRate());
        assertEquals("spiral", scratchnet.format.HashCodec.name(s.settings().data().kind()));
        assertTrue(back.get(0).startsWith("Back on 2-D points: layers 8,8,8 · relu · rate 0.1"),
                back.toString());
        s.configure("#data=delivery");
        assertArrayEquals(new int[] {32, 16}, s.settings().net().layers(),
                "the delivery table's own settings come back too");
    }

    @Test
    void aWholeLinkStillStartsFromTheDefaults() {
        Session s = session("#layers=8,8,8&act=relu&lr=0.1");
        assertEquals("[]", s.load("#data=delivery").toString());
        assertEquals("[]", s.load("#data=circle").toString());
        assertArrayEquals(new int[] {4, 2}, s.settings().net().layers());
    }

    @Test
    void turningStandardisationOffTrainsOnRawMinutesAndShowsWhyItMatters() {
        Session scaled = session("#data=delivery");
        assertTrue(scaled.hash().contains("std=1"), scaled.hash());
        Session raw = session("#data=delivery&std=0");
        assertTrue(raw.hash().contains("std=0"), raw.hash());
        assertEquals(scaled.stats().baselineMae(), raw.stats().baselineMae(),
                "the baseline is in minutes either way");
        // The untouched columns reach the hundreds: the tutorial's rate overflows at once.
        raw.step(200);
        scaled.step(200);
        raw.refresh();
        scaled.refresh();
        assertTrue(raw.diverged() || raw.stats().testMae() > 1e6 * raw.stats().baselineMae(),
                "the raw run blows up: " + raw.stats());
        assertFalse(scaled.diverged());
        assertTrue(scaled.stats().testMae() < scaled.stats().baselineMae());
        assertTrue(session("#data=circle&std=0").hash().indexOf("std=") < 0,
                "2-D data is never scaled, so its link has no std");
    }
}
