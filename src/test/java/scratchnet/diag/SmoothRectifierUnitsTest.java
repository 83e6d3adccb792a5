package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

/**
 * Dead and saturated units of the smooth rectifiers (ELU, GELU, SiLU, softplus): the edges
 * checked against the engine's own derivative, and exact classifications of small networks
 * pushed into their flat left tails.
 */
class SmoothRectifierUnitsTest {
    private static final Activation[] SMOOTH = {
        Activation.ELU, Activation.GELU, Activation.SILU, Activation.SOFTPLUS};
    /** The slope under which a row counts as saturated: tanh′(2), 7.1 % of 1. */
    private static final double FLAT = 1 - Math.tanh(2) * Math.tanh(2);
    /** The slope under which a row counts towards dead. */
    private static final double DEAD = 1e-6;

    /** One input, {@code w.length} hidden units of {@code f}, one linear output. */
    private static Network hidden(Activation f, double[] w, double[] b) {
        double[] out = new double[w.length];
        java.util.Arrays.fill(out, 1);
        return Network.of(Loss.MSE, new int[] {1, w.length, 1},
                new Activation[] {f, Activation.LINEAR}, new double[][] {w, out},
                new double[][] {b, {0}}, 0.01);
    }

    @Test
    void theEdgesHoldAgainstTheEnginesDerivativeAndAreTightToAThirdOfAUnit() {
        assertEquals(0.0707, FLAT, 5e-5);
        for (Activation f : SMOOTH) {
            double sat = DeadUnits.saturatedBelow(f);
            double dead = UnitState.deadBelow(f);
            assertTrue(dead < sat, f.name());
            for (double z = sat; z > -800; z -= 1e-3) {
                assertTrue(Math.abs(f.derivative(z, 0)) < FLAT, f + " saturated at " + z);
                if (z <= dead) {
                    assertTrue(Math.abs(f.derivative(z, 0)) < DEAD, f + " dead at " + z);
                }
            }
            if (f == Activation.ELU || f == Activation.SOFTPLUS) {
                assertEquals(0.0, f.derivative(Double.NEGATIVE_INFINITY, 0), 0, f.name());
            } // GELU and SiLU take 0·∞ there: NaN, a unit the exploding mark already covers
            // rounded outwards by less than 0.3: just right of each edge the slope is larger
            assertTrue(Math.abs(f.derivative(sat + 0.3, 0)) > FLAT, f.name());
            assertTrue(Math.abs(f.derivative(dead + 0.3, 0)) > DEAD, f.name());
        }
        assertEquals(Double.NEGATIVE_INFINITY, DeadUnits.saturatedBelow(Activation.TANH));
        assertEquals(Double.NEGATIVE_INFINITY, UnitState.deadBelow(Activation.RELU));
    }

    @Test
    void unitsPushedLeftAreDeadOrSaturatedExactlyAtTheEdges() {
        // 19 rows x = 0 and one x = 1, so z = b on 19 rows and w + b on the last.
        double[] x = new double[20];
        x[19] = 1;
        for (Activation f : SMOOTH) {
            double dead = UnitState.deadBelow(f);
            double sat = DeadUnits.saturatedBelow(f);
            // unit 0: z = dead − 2, dead − 1: dead on every row
            // unit 1: z = dead − 2 on 19 rows, dead + 1 on one: not dead, saturated on 95 %
            // unit 2: z = sat exactly on 19 rows (not below it), sat + 1: nothing
            // unit 3: z = 0, 1: healthy
            // unit 4: z = dead exactly on 19 rows (not below it), dead + 1: saturated, not dead
            Network net = hidden(f, new double[] {1, 3, 1, 1, 1},
                    new double[] {dead - 2, dead - 2, sat, 0, dead});
            LayerActivity a = new DeadUnits().evaluate(net, x, 20)[0];
            String name = f.name();
            assertArrayEquals(new UnitState[] {UnitState.DEAD, UnitState.ALIVE,
                UnitState.ALIVE, UnitState.ALIVE, UnitState.ALIVE}, a.states(), name);
            assertEquals(1, a.dead(), name);
            assertEquals(1, a.off(), name);
            assertEquals(2, a.saturated(), name);
            assertEquals(0.2, a.deadFraction(), 0, name);
            assertEquals(0.2, a.silentShare(), 0, name);
            assertEquals(0.4, a.saturatedFraction(), 0, name);
            int[] codes = new int[5];
            for (int j = 0; j < 5; j++) {
                codes[j] = a.code(j);
            }
            assertArrayEquals(new int[] {1, 3, 0, 0, 3}, codes, name);
            assertEquals(0, a.exploding(), name);
        }
    }

    @Test
    void eighteenOfTwentyRowsInTheTailIsNotSaturated() {
        double[] x = new double[20];
        x[18] = 1;
        x[19] = 1;
        for (Activation f : SMOOTH) {
            double sat = DeadUnits.saturatedBelow(f);
            Network net = hidden(f, new double[] {10}, new double[] {sat - 1});
            LayerActivity a = new DeadUnits().evaluate(net, x, 20)[0];
            assertEquals(0, a.saturated(), f.name());
            assertEquals(0, a.code(0), f.name());
        }
    }

    @Test
    void aHealthyLayerOfEachIsNotMarked() {
        // x spread over [−2, 2], weights and biases of an ordinary initialisation
        double[] x = new double[41];
        for (int i = 0; i < x.length; i++) {
            x[i] = -2 + 0.1 * i;
        }
        for (Activation f : SMOOTH) {
            Network net = hidden(f, new double[] {1.2, -0.7, 0.3, -1.5},
                    new double[] {0.1, -0.2, 0, 0.5});
            LayerActivity a = new DeadUnits().evaluate(net, x, x.length)[0];
            assertEquals(0, a.dead(), f.name());
            assertEquals(0, a.off(), f.name());
            assertEquals(0, a.saturated(), f.name());
            for (int j = 0; j < 4; j++) {
                assertEquals(0, a.code(j), f.name() + " unit " + j);
            }
        }
    }

    @Test
    void aDeadUnitPassesPracticallyNoGradientToItsWeights() {
        // The claim the edge rests on, through the engine's own backward pass: MSE against
        // targets 10 away, x ∈ {−1, 1}; unit 0 has z = edge − 1.5, edge − 0.5, unit 1 is
        // healthy. dL/da of both is the same (output weights 1), so the ratio of their bias
        // gradients is the ratio of their slopes.
        for (Activation f : SMOOTH) {
            double dead = UnitState.deadBelow(f);
            Network net = hidden(f, new double[] {0.5, 0.5}, new double[] {dead - 1, 0});
            double[] x = {-1, 1};
            LayerActivity a = new DeadUnits().evaluate(net, x, 2)[0];
            assertEquals(UnitState.DEAD, a.state(0), f.name());
            assertEquals(UnitState.ALIVE, a.state(1), f.name());
            net.forward(x, 2);
            net.backward(new double[] {10, 10}, scratchnet.engine.Penalty.NONE);
            double[] db = net.layer(0).biasGrads();
            double[] dw = net.layer(0).weightGrads();
            assertTrue(Math.abs(db[1]) > 1, f.name() + " healthy unit learns: " + db[1]);
            assertTrue(Math.abs(db[0]) < DEAD * Math.abs(db[1]), f.name() + " " + db[0]);
            assertTrue(Math.abs(dw[0]) < DEAD * Math.abs(db[1]), f.name() + " " + dw[0]);
        }
    }

    @Test
    void minusInfinityCountsAsDeadAndNaNDoesNotButBothExplode() {
        for (Activation f : SMOOTH) {
            Network net = hidden(f, new double[] {1}, new double[] {0});
            LayerActivity a = new DeadUnits().evaluate(net,
                    new double[] {Double.NEGATIVE_INFINITY}, 1)[0];
            assertEquals(UnitState.DEAD, a.state(0), f.name());
            assertEquals(LayerActivity.EXPLODING_CODE, a.code(0), f.name());
            a = new DeadUnits().evaluate(net, new double[] {Double.NaN}, 1)[0];
            assertEquals(UnitState.ALIVE, a.state(0), f.name());
            assertEquals(0, a.saturated(), f.name());
            assertEquals(LayerActivity.EXPLODING_CODE, a.code(0), f.name());
        }
    }

    @Test
    void sigmoidAndTanhFarOutStaySaturatedNeverDeadAndReluNeverSaturates() {
        double[] x = {0, 0};
        for (Activation f : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            LayerActivity a = new DeadUnits().evaluate(
                    hidden(f, new double[] {1, 1}, new double[] {-50, 50}), x, 2)[0];
            assertEquals(0, a.dead(), f.name());
            assertEquals(2, a.saturated(), f.name());
        }
        LayerActivity relu = new DeadUnits().evaluate(
                hidden(Activation.RELU, new double[] {1}, new double[] {-50}), x, 2)[0];
        assertEquals(1, relu.dead());
        assertEquals(0, relu.saturated());
        assertEquals(1, relu.code(0));
        LayerActivity leaky = new DeadUnits().evaluate(
                hidden(Activation.LEAKY_RELU, new double[] {1}, new double[] {-50}), x, 2)[0];
        assertEquals(0, leaky.dead());
        assertEquals(0, leaky.saturated());
        assertEquals(2, leaky.code(0));
    }

    @Test
    void stuckMatchesTheCountingRule() {
        assertTrue(UnitState.stuck(Activation.RELU, 0));
        assertTrue(UnitState.stuck(Activation.RELU, Double.NaN));
        assertTrue(UnitState.stuck(Activation.ELU, -14.5));
        assertTrue(!UnitState.stuck(Activation.ELU, -14));
        assertTrue(!UnitState.stuck(Activation.ELU, Double.NaN));
        assertTrue(UnitState.stuck(Activation.SILU, Double.NEGATIVE_INFINITY));
        assertEquals(UnitState.DEAD, UnitState.of(Activation.SOFTPLUS, 3, 3));
        assertEquals(UnitState.ALIVE, UnitState.of(Activation.GELU, 2, 3));
        assertEquals(UnitState.ALIVE, UnitState.of(Activation.TANH, 3, 3));
    }
}
