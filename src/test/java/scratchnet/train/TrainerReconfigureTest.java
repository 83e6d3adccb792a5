package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/** Changing a trainer's settings mid-run. */
class TrainerReconfigureTest {
    private static Network smallNet(long seed) {
        return Network.build(NetSpec.of(new int[] {4, 5, 1}, Activation.TANH, Loss.MSE,
                Init.LECUN), new Rng(seed));
    }

    private static boolean sameWeights(Network a, Network b) {
        for (int k = 0; k < a.parameters().length; k++) {
            if (!Arrays.equals(a.parameters()[k], b.parameters()[k])) {
                return false;
            }
        }
        return true;
    }

    @Test
    void reconfiguringKeepsAdamsMomentsAndTheCounters() {
        Sets d = Sets.linear(30, 0.1, new Rng(3));
        TrainSpec spec = TrainSpec.of(0.01, 5).withOptimizer(OptimizerKind.ADAM);
        Network straight = smallNet(4);
        Network kept = straight.copy();
        Network restarted = straight.copy();
        new Trainer(straight, spec, d.x, d.y).steps(8);

        // A clip norm far above any gradient norm changes no number, so only the optimizer's
        // state can make the runs differ.
        Trainer k = new Trainer(kept, spec, d.x, d.y);
        k.steps(4);
        k.reconfigure(spec.withClipNorm(1e9));
        k.steps(4);
        assertEquals(8, k.stepsTaken());
        assertEquals(8, k.history().steps());
        assertEquals(1, k.epochsDone());
        assertEquals(1e9, k.spec().clipNorm());

        Trainer r = new Trainer(restarted, spec, d.x, d.y);
        r.steps(4);
        r.reconfigure(spec.withOptimizer(OptimizerKind.SGD));
        r.reconfigure(spec);
        r.steps(4);

        assertTrue(sameWeights(straight, kept), "the kept Adam state continues the run");
        assertFalse(sameWeights(straight, restarted), "a new optimizer kind starts afresh");
    }

    @Test
    void aNewBatchSizeTakesTheRestOfThePassInBatchesOfTheNewSize() {
        Sets d = Sets.linear(10, 0.1, new Rng(5));
        TrainSpec spec = TrainSpec.of(0.01, 3).withShuffle(false);
        Trainer t = new Trainer(smallNet(6), spec, d.x, d.y);
        t.steps(2); // rows 0-2, 3-5
        t.reconfigure(spec.withBatchSize(2));
        assertEquals(2, t.batchSize());
        t.step(); // rows 6-7
        assertEquals(0, t.epochsDone());
        t.step(); // rows 8-9: the pass ends
        assertEquals(1, t.epochsDone());
        assertEquals(2, t.batchRows());
        assertArrayEquals(Arrays.copyOfRange(d.x, 32, 40), Arrays.copyOf(t.batchInputs(), 8));
        t.reconfigure(spec.withBatchSize(7)); // larger than the buffers were made for
        t.step(); // rows 0-6
        assertEquals(7, t.batchRows());
        assertArrayEquals(Arrays.copyOfRange(d.x, 0, 28), Arrays.copyOf(t.batchInputs(), 28));
        assertArrayEquals(Arrays.copyOfRange(d.y, 0, 7), Arrays.copyOf(t.batchTargets(), 7));
        t.step(); // rows 7-9, short
        assertEquals(3, t.batchRows());
        assertEquals(2, t.epochsDone());
        assertEquals(6, t.stepsTaken());
        assertEquals(3 + 3 + 2 + 2 + 7 + 3, t.examplesSeen());
        t.reconfigure(spec.withBatchSize(0));
        assertEquals(10, t.batchSize());
    }

    @Test
    void theSeedAndThePatienceAreFixed() {
        Sets d = Sets.linear(10, 0.1, new Rng(5));
        TrainSpec spec = TrainSpec.of(0.01, 3);
        Trainer t = new Trainer(smallNet(6), spec, d.x, d.y);
        assertThrows(IllegalArgumentException.class, () -> t.reconfigure(spec.withSeed(7)));
        assertThrows(IllegalArgumentException.class, () -> t.reconfigure(spec.withPatience(2)));
        assertEquals(spec, t.spec());
    }
}
