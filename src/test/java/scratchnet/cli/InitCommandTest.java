package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.format.ModelJson;
import scratchnet.math.Rng;

class InitCommandTest {
    @TempDir
    Path dir;

    private Run init(String... args) {
        return Run.of("init", args);
    }

    @Test
    void writesTheSeededNetworkTheEngineBuilds() throws IOException {
        Path file = dir.resolve("model.json");
        Run r = init("--arch", "4,16,8,1", "--activation", "relu", "--loss", "mse", "--init",
                "he", "--seed", "7", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("wrote " + file + ": 4,16,8,1 (relu hidden, linear output, loss mse, "
                + "init he, seed 7, 225 parameters)\n", r.out());
        Network expected = Network.build(NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU,
                Loss.MSE, Init.HE), new Rng(7));
        assertEquals(ModelJson.write(expected), Files.readString(file));
    }

    @Test
    void batchNormAndFloat32GoIntoTheModelAndTrainThroughTheCli() throws IOException {
        Path file = dir.resolve("bn.json");
        Run r = init("--arch", "2,8,8,1", "--activation", "tanh", "--loss", "bce",
                "--batch-norm", "--precision", "float32", "--seed", "3", "--out",
                file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("init he, batch norm, float32, seed 3, 137 parameters"),
                r.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\"precision\": \"float32\""), text);
        assertTrue(text.contains("\"batchNorm\": {\"epsilon\": 0.00001, \"momentum\": 0.1"),
                text);
        Network n = ModelJson.read(text);
        assertTrue(n.batchNorm());
        assertEquals(scratchnet.engine.Precision.FLOAT32, n.precision());
        assertEquals(null, n.layer(2).norm());
        Rng rng = new Rng(8);
        StringBuilder sb = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 200; i++) {
            double a = rng.uniform(-1, 1);
            double b = rng.uniform(-1, 1);
            sb.append(a).append(',').append(b).append(',').append(a * b > 0 ? 1 : 0)
                    .append('\n');
        }
        Path data = Files.writeString(dir.resolve("xor.csv"), sb.toString());
        Path out = dir.resolve("out.json");
        Run t = Run.of("train", "--model", file.toString(), "--data", data.toString(), "--lr",
                "0.05", "--optimizer", "adam", "--epochs", "60", "--batch", "16", "--out",
                out.toString());
        assertEquals(0, t.code(), t.err());
        Network trained = ModelJson.read(Files.readString(out));
        assertTrue(trained.batchNorm());
        assertEquals(scratchnet.engine.Precision.FLOAT32, trained.precision());
        assertTrue(trained.layer(0).norm().runningVar()[0] != 1.0, "running stats saved");
        double[] p = trained.forward(new double[] {0.5, 0.5, -0.5, 0.5}, 2);
        assertTrue(p[0] > 0.8 && p[1] < 0.2, p[0] + " " + p[1]);
        assertEquals(2, init("--arch", "2,1", "--precision", "float16", "--out",
                file.toString()).code());
    }

    @Test
    void aListGivesEachHiddenLayerItsOwnActivation() throws IOException {
        Path file = dir.resolve("mixed.json");
        Run r = init("--arch", "2,6,5,4,1", "--activation", "gelu,elu,silu", "--loss", "huber",
                "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(gelu,elu,silu hidden, linear output, loss huber,"),
                r.out());
        Network n = ModelJson.read(Files.readString(file));
        assertEquals(Activation.GELU, n.layer(0).activation());
        assertEquals(Activation.ELU, n.layer(1).activation());
        assertEquals(Activation.SILU, n.layer(2).activation());
        assertEquals(Activation.LINEAR, n.layer(3).activation());
        assertEquals(Loss.HUBER, n.loss());
        Run wrong = init("--arch", "2,6,5,4,1", "--activation", "gelu,elu", "--out",
                file.toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--activation 'gelu,elu' names 2 activations for 3 "
                + "hidden layers; give one for all, or one per hidden layer"), wrong.err());
    }

    @Test
    void outputLayerFollowsTheLoss() throws IOException {
        Path bce = dir.resolve("bce.json");
        assertEquals(0, init("--arch", "2,8,1", "--loss", "bce", "--activation", "tanh",
                "--out=" + bce).code());
        Network b = ModelJson.read(Files.readString(bce));
        assertEquals(Activation.TANH, b.layer(0).activation());
        assertEquals(Activation.SIGMOID, b.layer(1).activation());
        Path ce = dir.resolve("ce.json");
        assertEquals(0, init("--arch", "2,8,3", "--loss", "softmax-ce", "--out", ce.toString())
                .code());
        Network c = ModelJson.read(Files.readString(ce));
        assertEquals(Activation.RELU, c.layer(0).activation());
        assertEquals(Activation.SOFTMAX, c.layer(1).activation());
        assertEquals(Loss.SOFTMAX_CE, c.loss());
    }

    @Test
    void defaultsAreReluMseHeSeed42() throws IOException {
        Path file = dir.resolve("m.json");
        assertEquals(0, init("--arch", "3,5,2", "--out", file.toString()).code());
        Network expected = Network.build(NetSpec.of(new int[] {3, 5, 2}, Activation.RELU,
                Loss.MSE, Init.HE), new Rng(42));
        assertArrayEquals(expected.layer(0).weights(),
                ModelJson.read(Files.readString(file)).layer(0).weights());
    }

    @Test
    void zerosInitGivesAllZeroWeights() throws IOException {
        Path file = dir.resolve("z.json");
        assertEquals(0, init("--arch", "2,3,1", "--init", "zeros", "--out", file.toString())
                .code());
        assertArrayEquals(new double[6], ModelJson.read(Files.readString(file)).layer(0)
                .weights());
    }

    @Test
    void helpGoesToStdoutWithExitZero() {
        Run r = init("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: scratchnet init --arch SIZES --out FILE"));
        assertEquals("", r.err());
    }

    @Test
    void userErrorsAreOneLineWithExitTwo() {
        String out = dir.resolve("x.json").toString();
        String hint = " (see: scratchnet init --help)";
        assertEquals("scratchnet init: missing --arch SIZES, e.g. --arch 4,16,8,1" + hint,
                init("--out", out).userError());
        assertEquals("scratchnet init: missing --out FILE, e.g. --out model.json" + hint,
                init("--arch", "2,1").userError());
        assertEquals("scratchnet init: unknown option --layers" + hint,
                init("--layers", "2,1").userError());
        assertEquals("scratchnet init: --arch needs at least two sizes (inputs and outputs), "
                + "e.g. 4,16,8,1" + hint, init("--arch", "4", "--out", out).userError());
        assertEquals("scratchnet init: --arch '4,x,1': 'x' is not a whole number" + hint,
                init("--arch", "4,x,1", "--out", out).userError());
        assertEquals("scratchnet init: --arch '4,0,1': every size must be between 1 and 100000"
                + hint, init("--arch", "4,0,1", "--out", out).userError());
        assertEquals("scratchnet init: --activation 'swish' is not one of linear, relu, "
                + "leaky-relu, sigmoid, tanh, elu, gelu, silu or softplus" + hint,
                init("--arch", "2,1", "--activation", "swish", "--out", out).userError());
        assertEquals("scratchnet init: --activation softmax: softmax is only for the output "
                + "layer; choose --loss softmax-ce to get it there" + hint,
                init("--arch", "2,1", "--activation", "softmax", "--out", out).userError());
        assertEquals("scratchnet init: --loss 'mae' is not one of mse, huber, bce or softmax-ce"
                + hint,
                init("--arch", "2,1", "--loss", "mae", "--out", out).userError());
        assertEquals("scratchnet init: --init 'kaiming' is not one of he, lecun, glorot, "
                + "glorot-uniform, uniform, zeros or too-large" + hint,
                init("--arch", "2,1", "--init", "kaiming", "--out", out).userError());
        assertEquals("scratchnet init: --seed must be a whole number, not 'abc'" + hint,
                init("--arch", "2,1", "--seed", "abc", "--out", out).userError());
        assertEquals("scratchnet init: binary cross-entropy needs exactly 1 output" + hint,
                init("--arch", "2,2", "--loss", "bce", "--out", out).userError());
        assertEquals("scratchnet init: --seed is given twice; give it once" + hint,
                init("--seed", "1", "--seed", "2").userError());
        assertEquals("scratchnet init: --out needs a value" + hint,
                init("--arch", "2,1", "--out").userError());
        // 900 million weights used to end in an OutOfMemoryError with a stack trace.
        assertEquals("scratchnet init: --arch '30000,30000' has 900030000 weights and biases; a"
                + " model may have at most 2500000" + hint,
                init("--arch", "30000,30000", "--out", out).userError());
        assertEquals("scratchnet init: unexpected argument 'model.json'; options start with --"
                + hint, init("model.json").userError());
    }

    @Test
    void unwritableOutputIsAUserError() {
        String out = dir.resolve("no-such-dir").resolve("m.json").toString();
        assertEquals("scratchnet init: cannot write " + out + ": its folder does not exist",
                init("--arch", "2,1", "--out", out).userError());
    }
}
