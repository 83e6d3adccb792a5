package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

class CheckpointTest {
    private static Trainer trainer(OptimizerKind kind, double dropout, int patience) {
        Sets d = Sets.linear(10, 0.1, new Rng(4));
        NetSpec spec = new NetSpec(new int[] {4, 5, 3, 1}, Activation.TANH, Activation.LINEAR,
                Loss.MSE, Init.LECUN, 0.01, dropout);
        Network net = Network.build(spec, new Rng(9));
        TrainSpec t = TrainSpec.of(0.01, 3).withOptimizer(kind)
                .withPenalty(new Penalty(Penalty.Kind.L2, 0.001)).withClipNorm(5).withSeed(11);
        Sets test = Sets.linear(6, 0.1, new Rng(5));
        return new Trainer(net, t.withPatience(patience), d.x, d.y, test.x, test.y);
    }

    private static String bits(Trainer t) {
        StringBuilder out = new StringBuilder();
        for (double[] p : t.network().parameters()) {
            for (double v : p) {
                out.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ');
            }
        }
        return out.toString();
    }

    @Test
    void restoringACheckpointRepeatsTheSameStepsBitForBit() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Trainer t = trainer(kind, 0.2, 0);
            t.steps(8); // mid-epoch: 10 rows in batches of 3
            Trainer.Checkpoint c = t.checkpoint();
            t.steps(37);
            String first = bits(t);
            double[] firstLosses = t.history().batchLosses();
            long steps = t.stepsTaken();
            t.restore(c);
            assertEquals(8, t.stepsTaken());
            t.steps(37);
            assertEquals(first, bits(t), kind.name());
            assertArrayEquals(firstLosses, t.history().batchLosses(), kind.name());
            assertEquals(steps, t.stepsTaken());
            t.restore(c);
            t.steps(37);
            assertEquals(first, bits(t), kind + ", restored a second time");
        }
    }

    @Test
    void aCheckpointKeepsEarlyStoppingsBestWeightsAndCountdown() {
        Trainer t = trainer(OptimizerKind.ADAM, 0, 2);
        t.epochs(3);
        Trainer.Checkpoint c = t.checkpoint();
        t.epochs(200);
        String first = bits(t);
        int stoppedAt = t.epochsDone();
        t.restore(c);
        t.epochs(200);
        assertEquals(first, bits(t));
        assertEquals(stoppedAt, t.epochsDone());
    }
}
