package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchExportTest {
    @Test
    void scriptTrainedByPytorchEndsWithTheEnginesWeights(@TempDir Path dir) throws Exception {
        String python = PythonRunner.find("torch");
        if (python == null) {
            System.out.println("TorchExportTest: skipped, no python3 with torch "
                    + "(./test.sh installs Debian's python3-torch)");
        }
        Assumptions.assumeTrue(python != null, "no python3 with torch; apt-get install "
                + "python3-torch (./test.sh does)");
        List<ExportCases.Case> cases = ExportCases.all();
        List<String> scripts = new ArrayList<>();
        for (ExportCases.Case c : cases) {
            scripts.add(TorchExport.script(c.initial(), c.spec(), c.train(), c.epochs()));
        }
        List<PythonRunner.Output> outputs = PythonRunner.run(python, scripts, dir);
        for (int i = 0; i < cases.size(); i++) {
            double[] worst = ExportCases.compareAll(cases.get(i), outputs.get(i));
            System.out.println("torch " + cases.get(i).name() + ": largest |Δ| over "
                    + ExportCases.parameters(cases.get(i)) + " values = " + worst[0]
                    + (worst[1] > 0 ? "; rounding-driven b and running mean: " + worst[1]
                            : ""));
        }
    }

    @Test
    void scriptIsFloat64AndLoadsTheTransposedWeights() {
        ExportCases.Case c = ExportCases.all().get(0);
        String script = TorchExport.script(c.initial(), c.spec(), c.train(), 1);
        for (String s : new String[] {"torch.set_default_dtype(torch.float64)",
                "nn.Sequential(", "nn.Linear(2, 6)", "nn.Tanh()", "layer.weight.copy_(torch.tensor(w).T)",
                "nn.BCEWithLogitsLoss()", "dZ = dA ⊙ f′(Z)"}) {
            assertTrue(script.contains(s), "missing " + s);
        }
        assertFalse(script.contains("nn.Sigmoid()"), "the sigmoid is fused into the loss");
    }

    @Test
    void momentumIsWrittenOutOnlyWhenTheRateChanges() {
        ExportCases.Case cosine = ExportCases.all().get(4);
        assertTrue(TorchExport.script(cosine.initial(), cosine.spec(), cosine.train(), 1)
                .contains("class Momentum(torch.optim.Optimizer)"));
        ExportCases.Case constant = ExportCases.all().get(1);
        assertTrue(TorchExport.script(constant.initial(), constant.spec(), constant.train(), 1)
                .contains("torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=0.9)"));
    }

    @Test
    void batchNormIsBatchNorm1dWithTheEnginesConstantsAndStatistics() {
        ExportCases.Case c = byName("bn-relu-softmax-adam");
        String script = TorchExport.script(c.initial(), c.spec(), c.train(), 1);
        for (String s : new String[] {"BN_EPS = 0.00001", "BN_MOMENTUM = 0.1",
                "nn.BatchNorm1d(8, eps=BN_EPS, momentum=BN_MOMENTUM)", "model.train()",
                "model.eval()", "norm.running_var.copy_(", "\"runningVar\": "}) {
            assertTrue(script.contains(s), "missing " + s);
        }
        assertFalse(script.contains("class BatchNorm("), "only for a batch of one row");
        // 60 rows in batches of 59: the last has one row, which BatchNorm1d refuses
        ExportCases.Case lone = byName("bn-elu-bce-sgd-l1-lone-row");
        assertTrue(lone.train().rows() % 59 == 1);
        String loneScript = TorchExport.script(lone.initial(), lone.spec(), lone.train(), 1);
        assertTrue(loneScript.contains("class BatchNorm(nn.BatchNorm1d):"));
        assertTrue(loneScript.contains("BatchNorm(6, eps=BN_EPS, momentum=BN_MOMENTUM)"));
    }

    static ExportCases.Case byName(String name) {
        return ExportCases.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
