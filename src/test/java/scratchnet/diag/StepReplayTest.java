package scratchnet.diag;

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
import scratchnet.train.Sgd;

class StepReplayTest {
    @Test
    void theReplayReproducesTheStepsLossPreActivationsAndGradientsAfterAnEvaluationPass() {
        Network net = Network.build(NetSpec.of(new int[] {2, 4, 1}, Activation.TANH, Loss.MSE,
                Init.LECUN), new Rng(3));
        double[] x = {0.5, -1, 2, 0.25, -0.75, 1.5};
        double[] y = {1, -1, 0.5};
        Penalty l2 = new Penalty(Penalty.Kind.L2, 0.01);
        StepReplay replay = new StepReplay();
        replay.before(net);
        net.forward(x, 3);
        double loss = net.backward(y, l2);
        double[] z = java.util.Arrays.copyOf(net.layer(0).preActivations(), 12);
        double[] dW = net.layer(0).weightGrads().clone();
        new Sgd().step(net.parameters(), net.gradients(), 0.1);
        net.forward(new double[] {9, 9}, 1); // an evaluation pass overwrites z
        assertEquals(loss, replay.replay(x, y, 3, l2), 0);
        assertArrayEquals(z, java.util.Arrays.copyOf(replay.network().layer(0).preActivations(),
                12), 0);
        assertArrayEquals(dW, replay.network().layer(0).weightGrads(), 0);
    }
}
