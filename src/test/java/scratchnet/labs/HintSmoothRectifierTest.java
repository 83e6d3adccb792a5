package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.LayerActivity;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

/** Hints about dead and saturated ELU, GELU, SiLU and softplus layers, named as such. */
class HintSmoothRectifierTest {
    /** One input, four hidden units of {@code f} with biases {@code b}, one linear output. */
    private static LayerActivity[] read(Activation f, double[] b) {
        Network net = Network.of(Loss.MSE, new int[] {1, 4, 1},
                new Activation[] {f, Activation.LINEAR},
                new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}}, new double[][] {b, {0}}, 0.01);
        return new DeadUnits().evaluate(net, new double[] {-1, 0, 1}, 3);
    }

    @Test
    void aDeadEluLayerIsPointedOutAndNamed() {
        // z = b + x, x ∈ {−1, 0, 1}: units 0 to 2 below −14 on every row, unit 3 healthy
        Hint h = Hint.detect(null, null, read(Activation.ELU, new double[] {-20, -20, -16, 0}));
        assertEquals(Hint.Phenomenon.DEAD_UNITS, h.phenomenon());
        assertEquals(LabId.DYING_RELU, h.lab());
        assertEquals(0.75, h.value());
        assertEquals(Activation.ELU, h.activation());
        assertEquals("75 % of the ELU units in layer 1 are dead (greyed in the diagram): z is below"
                + " −14 for every training point, where the slope is under a millionth, so"
                + " practically no gradient reaches them. Try leaky ReLU, He initialisation or a"
                + " lower rate.", h.sentence(""));
    }

    @Test
    void deadGeluSiluAndSoftplusLayersAreNamed() {
        assertTrue(Hint.detect(null, null, read(Activation.GELU, new double[] {-9, -9, -9, 0}))
                .sentence("").startsWith("75 % of the GELU units in layer 1 are dead"));
        assertTrue(Hint.detect(null, null, read(Activation.SILU, new double[] {-20, -20, 0, 0}))
                .sentence("").startsWith("50 % of the SiLU (Swish) units in layer 1 are dead"));
        assertTrue(Hint.detect(null, null, read(Activation.SOFTPLUS,
                new double[] {-20, -20, 0, 0})).sentence("").contains("below −14 for every"));
    }

    @Test
    void aSaturatedSoftplusLayerIsPointedOutAndNamed() {
        // z ∈ b + {−1, 0, 1}: units 0 to 2 at −6 .. −4, below −2.6 everywhere, not dead
        Hint h = Hint.detect(null, null,
                read(Activation.SOFTPLUS, new double[] {-5, -5, -5, 0}));
        assertEquals(Hint.Phenomenon.SATURATED_UNITS, h.phenomenon());
        assertEquals(LabId.VANISHING_GRADIENTS, h.lab());
        assertEquals(Activation.SOFTPLUS, h.activation());
        assertEquals("75 % of the softplus units in layer 1 are saturated (z below −2.6 on at"
                + " least 95 % of the training points, where the slope is under 0.0707) and"
                + " learning is stuck. Try smaller initial weights, a lower rate or leaky ReLU.",
                h.sentence(""));
    }

    @Test
    void healthyLayersOfEachGiveNoHint() {
        for (Activation f : new Activation[] {Activation.ELU, Activation.GELU, Activation.SILU,
            Activation.SOFTPLUS}) {
            assertNull(Hint.detect(null, null, read(f, new double[] {0.5, -0.5, 0, 1})),
                    f.name());
        }
    }

    @Test
    void reluSigmoidAndTanhKeepTheirSentences() {
        Hint relu = Hint.detect(null, null, read(Activation.RELU, new double[] {-5, -5, 0, 0}));
        assertTrue(relu.sentence("").startsWith("50 % of the ReLU units in layer 1 are dead"));
        Hint tanh = Hint.detect(null, null, read(Activation.TANH, new double[] {-5, -5, 5, 0}));
        assertTrue(tanh.sentence("").startsWith("75 % of the units in layer 1 are saturated"
                + " (stuck near their limits"), tanh.sentence(""));
        assertNull(new Hint(Hint.Phenomenon.DEAD_UNITS, LabId.DYING_RELU, 0.5, 0.5, 0)
                .activation());
    }
}
