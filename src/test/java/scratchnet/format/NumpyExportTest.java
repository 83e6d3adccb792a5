package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;

class NumpyExportTest {
    @Test
    void scriptTrainedByNumpyEndsWithTheEnginesWeights(@TempDir Path dir) throws Exception {
        String python = PythonRunner.find("numpy");
        if (python == null) {
            System.out.println("NumpyExportTest: skipped, no python3 with numpy "
                    + "(./test.sh installs Debian's python3-numpy)");
        }
        Assumptions.assumeTrue(python != null, "no python3 with numpy; apt-get install "
                + "python3-numpy (./test.sh does)");
        List<ExportCases.Case> cases = ExportCases.all();
        List<String> scripts = new ArrayList<>();
        for (ExportCases.Case c : cases) {
            scripts.add(NumpyExport.script(c.initial(), c.spec(), c.train(), c.epochs()));
        }
        List<PythonRunner.Output> outputs = PythonRunner.run(python, scripts, dir);
        for (int i = 0; i < cases.size(); i++) {
            double[] worst = ExportCases.compareAll(cases.get(i), outputs.get(i));
            System.out.println("numpy " + cases.get(i).name() + ": largest |Δ| over "
                    + ExportCases.parameters(cases.get(i)) + " values = " + worst[0]
                    + (worst[1] > 0 ? "; rounding-driven b and running mean: " + worst[1]
                            : ""));
        }
    }

    @Test
    void scriptNamesTheTutorialsNotationAndEmbedsTheData() {
        ExportCases.Case c = ExportCases.all().get(0);
        String script = NumpyExport.script(c.initial(), c.spec(), c.train(), 1);
        for (String s : new String[] {"Z = X·W + b", "A = f(Z)", "dZ = dA ⊙ f′(Z)",
                "dW = A_prevᵀ·dZ", "db = Σ_rows dZ", "dA_prev = dZ·Wᵀ", "dtype=np.float64"}) {
            assertTrue(script.contains(s), "missing " + s);
        }
        double first = c.train().x()[0];
        assertTrue(script.contains("[" + ScriptParts.num(first) + ", "), "first row embedded");
        assertTrue(script.contains("BATCH_SIZE = 10 "), "batch size");
    }

    @Test
    void batchNormIsWrittenOutWithItsBackwardPass() {
        ExportCases.Case c = TorchExportTest.byName("bn-tanh-mse-momentum-l2-clip-cosine");
        String script = NumpyExport.script(c.initial(), c.spec(), c.train(), 1);
        for (String s : new String[] {"def batch_norm(Z, l, training):",
                "def batch_norm_backward(dY, l, Xhat, inv_std):", "Y = γ·(Z − μ)/√(σ² + ε) + β",
                "forward(Xb, training=True)", "BN_GAMMA = [", "RUNNING_VAR = [",
                "squares / (n - 1) if n > 1 else var", "layer[\"batchNorm\"] = "}) {
            assertTrue(script.contains(s), "missing " + s);
        }
    }

    @Test
    void numbersAreExactPythonFloats() {
        assertEquals("12.0", ScriptParts.num(12));
        assertEquals("-0.0", ScriptParts.num(-0.0));
        assertEquals("0.1", ScriptParts.num(0.1));
        assertEquals("1e-7", ScriptParts.num(1e-7));
        assertEquals("1e21", ScriptParts.num(1e21));
    }

    @Test
    void dropoutIsLeftOutAndSaidSo() {
        Rng rng = new Rng(3);
        Dataset data = TwoD.CIRCLE.generate(20, 0, rng);
        NetSpec spec = new NetSpec(new int[] {2, 4, 1}, Activation.RELU, Activation.SIGMOID,
                Loss.BCE, Init.HE, 0.01, 0.25);
        String script = NumpyExport.script(Network.build(spec, rng), TrainSpec.of(0.1, 5), data,
                2);
        assertTrue(script.contains("trains WITHOUT dropout"), "dropout note");
    }

    @Test
    void dataThatDoNotFitTheNetworkAreRefused() {
        Rng rng = new Rng(4);
        Dataset data = TwoD.CIRCLE.generate(20, 0, rng);
        Network threeInputs = Network.build(NetSpec.of(new int[] {3, 2, 1}, Activation.TANH,
                Loss.BCE, Init.HE), rng);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumpyExport.script(threeInputs, TrainSpec.of(0.1, 5), data, 1));
        assertEquals("the data have 2 feature columns but the network takes 3 inputs",
                e.getMessage());
        Network diverged = Network.build(NetSpec.of(new int[] {2, 2, 1}, Activation.TANH,
                Loss.BCE, Init.HE), rng);
        diverged.layer(1).weights()[1] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class,
                () -> NumpyExport.script(diverged, TrainSpec.of(0.1, 5), data, 1));
        assertTrue(e.getMessage().startsWith("layer 2: a weight is NaN"), e.getMessage());
    }
}
