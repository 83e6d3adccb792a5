package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.Quantity;
import scratchnet.engine.Activation;

class HintTest {
    private static LayerNorms[] norms(double... grads) {
        LayerNorms[] n = new LayerNorms[grads.length];
        for (int l = 0; l < grads.length; l++) {
            n[l] = new LayerNorms(l, 1, grads[l], Double.NaN);
        }
        return n;
    }

    private static LayerActivity relu(int layer, int dead) {
        return new LayerActivity(layer, Activation.RELU, 10, 50, dead, dead, 0, 0.5, 1, null);
    }

    private static LayerActivity output(int layer) {
        return new LayerActivity(layer, Activation.LINEAR, 1, 50, 0, 0, 0, 0, 1, null);
    }

    @Test
    void aNonFiniteValueOutranksEverythingElse() {
        NonFiniteReport r = new NonFiniteReport(12, 1, Quantity.PRE_ACTIVATION, 3,
                Double.NaN, 11, 4.2, 7.0);
        Hint h = Hint.detect(r, norms(1e-6, 1e5), new LayerActivity[] {relu(0, 10), output(1)});
        assertEquals(Hint.Phenomenon.NON_FINITE, h.phenomenon());
        assertEquals("nan-explosion", h.lab().id());
        assertEquals(12, h.value());
        assertEquals(1, h.layer());
    }

    @Test
    void aGradientNormOfAThousandIsExploding() {
        assertEquals(Hint.Phenomenon.EXPLODING_GRADIENTS,
                Hint.detect(null, norms(1000, 1000), null).phenomenon());
        assertNull(Hint.detect(null, norms(999, 999), null));
    }

    @Test
    void halfAHiddenReluLayerDeadPointsToDyingRelu() {
        Hint h = Hint.detect(null, norms(1, 1, 1),
                new LayerActivity[] {relu(0, 4), relu(1, 5), output(2)});
        assertEquals(Hint.Phenomenon.DEAD_UNITS, h.phenomenon());
        assertEquals(LabId.DYING_RELU, h.lab());
        assertEquals(0.5, h.value());
        assertEquals(1, h.layer());
        assertNull(Hint.detect(null, null, new LayerActivity[] {relu(0, 4), output(1)}));
    }

    @Test
    void offLeakyUnitsAreNotReportedAsDead() {
        LayerActivity leaky = new LayerActivity(0, Activation.LEAKY_RELU, 10, 50, 9, 0, 0, 0, 1,
                null);
        assertNull(Hint.detect(null, null, new LayerActivity[] {leaky, output(1)}));
    }

    @Test
    void aHundredfoldDropFromLastToFirstLayerIsVanishing() {
        Hint h = Hint.detect(null, norms(0.001, 0.01, 0.1), null);
        assertEquals(Hint.Phenomenon.VANISHING_GRADIENTS, h.phenomenon());
        assertEquals(100, h.value(), 1e-9);
        assertNull(Hint.detect(null, norms(0.00101, 0.01, 0.1), null));
    }

    @Test
    void aMostlySaturatedSigmoidLayerPointsToVanishingGradients() {
        LayerActivity sat = new LayerActivity(0, Activation.SIGMOID, 10, 50, 0, 0, 6, 0.9, 0.1,
                null);
        Hint h = Hint.detect(null, norms(1, 1), new LayerActivity[] {sat, output(1)});
        assertEquals(Hint.Phenomenon.SATURATED_UNITS, h.phenomenon());
        assertEquals(LabId.VANISHING_GRADIENTS, h.lab());
    }

    @Test
    void testLossTenPercentAboveItsMinimumWhileTrainingFallsIsOverfitting() {
        double[] train = {1, 0.8, 0.6, 0.4, 0.2};
        Hint h = Hint.detectOverfitting(train, new double[] {1, 0.5, 0.5, 0.52, 0.55});
        assertEquals(Hint.Phenomenon.OVERFITTING, h.phenomenon());
        assertEquals(1.1, h.value(), 1e-12);
        assertNull(Hint.detectOverfitting(train, new double[] {1, 0.5, 0.5, 0.52, 0.54}));
        assertNull(Hint.detectOverfitting(train, new double[] {1, 0.9, 0.8, 0.7, 0.6}));
    }

    @Test
    void theLabPresetsTriggerTheirOwnHints() {
        Outcome dying = LabRunner.run(new DyingRelu().preset());
        assertEquals(LabId.DYING_RELU, Hint.detect(dying.nonFinite(), dying.endGradNorms(),
                dying.endActivity()).lab());
        Outcome vanishing = LabRunner.run(new VanishingGradients().preset());
        assertEquals(Hint.Phenomenon.VANISHING_GRADIENTS, Hint.detect(vanishing.nonFinite(),
                vanishing.endGradNorms(), vanishing.endActivity()).phenomenon());
        Outcome nan = LabRunner.run(new NanExplosion().preset());
        assertEquals(Hint.Phenomenon.NON_FINITE, Hint.detect(nan.nonFinite(), nan.endGradNorms(),
                nan.endActivity()).phenomenon());
        Outcome over = LabRunner.run(new Overfitting().preset());
        assertEquals(LabId.OVERFITTING,
                Hint.detectOverfitting(over.trainLoss(), over.testLoss()).lab());
        Outcome fine = LabRunner.run(new VanishingGradients().apply(Fix.RELU_HE));
        assertNull(Hint.detect(fine.nonFinite(), fine.endGradNorms(), fine.endActivity()));
    }
}
