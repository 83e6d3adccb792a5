package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.diag.NonFinite;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.Sgd;

class LabRunnerTest {
    @Test
    void theWatchDoesNotChangeTheRun() {
        Preset p = new DyingRelu().preset();
        Outcome watched = LabRunner.run(p, true, null);
        Outcome plain = LabRunner.run(p, false, null);
        assertEquals(java.util.Arrays.toString(watched.trainLoss()),
                java.util.Arrays.toString(plain.trainLoss()));
        assertEquals(java.util.Arrays.toString(watched.network().layer(1).weights()),
                java.util.Arrays.toString(plain.network().layer(1).weights()));
    }

    @Test
    void aBlowUpOnAnEpochEndingStepIsReportedAsAHandRolledLoopFindsIt() {
        // Full batch: every step ends an epoch, so the trainer's evaluation passes overwrite
        // the step's activations before the watch runs; the replay must recover them.
        Preset p = new NanExplosion().preset();
        p = p.withTraining(Specs.batchSize(p.training(), 0));
        NonFiniteReport viaRunner = LabRunner.run(p).nonFinite();
        assertNotNull(viaRunner);
        Dataset data = p.trainSet();
        Network net = Network.build(p.net(), new Rng(p.seed()));
        NonFinite probe = new NonFinite();
        NonFiniteReport byHand = null;
        for (long step = 1; byHand == null && step <= 1000; step++) {
            net.forward(data.x(), data.rows());
            double loss = net.backward(data.y(), p.training().penalty());
            new Sgd().step(net.parameters(), net.gradients(), p.training().learningRate());
            byHand = probe.check(step, net, data.x(), data.rows(), loss);
        }
        assertEquals(byHand.toString(), viaRunner.toString());
        assertEquals(byHand.index(), viaRunner.index());
    }
}
