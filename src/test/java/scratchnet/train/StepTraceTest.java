package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

class StepTraceTest {
    private static Trainer trainer(Loss loss, Activation out, OptimizerKind kind) {
        Sets d = Sets.linear(10, 0.1, new Rng(4));
        double[] y = d.y.clone();
        if (loss == Loss.BCE) {
            for (int i = 0; i < y.length; i++) {
                y[i] = y[i] > 0 ? 1 : 0;
            }
        }
        NetSpec spec = new NetSpec(new int[] {4, 3, 2, 1}, Activation.TANH, out, loss,
                Init.LECUN, 0.01, 0);
        Network net = Network.build(spec, new Rng(9));
        return new Trainer(net, TrainSpec.of(0.1, 4).withOptimizer(kind).withSeed(3), d.x, y);
    }

    @Test
    void theTracedStepIsTheStepTheTrainerThenTakesBitForBit() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Trainer t = trainer(Loss.MSE, Activation.LINEAR, kind);
            t.steps(5);
            StepTrace trace = StepTrace.next(t);
            assertEquals(5, t.stepsTaken(), "tracing takes no step");
            assertEquals(6, trace.step());
            t.steps(1);
            for (int l = 0; l < trace.layers().length; l++) {
                StepTrace.Layer layer = trace.layers()[l];
                assertArrayEquals(t.network().layer(l).weights(), layer.weightsAfter(),
                        kind + " layer " + l);
                assertArrayEquals(t.network().layer(l).biases(), layer.biasesAfter());
            }
            assertEquals(t.lastBatchLoss(), trace.loss());
        }
    }

    @Test
    void everyMatrixFollowsTheTutorialsFormulas() {
        Trainer t = trainer(Loss.MSE, Activation.LINEAR, OptimizerKind.SGD);
        StepTrace s = StepTrace.next(t);
        int rows = s.rows();
        assertEquals(4, rows);
        double[] prev = s.x();
        for (int l = 0; l < s.layers().length; l++) {
            StepTrace.Layer L = s.layers()[l];
            int nIn = L.inputs();
            int nOut = L.outputs();
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < nOut; j++) {
                    double z = L.biases()[j];
                    for (int i = 0; i < nIn; i++) {
                        z += prev[r * nIn + i] * L.weights()[i * nOut + j];
                    }
                    assertEquals(z, L.z()[r * nOut + j], 1e-12, "Z = X·W + b");
                    double f = L.activation().value(L.z()[r * nOut + j], 0.01);
                    assertEquals(f, L.a()[r * nOut + j], 0, "A = f(Z)");
                    double fPrime = L.activation().derivative(L.z()[r * nOut + j], 0.01);
                    assertEquals(L.dA()[r * nOut + j] * fPrime, L.dZ()[r * nOut + j], 1e-15,
                            "dZ = dA ⊙ f′(Z)");
                }
            }
            for (int i = 0; i < nIn; i++) {
                for (int j = 0; j < nOut; j++) {
                    double dw = 0;
                    for (int r = 0; r < rows; r++) {
                        dw += prev[r * nIn + i] * L.dZ()[r * nOut + j];
                    }
                    assertEquals(dw, L.dW()[i * nOut + j], 1e-15, "dW = A_prevᵀ·dZ");
                    assertEquals(L.weights()[i * nOut + j] - 0.1 * L.dW()[i * nOut + j],
                            L.weightsAfter()[i * nOut + j], 1e-15, "W ← W − lr·dW");
                }
            }
            for (int j = 0; j < nOut; j++) {
                double db = 0;
                for (int r = 0; r < rows; r++) {
                    db += L.dZ()[r * nOut + j];
                }
                assertEquals(db, L.db()[j], 1e-15, "db = Σ_rows dZ");
            }
            if (l > 0) {
                StepTrace.Layer below = s.layers()[l - 1];
                for (int r = 0; r < rows; r++) {
                    for (int i = 0; i < nIn; i++) {
                        double g = 0;
                        for (int j = 0; j < nOut; j++) {
                            g += L.dZ()[r * nOut + j] * L.weights()[i * nOut + j];
                        }
                        assertEquals(g, below.dA()[r * nIn + i], 1e-15, "dA_prev = dZ·Wᵀ");
                    }
                }
            }
            prev = L.a();
        }
        StepTrace.Layer top = s.layers()[s.layers().length - 1];
        for (int r = 0; r < rows; r++) {
            assertEquals(2 * (top.a()[r] - s.y()[r]) / rows, top.dA()[r], 1e-15,
                    "MSE: dA = 2(A − Y)/n");
        }
    }

    @Test
    void aFusedOutputHasNoSeparateActivationGradient() {
        Trainer t = trainer(Loss.BCE, Activation.SIGMOID, OptimizerKind.SGD);
        StepTrace s = StepTrace.next(t);
        StepTrace.Layer top = s.layers()[s.layers().length - 1];
        assertNull(top.dA());
        for (int r = 0; r < s.rows(); r++) {
            assertEquals((top.a()[r] - s.y()[r]) / s.rows(), top.dZ()[r], 1e-15,
                    "BCE on a sigmoid: dZ = (A − Y)/n");
        }
    }
}
