package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;

class DyingReluTest {
    private final DyingRelu lab = new DyingRelu();

    @Test
    void thePresetKillsMoreThanHalfOfAHiddenLayer() {
        Outcome o = LabRunner.run(lab.preset());
        Symptom s = lab.symptom(o);
        assertTrue(s.present());
        assertEquals(9.0 / 16, s.value(), 0); // 9 of the 16 units of hidden layer 1
        assertEquals(1, s.layer());
        assertEquals(2, o.startActivity()[1].dead(), "only 2 were dead before training");
    }

    @Test
    void deadUnitsReceiveExactlyZeroGradientOnTheWholeTrainingSet() {
        Preset p = lab.preset();
        Network net = LabRunner.run(p).network();
        Dataset data = p.trainSet();
        Network probe = net.copy();
        probe.forward(data.x(), data.rows());
        probe.backward(data.y(), p.training().penalty());
        int dead = 0;
        for (int l = 0; l < probe.depth() - 1; l++) {
            Dense d = probe.layer(l);
            for (int j = 0; j < d.outputs(); j++) {
                if (alwaysOff(d, j)) {
                    dead++;
                    assertEquals(0.0, d.biasGrads()[j]);
                    for (int i = 0; i < d.inputs(); i++) {
                        assertEquals(0.0, d.weightGrads()[i * d.outputs() + j]);
                    }
                }
            }
        }
        assertEquals(9 + 7, dead); // layers 1 and 2 lose 9 and 7 units
    }

    private static boolean alwaysOff(Dense d, int unit) {
        for (int r = 0; r < d.rows(); r++) {
            if (d.preActivations()[r * d.outputs() + unit] > 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void leakyReluLeavesAtMostOneUnitInTenOffAndTheyAreNotDead() {
        Outcome o = LabRunner.run(lab.apply(Fix.LEAKY_RELU));
        Symptom s = lab.symptom(o);
        assertFalse(s.present());
        assertTrue(s.value() <= 0.1, "off share " + s.value());
        assertEquals(1.0 / 16, s.value(), 0);
        for (var a : o.endActivity()) {
            assertEquals(0, a.dead());
        }
    }

    @Test
    void aTenTimesLowerRateKeepsMostUnitsAlive() {
        Symptom s = lab.symptom(LabRunner.run(lab.apply(Fix.LOWER_LEARNING_RATE)));
        assertFalse(s.present());
        assertEquals(2.0 / 16, s.value(), 0);
    }

    @Test
    void theSameSeedGivesTheSameRunBitForBit() {
        Outcome a = LabRunner.run(lab.preset());
        Outcome b = LabRunner.run(lab.preset());
        assertEquals(java.util.Arrays.toString(a.trainLoss()),
                java.util.Arrays.toString(b.trainLoss()));
    }
}
