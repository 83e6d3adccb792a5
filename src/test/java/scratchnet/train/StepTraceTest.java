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

    @Test
    void batchNormIsWrittenOutAndItsNumbersAreTheStepsBitForBit() {
        Sets d = Sets.linear(10, 0.1, new Rng(4));
        NetSpec spec = new NetSpec(new int[] {4, 3, 2, 1}, Activation.TANH, Activation.LINEAR,
                Loss.MSE, Init.LECUN, 0.01, 0);
        Network net = Network.build(spec, new Rng(9), true, scratchnet.engine.Precision.FLOAT64);
        Trainer t = new Trainer(net, TrainSpec.of(0.1, 4).withSeed(3), d.x, d.y);
        t.steps(3);
        StepTrace s = StepTrace.next(t);
        int rows = s.rows();
        double[] prev = s.x();
        for (int l = 0; l < 2; l++) {
            StepTrace.Layer L = s.layers()[l];
            StepTrace.Norm n = L.norm();
            int u = L.outputs();
            for (int j = 0; j < u; j++) {
                double z0 = L.biases()[j];
                for (int i = 0; i < L.inputs(); i++) {
                    z0 += prev[i] * L.weights()[i * u + j];
                }
                assertEquals(z0, L.z()[j], 1e-12, "Z = X·W + b, before the normalisation");
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += L.z()[r * u + j];
                }
                double mu = sum / rows;
                assertEquals(mu, n.mean()[j], 0, "μ: the column's mean");
                double q = 0;
                for (int r = 0; r < rows; r++) {
                    double dev = L.z()[r * u + j] - mu;
                    q += dev * dev;
                }
                assertEquals(q / rows, n.variance()[j], 0, "σ²: biased, over the batch");
                double inv = 1 / Math.sqrt(n.variance()[j] + n.epsilon());
                double g = n.gamma()[j];
                double sumDy = 0;
                double sumDyXh = 0;
                for (int r = 0; r < rows; r++) {
                    int k = r * u + j;
                    double xh = (L.z()[k] - mu) * inv;
                    assertEquals(xh, n.normalized()[k], 0, "Ẑ = (Z − μ)/√(σ² + ε)");
                    assertEquals(g * xh + n.beta()[j], n.scaled()[k], 0, "Z̃ = γẐ + β");
                    assertEquals(L.activation().value(n.scaled()[k], 0.01), L.a()[k], 0,
                            "A = f(Z̃)");
                    assertEquals(L.dA()[k] * L.activation().derivative(n.scaled()[k], 0.01),
                            n.dScaled()[k], 1e-15, "dZ̃ = dA ⊙ f′(Z̃)");
                    sumDy += n.dScaled()[k];
                    sumDyXh += n.dScaled()[k] * xh;
                }
                assertEquals(sumDy, n.dBeta()[j], 0, "dβ = Σ dZ̃");
                assertEquals(sumDyXh, n.dGamma()[j], 0, "dγ = Σ dZ̃ ⊙ Ẑ");
                double m1 = sumDy * g / rows;
                double m2 = sumDyXh * g / rows;
                for (int r = 0; r < rows; r++) {
                    int k = r * u + j;
                    assertEquals(inv * (n.dScaled()[k] * g - m1 - n.normalized()[k] * m2),
                            L.dZ()[k], 0, "dZ through the normalisation");
                }
                assertEquals(g - 0.1 * n.dGamma()[j], n.gammaAfter()[j], 0, "γ ← γ − lr·dγ");
                assertEquals(n.beta()[j] - 0.1 * n.dBeta()[j], n.betaAfter()[j], 0,
                        "β ← β − lr·dβ");
            }
            prev = L.a();
        }
        assertNull(s.layers()[2].norm(), "the output layer has none");
        t.steps(1);
        for (int l = 0; l < 2; l++) {
            scratchnet.engine.BatchNorm bn = t.network().layer(l).norm();
            assertArrayEquals(bn.gamma(), s.layers()[l].norm().gammaAfter());
            assertArrayEquals(bn.beta(), s.layers()[l].norm().betaAfter());
            assertArrayEquals(t.network().layer(l).weights(), s.layers()[l].weightsAfter());
        }
    }

    @Test
    void dropoutIsWrittenOutAndTheNextLayerReadsTheDroppedOutput() {
        Sets d = Sets.linear(10, 0.1, new Rng(4));
        NetSpec spec = new NetSpec(new int[] {4, 5, 3, 1}, Activation.TANH, Activation.LINEAR,
                Loss.MSE, Init.LECUN, 0.01, 0.4);
        Network net = Network.build(spec, new Rng(9));
        Trainer t = new Trainer(net, TrainSpec.of(0.1, 4).withSeed(3), d.x, d.y);
        t.steps(2);
        StepTrace s = StepTrace.next(t);
        int rows = s.rows();
        int zeros = 0;
        for (int l = 0; l < 2; l++) {
            StepTrace.Layer L = s.layers()[l];
            StepTrace.Drop drop = L.drop();
            assertEquals(0.4, drop.rate());
            StepTrace.Layer next = s.layers()[l + 1];
            int u = L.outputs();
            int v = next.outputs();
            for (int k = 0; k < rows * u; k++) {
                double m = drop.mask()[k];
                zeros += m == 0 ? 1 : 0;
                assertEquals(true, m == 0 || m == 1 / (1 - 0.4), "M: 0 or 1/(1 − p)");
                assertEquals(L.a()[k] * m, drop.out()[k], 0, "D = A ⊙ M");
                assertEquals(drop.dOut()[k] * m, L.dA()[k], 0, "dA = dD ⊙ M");
                assertEquals(L.dA()[k] * L.activation().derivative(L.z()[k], 0.01), L.dZ()[k],
                        1e-15, "dZ = dA ⊙ f′(Z)");
            }
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < v; j++) {
                    double z = next.biases()[j];
                    for (int i = 0; i < u; i++) {
                        z += drop.out()[r * u + i] * next.weights()[i * v + j];
                    }
                    assertEquals(z, next.z()[r * v + j], 1e-12, "the next Z = D·W + b");
                }
                for (int i = 0; i < u; i++) {
                    double g = 0;
                    for (int j = 0; j < v; j++) {
                        g += next.dZ()[r * v + j] * next.weights()[i * v + j];
                    }
                    assertEquals(g, drop.dOut()[r * u + i], 1e-15, "dD = dZ_next·W_nextᵀ");
                }
            }
            for (int i = 0; i < u; i++) {
                for (int j = 0; j < v; j++) {
                    double dw = 0;
                    for (int r = 0; r < rows; r++) {
                        dw += drop.out()[r * u + i] * next.dZ()[r * v + j];
                    }
                    assertEquals(dw, next.dW()[i * v + j], 1e-15, "dW_next = Dᵀ·dZ_next");
                }
            }
        }
        assertEquals(true, zeros > 0, "some units dropped");
        assertNull(s.layers()[2].drop(), "never the output layer");
        t.steps(1);
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(t.network().layer(l).weights(), s.layers()[l].weightsAfter());
        }
    }

    @Test
    void aPenaltysGradientJoinsDwAsTheWalkThroughWritesIt() {
        for (scratchnet.engine.Penalty.Kind kind : new scratchnet.engine.Penalty.Kind[] {
            scratchnet.engine.Penalty.Kind.L1, scratchnet.engine.Penalty.Kind.L2}) {
            Sets d = Sets.linear(10, 0.1, new Rng(4));
            NetSpec spec = new NetSpec(new int[] {4, 3, 2, 1}, Activation.TANH, Activation.LINEAR,
                    Loss.MSE, Init.LECUN, 0.01, 0);
            Trainer t = new Trainer(Network.build(spec, new Rng(9)), TrainSpec.of(0.1, 4)
                    .withPenalty(new scratchnet.engine.Penalty(kind, 0.003)).withSeed(3), d.x, d.y);
            t.steps(2);
            StepTrace s = StepTrace.next(t);
            double[] prev = s.x();
            for (StepTrace.Layer L : s.layers()) {
                int u = L.outputs();
                for (int i = 0; i < L.inputs(); i++) {
                    for (int j = 0; j < u; j++) {
                        double dw = 0;
                        for (int r = 0; r < s.rows(); r++) {
                            dw += prev[r * L.inputs() + i] * L.dZ()[r * u + j];
                        }
                        double w = L.weights()[i * u + j];
                        dw += kind == scratchnet.engine.Penalty.Kind.L2 ? 0.003 * w
                                : w > 0 ? 0.003 : w < 0 ? -0.003 : 0;
                        assertEquals(dw, L.dW()[i * u + j], 0,
                                kind + ": dW = Aᵀ·dZ + its gradient");
                    }
                }
                prev = L.a();
            }
        }
    }

    @Test
    void huberPullsWithAtMostOneOverTheBatch() {
        Trainer t = trainer(Loss.HUBER, Activation.LINEAR, OptimizerKind.SGD);
        StepTrace s = StepTrace.next(t);
        StepTrace.Layer top = s.layers()[s.layers().length - 1];
        for (int r = 0; r < s.rows(); r++) {
            double d = top.a()[r] - s.y()[r];
            assertEquals(Math.max(-1, Math.min(1, d)) / s.rows(), top.dA()[r], 1e-17,
                    "Huber: dA = clip(A − Y, −1, 1)/n");
        }
    }
}
