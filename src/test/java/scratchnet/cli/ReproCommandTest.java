package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;

class ReproCommandTest {
    @Test
    void theNeuronGives1354NotTheTutorials1374() {
        TutorialRuns.Neuron n = TutorialRuns.neuron();
        assertEquals(13.54, n.z(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-13.54)), n.sigmoid(), 1e-15);
        assertEquals(n.z(), n.relu());
    }

    @Test
    void derivativesPassExceptAtReluKink() {
        assertTrue(TutorialRuns.derivativeCheck(Activation.SIGMOID).maxError() < 1e-9);
        assertTrue(TutorialRuns.derivativeCheck(Activation.TANH).maxError() < 1e-9);
        TutorialRuns.DerivativeCheck relu = TutorialRuns.derivativeCheck(Activation.RELU);
        assertEquals(0.5, relu.maxError(), 1e-9);
        assertTrue(relu.maxErrorAwayFromZero() < 1e-9);
    }

    @Test
    void tutorialNetworkHas81Parameters() {
        assertEquals(81, TutorialRuns.parameterCount());
    }

    @Test
    void backpropAgreesWithFiniteDifferences() {
        for (long seed = 1; seed <= 5; seed++) {
            for (TutorialRuns.GradCheck g : TutorialRuns.gradientCheck(seed)) {
                assertTrue(g.relError() < 1e-4, g.toString());
            }
        }
    }

    @Test
    void deliveryNetworkBeatsTheMeanBaselineByFar() {
        TutorialRuns.Regression r = TutorialRuns.delivery(42, 200);
        assertEquals(1600, r.trainRows());
        assertEquals(400, r.testRows());
        // Noise is N(0, 4): even a perfect model has MAE near 4·sqrt(2/pi) = 3.19 minutes.
        assertTrue(r.testMae() < 0.5 * r.baselineMae(), r.toString());
        assertTrue(r.testMae() > 2.5 && r.testMae() < 5, r.toString());
        assertTrue(r.trainMse()[199] < r.trainMse()[0], r.toString());
    }

    @Test
    void atEqualEpochsFullBatchLagsBehindSmallerBatches() {
        TutorialRuns.Variant[] v = TutorialRuns.variants(42, 20, 0.005);
        assertEquals(1600, v[0].batch());
        assertEquals(20, v[0].steps());
        assertEquals(1, v[1].batch());
        assertEquals(32000, v[1].steps());
        assertEquals(64, v[2].batch());
        assertEquals(500, v[2].steps());
        assertTrue(v[2].trainMse() < v[0].trainMse() && v[1].trainMse() < v[0].trainMse());
    }

    @Test
    void printsEverySectionBesideTheTutorialsFigures() {
        Run r = Run.of("repro", "--epochs", "50", "--compare-epochs", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.contains("\n   z = w.x + b          13.54            13.74 (slip: 3.64 + "
                + "1.6 + 8.8 - 0.5 = 13.54)\n"), out);
        assertTrue(out.contains("\n   relu                 5.00e-01 FAIL    < 1e-4 ok\n"), out);
        assertTrue(out.contains("\n   total                81               81\n"), out);
        assertTrue(out.contains("\n   epoch 50 train MSE   "), out);
        assertTrue(out.contains("\n   test MAE             "), out);
        assertTrue(out.contains("\n   baseline MAE         "), out);
        assertTrue(out.contains("\n   mini-batch      64       50 "), out);
    }

    @Test
    void badOptionsAreUserErrors() {
        assertEquals("scratchnet repro: unknown option --fast (see: scratchnet repro --help)",
                Run.of("repro", "--fast").userError());
        assertEquals("scratchnet repro: --epochs must be between 1 and 100000, not 0 (see: "
                + "scratchnet repro --help)", Run.of("repro", "--epochs", "0")
                        .userError());
        Run help = Run.of("repro", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("usage: scratchnet repro"));
    }
}
