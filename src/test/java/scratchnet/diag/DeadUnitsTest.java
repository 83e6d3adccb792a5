package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

class DeadUnitsTest {
    /** One input, {@code w.length} hidden units of {@code f}, one linear output. */
    private static Network hidden(Activation f, double[] w, double[] b) {
        double[] out = new double[w.length];
        java.util.Arrays.fill(out, 1);
        return Network.of(Loss.MSE, new int[] {1, w.length, 1},
                new Activation[] {f, Activation.LINEAR}, new double[][] {w, out},
                new double[][] {b, {0}}, 0.01);
    }

    @Test
    void aBiasOfMinusTenAndAUnitThatOnlyReachesZeroAreDeadOnThisSet() {
        // x ∈ {1, 2, 3}: unit 0 z = x − 10 < 0; unit 1 z = x > 0; unit 2 z = 1 − x ∈ {0, −1, −2}.
        Network net = hidden(Activation.RELU, new double[] {1, 1, -1}, new double[] {-10, 0, 1});
        LayerActivity a = new DeadUnits().evaluate(net, new double[] {1, 2, 3}, 3)[0];
        assertEquals(3, a.units());
        assertEquals(3, a.rows());
        assertEquals(2, a.dead());
        assertEquals(2, a.off());
        assertEquals(2.0 / 3, a.deadFraction(), 0);
    }

    /**
     * A reading spread over calls of any size (issue 16) gives what one read gives, bit for
     * bit: every count, the mean and the deviation of every layer, on a ReLU network with dead
     * units and a tanh network with saturated ones.
     */
    @Test
    void aReadingInSlicesOfAnySizeIsTheOneShotReading() {
        scratchnet.math.Rng rng = new scratchnet.math.Rng(4);
        int rows = 301;
        double[] x = new double[rows * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-4, 4);
        }
        for (Activation f : new Activation[] {Activation.RELU, Activation.TANH}) {
            Network net = Network.build(scratchnet.engine.NetSpec.of(new int[] {3, 16, 9, 1}, f,
                    Loss.MSE, scratchnet.engine.Init.HE), new scratchnet.math.Rng(7));
            net.layer(0).biases()[2] = -50; // a dead (ReLU) or saturated (tanh) unit
            net.forward(x, rows);
            LayerActivity[] once = new DeadUnits().read(net);
            assertTrue(f != Activation.RELU || once[0].dead() >= 1, "a dead unit");
            for (long slice : new long[] {1, 7, 16, 1000, 10_000}) {
                DeadUnits.Reading reading = new DeadUnits().reading(net);
                int calls = 0;
                while (!reading.advance(slice)) {
                    calls++;
                }
                assertTrue(calls > 0 || slice >= 10_000, "spread over calls at " + slice);
                assertEquals(2L * rows * (16 + 9 + 1), reading.read());
                LayerActivity[] paced = reading.result();
                for (int l = 0; l < once.length; l++) {
                    LayerActivity a = once[l];
                    LayerActivity b = paced[l];
                    String at = f + ", slice " + slice + ", layer " + l;
                    assertEquals(List.of(a.layer(), a.units(), a.rows(), a.off(), a.dead(),
                            a.saturated()), List.of(b.layer(), b.units(), b.rows(), b.off(),
                            b.dead(), b.saturated()), at);
                    assertEquals(Double.doubleToLongBits(a.activationMean()),
                            Double.doubleToLongBits(b.activationMean()), at);
                    assertEquals(Double.doubleToLongBits(a.activationStd()),
                            Double.doubleToLongBits(b.activationStd()), at);
                    assertArrayEquals(a.states(), b.states(), at);
                    assertArrayEquals(a.saturatedUnits(), b.saturatedUnits(), at);
                    assertArrayEquals(a.explodingUnits(), b.explodingUnits(), at);
                }
            }
        }
    }

    @Test
    void oneExampleWithPositiveZKeepsAUnitAlive() {
        Network net = hidden(Activation.RELU, new double[] {1}, new double[] {-2.5});
        assertEquals(1, new DeadUnits().evaluate(net, new double[] {1, 2, 2.5}, 3)[0].dead());
        assertEquals(0, new DeadUnits().evaluate(net, new double[] {1, 2, 2.6}, 3)[0].dead());
    }

    @Test
    void leakyReluUnitsAreCountedAsOffButNeverDead() {
        Network net = hidden(Activation.LEAKY_RELU, new double[] {1, 1, -1},
                new double[] {-10, 0, 1});
        LayerActivity a = new DeadUnits().evaluate(net, new double[] {1, 2, 3}, 3)[0];
        assertEquals(2, a.off());
        assertEquals(0, a.dead());
        assertEquals(0.0, a.deadFraction());
    }

    @Test
    void aUnitIsSilentOnARowUnlessItsZIsPositiveNaNAndMinusInfinityIncluded() {
        assertTrue(UnitState.silent(0));
        assertTrue(UnitState.silent(-0.0));
        assertTrue(UnitState.silent(Double.NaN));
        assertTrue(UnitState.silent(Double.NEGATIVE_INFINITY));
        assertFalse(UnitState.silent(Double.POSITIVE_INFINITY));
        assertFalse(UnitState.silent(Double.MIN_VALUE));
    }

    @Test
    void nanAndInfiniteZAreClassifiedByTheOneDefinition() {
        // x ∈ {NaN, +∞, −∞} through weight 1, bias 0: z = x. Unit 0 sees all three rows.
        Network relu = hidden(Activation.RELU, new double[] {1, -1}, new double[] {0, 0});
        double[] onlyNaN = {Double.NaN};
        LayerActivity a = new DeadUnits().evaluate(relu, onlyNaN, 1)[0];
        assertEquals(UnitState.DEAD, a.state(0), "NaN z passes no gradient: dead");
        assertEquals(UnitState.DEAD, a.state(1));
        double[] infinities = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        a = new DeadUnits().evaluate(relu, infinities, 2)[0];
        assertEquals(UnitState.ALIVE, a.state(0), "+∞ on one row keeps unit 0 alive");
        assertEquals(UnitState.ALIVE, a.state(1), "−(−∞) = +∞ keeps unit 1 alive");
        a = new DeadUnits().evaluate(relu, new double[] {Double.NEGATIVE_INFINITY}, 1)[0];
        assertEquals(UnitState.DEAD, a.state(0));
        assertEquals(UnitState.ALIVE, a.state(1));
        Network leaky = hidden(Activation.LEAKY_RELU, new double[] {1, -1}, new double[] {0, 0});
        a = new DeadUnits().evaluate(leaky, onlyNaN, 1)[0];
        assertEquals(UnitState.OFF, a.state(0));
        assertEquals(1.0, a.silentShare());
        Network tanh = hidden(Activation.TANH, new double[] {1, -1}, new double[] {0, 0});
        assertEquals(UnitState.ALIVE, new DeadUnits().evaluate(tanh, onlyNaN, 1)[0].state(0));
    }

    @Test
    void aSetWithNoRowsHasNoDeadUnits() {
        assertEquals(UnitState.ALIVE, UnitState.of(Activation.RELU, 0, 0));
        assertEquals(UnitState.DEAD, UnitState.of(Activation.RELU, 3, 3));
        assertEquals(UnitState.OFF, UnitState.of(Activation.LEAKY_RELU, 3, 3));
        assertEquals(UnitState.ALIVE, UnitState.of(Activation.SIGMOID, 3, 3));
    }

    @Test
    void sigmoidUnitsBeyondFourOnNineteenOfTwentyRowsAreSaturated() {
        // 18 rows x = 1, one x = 0.5, one x = 0.1; weights (10, 5, 1, −10, 0.4):
        // unit 0 |z| = 10, 5, 1 → 19/20 beyond 4: saturated (exactly 95 %)
        // unit 1 |z| = 5, 2.5, 0.5 → 18/20: not; unit 2 |z| ≤ 1: not
        // unit 3 mirrors unit 0: saturated; unit 4 z = 4 exactly on 18 rows: not beyond 4.
        double[] x = new double[20];
        java.util.Arrays.fill(x, 1);
        x[5] = 0.5;
        x[12] = 0.1;
        Network net = hidden(Activation.SIGMOID, new double[] {10, 5, 1, -10, 4},
                new double[5]);
        LayerActivity a = new DeadUnits().evaluate(net, x, 20)[0];
        assertEquals(2, a.saturated());
        assertEquals(0.4, a.saturatedFraction(), 0);
        assertEquals(0, a.dead());
        // per unit: exactly units 0 and 3, code 3 for the diagrams, 0 for the others
        int[] codes = new int[5];
        for (int j = 0; j < 5; j++) {
            codes[j] = a.code(j);
            assertEquals(j == 0 || j == 3, a.isSaturated(j));
        }
        assertArrayEquals(new int[] {3, 0, 0, 3, 0}, codes);
    }

    @Test
    void tanhUnitsSaturateBeyondTwo() {
        // x ∈ {1, 1, 1, 1}: z = 2.5, −3, 2, 1 → units 0 and 1 saturated; z = 2 is not beyond 2.
        Network net = hidden(Activation.TANH, new double[] {2.5, -3, 2, 1}, new double[4]);
        LayerActivity a = new DeadUnits().evaluate(net, new double[] {1, 1, 1, 1}, 4)[0];
        assertEquals(2, a.saturated());
        assertArrayEquals(new int[] {3, 3, 0, 0},
                new int[] {a.code(0), a.code(1), a.code(2), a.code(3)});
    }

    @Test
    void activationMeanAndStdAreTakenOverAllRowsAndUnits() {
        // ReLU outputs for x ∈ {1, 3}, w = (1, −1), b = 0: row 1 (1, 0), row 2 (3, 0).
        // mean = 1, deviations 0, −1, 2, −1 → variance 6/4, std √1.5.
        Network net = hidden(Activation.RELU, new double[] {1, -1}, new double[2]);
        LayerActivity a = new DeadUnits().evaluate(net, new double[] {1, 3}, 2)[0];
        assertEquals(1.0, a.activationMean(), 1e-15);
        assertEquals(Math.sqrt(1.5), a.activationStd(), 1e-15);
        assertEquals(1, a.dead());
    }

    @Test
    void readUsesTheLastForwardPassAndEveryLayerGetsARecord() {
        Network net = hidden(Activation.RELU, new double[] {1, 1, -1}, new double[] {-10, 0, 1});
        net.forward(new double[] {1, 2, 3}, 3);
        LayerActivity[] all = new DeadUnits().read(net);
        assertEquals(2, all.length);
        assertEquals(2, all[0].dead());
        assertEquals(Activation.LINEAR, all[1].activation());
        assertEquals(0, all[1].dead());
        assertEquals(0, all[1].saturated());
    }

    @Test
    void aUnitExplodesWhenItsZPassesTenThousandOrIsNotANumberOnAnyRow() {
        // x ∈ {1, 2, 3}. Unit 0: z = 5000x reaches 15 000 on the last row only. Unit 1:
        // z = 3333x stays at 9 999. Unit 2: z = −5000x is silent and exploding: exploding wins.
        Network net = hidden(Activation.RELU, new double[] {5000, 3333, -5000},
                new double[] {0, 0, 0});
        LayerActivity a = new DeadUnits().evaluate(net, new double[] {1, 2, 3}, 3)[0];
        assertTrue(a.isExploding(0));
        assertFalse(a.isExploding(1));
        assertTrue(a.isExploding(2));
        assertEquals(2, a.exploding());
        assertEquals(LayerActivity.EXPLODING_CODE, a.code(0));
        assertEquals(LayerActivity.ALIVE_CODE, a.code(1));
        assertEquals(LayerActivity.EXPLODING_CODE, a.code(2));
        assertEquals(UnitState.DEAD, a.state(2), "still dead by UnitState's own rule");

        Network nan = hidden(Activation.TANH, new double[] {Double.NaN, 1}, new double[] {0, 0});
        LayerActivity b = new DeadUnits().evaluate(nan, new double[] {1, 2, 3}, 3)[0];
        assertArrayEquals(new boolean[] {true, false}, b.explodingUnits());
    }
}
