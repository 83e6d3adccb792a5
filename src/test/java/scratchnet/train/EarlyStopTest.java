package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/**
 * Early stopping on a set built to overfit: 8 very noisy points of y = x, a 1-64-64-1 tanh
 * network and Adam, judged on 100 clean test points.
 */
class EarlyStopTest {
    private static Sets noisyLine(int n, double noise, Rng rng) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-1, 1);
            y[i] = x[i] + noise * rng.nextGaussian();
        }
        return Sets.of(x, y);
    }

    private static Network bigNet() {
        return Network.build(NetSpec.of(new int[] {1, 64, 64, 1}, Activation.TANH, Loss.MSE,
                Init.LECUN), new Rng(21));
    }

    @Test
    void stoppingRestoresTheBestEpochsWeightsExactly() {
        Rng rng = new Rng(20);
        Sets train = noisyLine(8, 0.5, rng);
        Sets test = noisyLine(100, 0, rng);
        TrainSpec spec = TrainSpec.of(0.01, 0).withOptimizer(OptimizerKind.ADAM)
                .withPatience(50);
        Trainer t = new Trainer(bigNet(), spec, train.x, train.y, test.x, test.y);
        t.epochs(5000);
        History h = t.history();
        assertTrue(t.stopped(), "training should have stopped");
        assertEquals(t.bestEpoch() + 50, t.epochsDone());
        assertTrue(h.testLoss(t.epochsDone()) > h.testLoss(t.bestEpoch()),
                "the test loss rose after the best epoch (overfitting)");
        assertTrue(h.trainLoss(t.epochsDone()) < h.trainLoss(t.bestEpoch()),
                "while the training loss kept falling");
        assertEquals(h.testLoss(t.bestEpoch()), t.testLoss(), "restored bit for bit");
        assertEquals(h.bestLoss(), t.testLoss());
        assertFalse(t.step(), "a stopped trainer takes no more steps");
    }

    @Test
    void theRestoredWeightsEqualARerunStoppedAtTheBestEpoch() {
        Rng rng = new Rng(20);
        Sets train = noisyLine(8, 0.5, rng);
        Sets test = noisyLine(100, 0, rng);
        TrainSpec spec = TrainSpec.of(0.01, 0).withOptimizer(OptimizerKind.ADAM);
        Trainer stopped = new Trainer(bigNet(), spec.withPatience(50), train.x, train.y,
                test.x, test.y);
        stopped.epochs(5000);
        Trainer rerun = new Trainer(bigNet(), spec, train.x, train.y, test.x, test.y);
        rerun.epochs(stopped.bestEpoch());
        double[][] a = stopped.network().parameters();
        double[][] b = rerun.network().parameters();
        for (int k = 0; k < a.length; k++) {
            assertArrayEquals(b[k], a[k]);
        }
    }

    @Test
    void withoutPatienceTrainingNeverStops() {
        Rng rng = new Rng(20);
        Sets train = noisyLine(8, 0.5, rng);
        Trainer t = new Trainer(bigNet(), TrainSpec.of(0.01, 0), train.x, train.y);
        t.epochs(300);
        assertFalse(t.stopped());
        assertEquals(300, t.epochsDone());
    }
}
