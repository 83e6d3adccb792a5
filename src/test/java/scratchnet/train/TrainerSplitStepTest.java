package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/** A step in two halves, and training without per-epoch evaluation. */
class TrainerSplitStepTest {
    private static Network smallNet(long seed) {
        return Network.build(NetSpec.of(new int[] {4, 5, 1}, Activation.TANH, Loss.MSE,
                Init.LECUN), new Rng(seed));
    }

    private static double[][] copy(double[][] buffers) {
        double[][] out = new double[buffers.length][];
        for (int k = 0; k < buffers.length; k++) {
            out[k] = buffers[k].clone();
        }
        return out;
    }

    @Test
    void theGradientsAreThereBeforeTheWeightsMoveAndTheUpdateUsesThemClipped() {
        Sets d = Sets.linear(20, 0.1, new Rng(1));
        Network net = smallNet(2);
        double lr = 0.1;
        double limit = 1e-3;
        Trainer t = new Trainer(net, TrainSpec.of(lr, 5).withClipNorm(limit), d.x, d.y);
        double[][] start = copy(net.parameters());
        assertTrue(t.computeGradients());
        for (int k = 0; k < start.length; k++) {
            assertArrayEquals(start[k], net.parameters()[k], "no weight moved yet, buffer " + k);
        }
        assertEquals(0, t.stepsTaken());
        double[][] g = copy(net.gradients());
        double norm = GradClip.norm(g);
        assertTrue(norm > limit, "unclipped norm " + norm);
        t.applyUpdate();
        assertEquals(1, t.stepsTaken());
        assertEquals(norm, t.lastGradNorm());
        double scale = limit / norm;
        for (int k = 0; k < start.length; k++) {
            for (int i = 0; i < start[k].length; i++) {
                assertEquals(start[k][i] - lr * (g[k][i] * scale), net.parameters()[k][i], 1e-15);
            }
        }
    }

    @Test
    void twoHalvesMakeTheSameStepAsStep() {
        Sets d = Sets.linear(20, 0.1, new Rng(1));
        Network whole = smallNet(2);
        Network halves = whole.copy();
        Trainer a = new Trainer(whole, TrainSpec.of(0.05, 3), d.x, d.y);
        Trainer b = new Trainer(halves, TrainSpec.of(0.05, 3), d.x, d.y);
        for (int s = 0; s < 17; s++) {
            a.step();
            b.computeGradients();
            b.applyUpdate();
        }
        for (int k = 0; k < whole.parameters().length; k++) {
            assertArrayEquals(whole.parameters()[k], halves.parameters()[k]);
        }
        assertEquals(a.epochsDone(), b.epochsDone());
        assertArrayEquals(a.history().trainLosses(), b.history().trainLosses());
    }

    @Test
    void theHalvesMustAlternate() {
        Sets d = Sets.linear(20, 0.1, new Rng(1));
        Trainer t = new Trainer(smallNet(2), TrainSpec.of(0.05, 3), d.x, d.y);
        assertThrows(IllegalStateException.class, t::applyUpdate);
        t.computeGradients();
        assertThrows(IllegalStateException.class, t::computeGradients);
        assertThrows(IllegalStateException.class, t::step);
    }

    @Test
    void withoutEpochEvaluationEpochsAreCountedButNothingIsRecordedPerEpoch() {
        Sets d = Sets.linear(20, 0.1, new Rng(1));
        Network evaluated = smallNet(2);
        Network quiet = evaluated.copy();
        Trainer a = new Trainer(evaluated, TrainSpec.of(0.05, 6), d.x, d.y);
        Trainer b = new Trainer(quiet, TrainSpec.of(0.05, 6), d.x, d.y, null, null, false);
        a.epochs(3);
        b.epochs(3);
        assertEquals(3, b.epochsDone());
        assertEquals(12, b.stepsTaken());
        assertEquals(0, b.history().epochs());
        assertEquals(12, b.history().steps());
        assertEquals(0, b.bestEpoch());
        assertEquals(3, a.history().epochs());
        for (int k = 0; k < evaluated.parameters().length; k++) {
            assertArrayEquals(evaluated.parameters()[k], quiet.parameters()[k],
                    "evaluating changes no weight");
        }
    }

    @Test
    void earlyStoppingNeedsEpochEvaluation() {
        Sets d = Sets.linear(20, 0.1, new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(smallNet(2), TrainSpec.of(0.05, 6).withPatience(2), d.x, d.y,
                        null, null, false));
        assertTrue(e.getMessage().contains("patience"), e.getMessage());
    }
}
