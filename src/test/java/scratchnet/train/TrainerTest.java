package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scratchnet.data.Split;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

class TrainerTest {
    private static Network smallNet(long seed, double dropout) {
        NetSpec spec = new NetSpec(new int[] {4, 5, 1}, Activation.TANH, Activation.LINEAR,
                Loss.MSE, Init.LECUN, 0.01, dropout);
        return Network.build(spec, new Rng(seed));
    }

    private static void assertSameWeights(Network a, Network b) {
        double[][] pa = a.parameters();
        double[][] pb = b.parameters();
        for (int k = 0; k < pa.length; k++) {
            assertArrayEquals(pa[k], pb[k], "buffer " + k);
        }
    }

    /** The tutorial's loop by hand: for start in range(0, n, B), plain SGD, no shuffle. */
    private static void handRolledEpochs(Network net, Sets d, int batch, double lr, int epochs,
            boolean backwards) {
        int n = d.y.length;
        Sgd sgd = new Sgd();
        for (int e = 0; e < epochs; e++) {
            for (int s = 0; s < n; s += batch) {
                int start = backwards ? n - Math.min(s + batch, n) : s;
                int end = backwards ? n - s : Math.min(s + batch, n);
                double[] xb = Arrays.copyOfRange(d.x, start * 4, end * 4);
                double[] yb = Arrays.copyOfRange(d.y, start, end);
                net.forward(xb, end - start);
                net.backward(yb, Penalty.NONE);
                sgd.step(net.parameters(), net.gradients(), lr);
            }
        }
    }

    @Test
    void unshuffledSgdTakesBatchesInFileOrderWithAShortLastBatchThenWraps() {
        Sets d = Sets.linear(7, 0.1, new Rng(1));
        Network trained = smallNet(3, 0);
        Network byHand = trained.copy();
        Network reversed = trained.copy();
        Trainer t = new Trainer(trained, TrainSpec.of(0.1, 3).withShuffle(false), d.x, d.y);
        t.steps(3 * 2 + 1);
        handRolledEpochs(byHand, d, 3, 0.1, 2, false);
        // the seventh step is the first batch of the third epoch: rows 0..2 again
        Sets firstThree = Sets.of(Arrays.copyOf(d.x, 3 * 4), Arrays.copyOf(d.y, 3));
        handRolledEpochs(byHand, firstThree, 3, 0.1, 1, false);
        assertSameWeights(byHand, trained);
        handRolledEpochs(reversed, d, 3, 0.1, 2, true);
        assertFalse(Arrays.equals(reversed.layer(0).weights(), trained.layer(0).weights()),
                "the order of the batches matters in this case");
    }

    @Test
    void fullBatchIsOneStepOverAllRows() {
        Sets d = Sets.linear(20, 0.1, new Rng(2));
        for (int batch : new int[] {0, 20, 500}) {
            Network trained = smallNet(4, 0);
            Network byHand = trained.copy();
            Trainer t = new Trainer(trained, TrainSpec.of(0.05, batch), d.x, d.y);
            t.step();
            assertEquals(1, t.epochsDone());
            assertEquals(20, t.batchRows());
            byHand.forward(d.x, 20);
            double loss = byHand.backward(d.y, Penalty.NONE);
            new Sgd().step(byHand.parameters(), byHand.gradients(), 0.05);
            assertSameWeights(byHand, trained);
            assertEquals(loss, t.lastBatchLoss());
        }
    }

    @Test
    void aLongRunRecordsInBoundedMemoryAndKeepsItsLatestLosses() {
        // 10 rows in batches of 1: 300,000 steps, 30,000 epochs, far beyond the budget.
        Sets d = Sets.linear(10, 0.1, new Rng(3));
        Trainer t = new Trainer(smallNet(1, 0), TrainSpec.of(0.001, 1), d.x, d.y);
        t.epochs(30_000);
        History h = t.history();
        assertEquals(300_000, h.steps());
        assertEquals(30_000, h.epochs());
        assertTrue(h.batchLosses().length <= History.BUDGET);
        assertTrue(h.trainLosses().length <= History.BUDGET);
        assertEquals(t.trainLoss(), h.trainLoss(30_000));
        assertTrue(Double.isFinite(h.batchLoss(300_000)));
        assertEquals(h.trainLosses()[0], h.trainLoss(1), "the first epoch is always kept");
    }

    @Test
    void countersAdvanceByStepEpochAndExample() {
        Sets d = Sets.linear(10, 0.1, new Rng(3));
        Trainer t = new Trainer(smallNet(1, 0), TrainSpec.of(0.01, 4), d.x, d.y);
        assertEquals(4, t.batchSize());
        t.epoch();
        assertEquals(3, t.stepsTaken(), "4 + 4 + 2 rows");
        assertEquals(1, t.epochsDone());
        assertEquals(10, t.examplesSeen());
        t.steps(1);
        t.epoch();
        assertEquals(6, t.stepsTaken(), "epoch() finishes the epoch already begun");
        assertEquals(2, t.epochsDone());
        assertEquals(20, t.examplesSeen());
        assertEquals(6, t.history().steps());
        assertEquals(2, t.history().epochs());
        assertEquals(t.trainLoss(), t.history().trainLoss(2));
    }

    @Test
    void stochasticGradientDescentTakesOneStepPerRow() {
        Sets d = Sets.linear(9, 0.1, new Rng(3));
        Trainer t = new Trainer(smallNet(1, 0), TrainSpec.of(0.01, 1), d.x, d.y);
        t.epochs(2);
        assertEquals(18, t.stepsTaken());
        assertEquals(1, t.batchRows());
    }

    @Test
    void theSameSeedGivesIdenticalWeightsBitForBitAndAnotherSeedDoesNot() {
        Sets d = Sets.linear(50, 0.1, new Rng(5));
        TrainSpec spec = TrainSpec.of(0.01, 8).withOptimizer(OptimizerKind.ADAM).withSeed(9);
        Network a = smallNet(2, 0.3);
        Network b = smallNet(2, 0.3);
        Network c = smallNet(2, 0.3);
        new Trainer(a, spec, d.x, d.y).epochs(5);
        new Trainer(b, spec, d.x, d.y).epochs(5);
        new Trainer(c, spec.withSeed(10), d.x, d.y).epochs(5);
        assertSameWeights(a, b);
        assertFalse(Arrays.equals(a.layer(0).weights(), c.layer(0).weights()));
    }

    @Test
    void dropoutIsUsedInTrainingStepsButNotInEvaluation() {
        Sets d = Sets.linear(30, 0.1, new Rng(6));
        Network dropping = smallNet(7, 0.5);
        Network plain = smallNet(7, 0);
        assertSameWeights(dropping, plain);
        Trainer t = new Trainer(dropping, TrainSpec.of(0.01, 0), d.x, d.y);
        assertEquals(plain.loss(d.x, d.y, 30), t.trainLoss());
        Network before = dropping.copy();
        t.step();
        assertNotEquals(before.loss(d.x, d.y, 30), t.lastBatchLoss(),
                "the training pass dropped units, so its loss differs from the clean one");
        assertEquals(t.trainLoss(), t.trainLoss());
    }

    @Test
    void clippingCapsTheAppliedGradientAndReportsThePreClipNorm() {
        Sets d = Sets.linear(30, 0.1, new Rng(6));
        Network net = smallNet(7, 0);
        Trainer t = new Trainer(net, TrainSpec.of(0.01, 0).withClipNorm(1e-3), d.x, d.y);
        t.step();
        assertTrue(t.lastGradNorm() > 1e-3, "norm " + t.lastGradNorm());
        assertEquals(1e-3, GradClip.norm(net.gradients()), 1e-15);
    }

    @Test
    void eachStepUsesTheScheduledLearningRate() {
        Sets d = Sets.linear(10, 0.1, new Rng(6));
        Schedule s = Schedule.step(0.5, 2).withWarmup(1);
        Trainer t = new Trainer(smallNet(7, 0), TrainSpec.of(0.4, 5).withSchedule(s), d.x, d.y);
        double[] expected = {0.4, 0.4, 0.4, 0.2, 0.2, 0.1};
        for (double lr : expected) {
            t.step();
            assertEquals(lr, t.lastLearningRate());
        }
    }

    @Test
    void theHistoryRecordsEveryStepAndEpochAndTheBestEpoch() {
        Sets train = Sets.linear(40, 0.1, new Rng(8));
        Sets test = Sets.linear(20, 0.1, new Rng(9));
        Trainer t = new Trainer(smallNet(7, 0), TrainSpec.of(0.02, 10), train.x, train.y,
                test.x, test.y);
        t.epochs(5);
        History h = t.history();
        assertEquals(20, h.steps());
        assertEquals(5, h.epochs());
        assertEquals(t.testLoss(), h.testLoss(5));
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int e = 1; e <= 5; e++) {
            if (h.testLoss(e) < best) {
                best = h.testLoss(e);
                bestEpoch = e;
            }
        }
        assertEquals(bestEpoch, t.bestEpoch());
        assertEquals(20, h.batchLosses().length);
    }

    @Test
    void dataOfTheWrongShapeIsRejectedWithTheCounts() {
        Network net = smallNet(1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, TrainSpec.of(0.1, 1), new double[10], new double[2]));
        assertEquals("training inputs hold 10 values, not a whole number of rows of 4",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, TrainSpec.of(0.1, 1), new double[8], new double[3]));
        assertEquals("training targets hold 3 values; 2 rows need 2", e.getMessage());
    }

    @Test
    void aReluNetworkLearnsALinearRuleToWellBelowTheTargetVariance() {
        Rng rng = new Rng(11);
        Sets train = Sets.linear(800, 0.1, rng);
        Sets test = Sets.linear(200, 0.1, rng);
        Network net = Network.build(NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU,
                Loss.MSE, Init.HE), new Rng(12));
        Trainer t = new Trainer(net, TrainSpec.of(0.005, 64), train.x, train.y, test.x,
                test.y);
        double before = t.testLoss();
        t.epochs(100);
        // Var(y) = 5.01; noise alone leaves 0.01
        assertTrue(before > 2, "untrained loss " + before);
        assertTrue(t.testLoss() < 0.1, "test MSE " + t.testLoss());
        assertTrue(t.testMae() < 0.25, "test MAE " + t.testMae());
    }

    @Test
    void everyOptimizerReducesTheLossOfASmallRegression() {
        Sets d = Sets.linear(100, 0.1, new Rng(13));
        for (OptimizerKind kind : OptimizerKind.values()) {
            Network net = Network.build(NetSpec.of(new int[] {4, 8, 1}, Activation.TANH,
                    Loss.MSE, Init.LECUN), new Rng(14));
            double lr = kind == OptimizerKind.SGD || kind == OptimizerKind.MOMENTUM ? 0.01
                    : 0.005;
            Trainer t = new Trainer(net, TrainSpec.of(lr, 10).withOptimizer(kind), d.x, d.y);
            double before = t.trainLoss();
            t.epochs(30);
            assertTrue(t.trainLoss() < 0.1 * before, kind + ": " + before + " -> "
                    + t.trainLoss());
        }
    }

    @Test
    void aBinaryClassifierTrainedOnASplitReachesHighTestAccuracy() {
        Split split = Split.of(TwoD.GAUSSIAN.generate(200, 0, new Rng(15)), new Rng(16));
        Network net = Network.build(NetSpec.of(new int[] {2, 4, 1}, Activation.TANH, Loss.BCE,
                Init.LECUN), new Rng(17));
        Trainer t = Trainer.on(net, TrainSpec.of(0.1, 10), split);
        assertEquals(160, t.trainRows());
        assertEquals(40, t.testRows());
        t.epochs(20);
        assertTrue(t.testAccuracy() > 0.95, "accuracy " + t.testAccuracy());
        assertTrue(Double.isNaN(t.testMae()), "MAE is for regression");
    }

    @Test
    void theL2PenaltyAddsRateTimesWeightToEachWeightGradient() {
        Sets d = Sets.linear(10, 0.1, new Rng(18));
        Network plain = smallNet(19, 0);
        Network decayed = plain.copy();
        double[] w0 = plain.layer(0).weights().clone();
        new Trainer(plain, TrainSpec.of(0.1, 0), d.x, d.y).step();
        new Trainer(decayed, TrainSpec.of(0.1, 0).withPenalty(new Penalty(Penalty.Kind.L2,
                0.5)), d.x, d.y).step();
        double[] a = plain.layer(0).weights();
        double[] b = decayed.layer(0).weights();
        for (int i = 0; i < w0.length; i++) {
            assertEquals(-0.1 * 0.5 * w0[i], b[i] - a[i], 1e-15, "weight " + i);
        }
        assertArrayEquals(plain.layer(0).biases(), decayed.layer(0).biases(),
                "biases are not penalised");
    }

    @Test
    void theBatchBuffersShowTheRowsOfTheLastStep() {
        Sets d = Sets.linear(5, 0.1, new Rng(18));
        Trainer t = new Trainer(smallNet(1, 0), TrainSpec.of(0.1, 2).withShuffle(false), d.x,
                d.y);
        t.steps(3);
        assertEquals(1, t.batchRows(), "the third batch is row 4 alone");
        assertArrayEquals(Arrays.copyOfRange(d.x, 16, 20), Arrays.copyOf(t.batchInputs(), 4));
        assertEquals(d.y[4], t.batchTargets()[0]);
    }

    @Test
    void withoutTestDataEarlyStoppingWatchesTheTrainingLoss() {
        Sets d = Sets.linear(20, 0.1, new Rng(18));
        Trainer t = new Trainer(smallNet(1, 0), TrainSpec.of(0.05, 5).withPatience(3), d.x,
                d.y);
        t.epochs(10);
        History h = t.history();
        assertTrue(Double.isNaN(h.testLoss(1)));
        assertEquals(h.trainLoss(t.bestEpoch()), h.bestLoss());
    }
}
