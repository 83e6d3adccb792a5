package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.format.ModelJson;
import scratchnet.math.Rng;
import scratchnet.train.Sgd;

class TrainCommandTest {
    @TempDir
    Path dir;

    /** 10 rows of y = 2·x1 − x2 + noise, written in file order. */
    private static final double[][] ROWS = rows(10, 11);

    private static double[][] rows(int n, long seed) {
        Rng rng = new Rng(seed);
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = rng.normal(0, 1);
            double b = rng.normal(0, 1);
            r[i] = new double[] {a, b, 2 * a - b + 0.1 * rng.normal(0, 1)};
        }
        return r;
    }

    private Path csv(String name, double[][] rows) throws IOException {
        StringBuilder sb = new StringBuilder("x1,x2,y\n");
        for (double[] r : rows) {
            sb.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    private Path model(String name, Network net) throws IOException {
        return Files.writeString(dir.resolve(name), ModelJson.write(net));
    }

    private static Network net231() {
        return Network.build(NetSpec.of(new int[] {2, 3, 1}, Activation.TANH, Loss.MSE,
                Init.LECUN), new Rng(5));
    }

    private Run train(String... args) {
        return Run.of("train", args);
    }

    @Test
    void noShuffleSgdStepsEqualAHandWrittenLoopBitForBit() throws IOException {
        Path in = model("in.json", net231());
        Path data = csv("d.csv", ROWS);
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.05",
                "--batch", "4", "--steps", "7", "--no-shuffle", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("\ntrained 7 steps (2.40 epochs, batch 4, sgd, lr 0.05) on 10 "
                + "rows: mse " + r.out().split("mse ")[1]), r.out());

        // The NumPy loop: batches of rows 1-4, 5-8, 9-10 (short), then 1-4 again, ...
        Network hand = net231();
        Sgd sgd = new Sgd();
        int n = ROWS.length;
        int start = 0;
        for (int step = 0; step < 7; step++) {
            int b = Math.min(4, n - start);
            double[] x = new double[b * 2];
            double[] y = new double[b];
            for (int i = 0; i < b; i++) {
                x[2 * i] = ROWS[start + i][0];
                x[2 * i + 1] = ROWS[start + i][1];
                y[i] = ROWS[start + i][2];
            }
            hand.forward(x, b);
            hand.backward(y, Penalty.NONE);
            sgd.step(hand.parameters(), hand.gradients(), 0.05);
            start = (start + b) % n;
        }
        assertEquals(ModelJson.write(hand), Files.readString(out));
    }

    @Test
    void scheduleStepsEqualAHandWrittenLoopAtTheFormulasRates() throws IOException {
        Path in = model("in.json", net231());
        Path data = csv("d.csv", ROWS);
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.05",
                "--batch", "5", "--steps", "9", "--no-shuffle", "--schedule", "step",
                "--gamma", "0.5", "--period", "3", "--warmup", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("lr 0.05, step schedule after 2 warm-up steps, last rate "
                + "0.0125000) on 10 rows"), r.out());
        Network hand = net231();
        Sgd sgd = new Sgd();
        for (int step = 0; step < 9; step++) {
            // warm-up 0.05·(t+1)/2, then 0.05·0.5^⌊(t−2)/3⌋
            double rate = step < 2 ? 0.05 * (step + 1) / 2 : 0.05 * Math.pow(0.5, (step - 2) / 3);
            int start = (step % 2) * 5;
            double[] x = new double[10];
            double[] y = new double[5];
            for (int i = 0; i < 5; i++) {
                x[2 * i] = ROWS[start + i][0];
                x[2 * i + 1] = ROWS[start + i][1];
                y[i] = ROWS[start + i][2];
            }
            hand.forward(x, 5);
            hand.backward(y, Penalty.NONE);
            sgd.step(hand.parameters(), hand.gradients(), rate);
        }
        assertEquals(ModelJson.write(hand), Files.readString(out));
    }

    @Test
    void scheduleMistakesAreOneLineUsageErrors() throws IOException {
        Path in = model("in.json", net231());
        Path data = csv("d.csv", ROWS);
        String out = dir.resolve("out.json").toString();
        Run linear = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.1",
                "--schedule", "linear", "--out", out);
        assertEquals(2, linear.code());
        assertTrue(linear.err().contains("--schedule 'linear' is not one of constant, step, "
                + "exponential or cosine"), linear.err());
        Run floor = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.1",
                "--schedule", "step", "--floor", "0.01", "--out", out);
        assertEquals(2, floor.code());
        assertTrue(floor.err().contains("--schedule step has no --floor"), floor.err());
        Run gamma = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.1",
                "--schedule", "exponential", "--gamma", "1.5", "--out", out);
        assertEquals(2, gamma.code());
        assertTrue(gamma.err().contains("a decay factor is at most 1"), gamma.err());
    }

    @Test
    void printsProgressAndAFinalLine() throws IOException {
        Path in = model("in.json", net231());
        Path data = csv("d.csv", rows(200, 3));
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.1",
                "--batch", "20", "--epochs", "30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(11, lines.length, r.out());
        assertTrue(lines[0].startsWith("epoch 3/30  loss "), lines[0]);
        assertTrue(lines[9].startsWith("epoch 30/30  loss "), lines[9]);
        assertTrue(lines[10].startsWith("trained 300 steps (30 epochs, batch 20, sgd, lr 0.1) "
                + "on 200 rows: mse "), lines[10]);
        assertTrue(lines[10].endsWith("; wrote " + out), lines[10]);
        String[] losses = lines[10].replaceAll(".*mse (\\S+) -> (\\S+);.*", "$1 $2").split(" ");
        double before = Double.parseDouble(losses[0]);
        double after = Double.parseDouble(losses[1]);
        assertTrue(after < 0.1 * before, lines[10]);
        assertEquals(Double.parseDouble(lines[9].substring(lines[9].lastIndexOf(' ') + 1)),
                after);
    }

    @Test
    void trainsAClassifierWithAdamUsingTheModelsOwnLoss() throws IOException {
        Rng rng = new Rng(8);
        StringBuilder sb = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 200; i++) {
            double a = rng.uniform(-1, 1);
            double b = rng.uniform(-1, 1);
            sb.append(a).append(',').append(b).append(',').append(a * b > 0 ? 1 : 0).append('\n');
        }
        Path data = Files.writeString(dir.resolve("xor.csv"), sb.toString());
        Path in = model("in.json", Network.build(NetSpec.of(new int[] {2, 8, 1},
                Activation.TANH, Loss.BCE, Init.LECUN), new Rng(1)));
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.05",
                "--optimizer", "adam", "--epochs", "100", "--batch", "16", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        Network trained = ModelJson.read(Files.readString(out));
        assertEquals(Loss.BCE, trained.loss());
        double[] x = {0.5, 0.5, -0.5, 0.5};
        double[] p = trained.forward(x, 2);
        assertTrue(p[0] > 0.8 && p[1] < 0.2, p[0] + " " + p[1]);
    }

    @Test
    void divergedTrainingWritesNothingAndExitsOne() throws IOException {
        Path in = model("in.json", net231());
        double[][] huge = rows(10, 4);
        for (double[] r : huge) {
            r[2] *= 1e150;
        }
        Path data = csv("d.csv", huge);
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "10",
                "--epochs", "50", "--out", out.toString());
        assertEquals(1, r.code(), r.out());
        String[] err = r.err().split("\n");
        assertEquals(2, err.length, r.err());
        assertTrue(err[0].startsWith("warning: the training loss grew from "), err[0]);
        assertTrue(err[1].startsWith("scratchnet train: training diverged after 50 steps"),
                err[1]);
        assertTrue(err[1].endsWith("; nothing written"), err[1]);
        assertFalse(Files.exists(out));
    }

    /** Issue 15, item 7: the raw delivery table at lr 0.005 overflows in the first epoch. */
    @Test
    void aLossThatGrowsByOrdersOfMagnitudeIsWarnedAboutOnce() throws IOException {
        Path in = model("in.json", Network.build(NetSpec.of(new int[] {4, 16, 8, 1},
                Activation.RELU, Loss.MSE, Init.HE), new Rng(42)));
        Path data = dir.resolve("delivery.csv");
        assertEquals(0, Run.of("data", "--kind", "delivery", "--out", data.toString()).code());
        Path out = dir.resolve("out.json");
        Run r = train("--model", in.toString(), "--data", data.toString(), "--lr", "0.005",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("warning: the training loss grew from 3156.57 to "),
                r.err());
        assertTrue(r.err().contains(" orders of magnitude) by epoch 1: training is diverging"),
                r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(Files.exists(out));
        Run calm = train("--model", in.toString(), "--data", data.toString(), "--lr", "1e-7",
                "--out", out.toString());
        assertEquals("", calm.err());
    }

    @Test
    void badFilesAndSizesAreOneLineWithExitTwo() throws IOException {
        String in = model("in.json", net231()).toString();
        String out = dir.resolve("out.json").toString();
        Path big = dir.resolve("big.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200_000_001L); // sparse: refused by its size, never read
        }
        assertEquals("scratchnet train: cannot read data file " + big + ": it is larger than"
                + " 200000000 bytes, the limit for a data file",
                train("--model", in, "--data", big.toString(), "--lr", "0.1", "--out", out)
                        .userError());
        Path latin1 = Files.write(dir.resolve("latin1.csv"),
                "gr\u00f6\u00dfe,y\n1,2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("scratchnet train: cannot read data file " + latin1 + ": it is not UTF-8"
                + " text; save it as UTF-8", train("--model", in, "--data", latin1.toString(),
                        "--lr", "0.1", "--out", out).userError());
        assertEquals("scratchnet train: cannot read data file " + dir + ": it is a folder, not a"
                + " file", train("--model", in, "--data", dir.toString(), "--lr", "0.1",
                        "--out", out).userError());
        StringBuilder wide = new StringBuilder("c0");
        for (int c = 1; c < 46_341; c++) {
            wide.append(",c").append(c);
        }
        Path square = Files.writeString(dir.resolve("square.csv"),
                wide + "\n" + "1\n".repeat(46_341));
        assertTrue(train("--model", in, "--data", square.toString(), "--lr", "0.1", "--out", out)
                .userError().startsWith("scratchnet train: data file " + square + ": Line 1"
                        + " names 46341 columns, more than ScratchNet reads CSV files of at most"));
        Path k101 = model("k101.json", Network.build(NetSpec.of(new int[] {2, 101},
                Activation.RELU, Loss.SOFTMAX_CE, Init.HE), new Rng(1)));
        assertEquals("scratchnet train: the model has 101 softmax outputs, but a CSV file holds"
                + " at most 100 classes (labels 0..99); train a model with at most 100 outputs",
                train("--model", k101.toString(), "--data", csv("d.csv", ROWS).toString(),
                        "--lr", "0.1", "--out", out).userError());
        Path wideNet = model("wide.json", Network.build(NetSpec.of(new int[] {2, 1000, 1},
                Activation.RELU, Loss.MSE, Init.HE), new Rng(1)));
        assertEquals("scratchnet train: data file " + dir.resolve("many.csv") + " has 30000 rows"
                + " and the model 1001 units; training holds rows × units = 30030000"
                + " activations at once, more than the limit of 30000000; use fewer rows or a"
                + " smaller model", train("--model", wideNet.toString(), "--data",
                        csv("many.csv", rows(30_000, 9)).toString(), "--lr", "0.1", "--out", out)
                        .userError());
    }

    @Test
    void anEndlessDataFileIsRefusedAfterTheSizeLimit() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Run r = train("--model", model("in.json", net231()).toString(), "--data", "/dev/zero",
                "--lr", "0.1", "--out", dir.resolve("out.json").toString());
        assertEquals("scratchnet train: cannot read data file /dev/zero: it is larger than"
                + " 200000000 bytes, the limit for a data file", r.userError());
    }

    @Test
    void helpGoesToStdoutWithExitZero() {
        Run r = train("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: scratchnet train --model FILE --data FILE"));
    }

    @Test
    void userErrorsAreOneLineWithExitTwo() throws IOException {
        String in = model("in.json", net231()).toString();
        String data = csv("d.csv", ROWS).toString();
        String out = dir.resolve("out.json").toString();
        String hint = " (see: scratchnet train --help)";
        assertEquals("scratchnet train: missing --lr RATE, e.g. --lr 0.005" + hint,
                train("--model", in, "--data", data, "--out", out).userError());
        assertEquals("scratchnet train: --lr must be a finite number > 0, not -1" + hint,
                train("--model", in, "--data", data, "--lr", "-1", "--out", out).userError());
        assertEquals("scratchnet train: give --epochs or --steps, not both" + hint,
                train("--model", in, "--data", data, "--lr", "0.1", "--epochs", "2",
                        "--steps", "3", "--out", out).userError());
        assertEquals("scratchnet train: --optimizer 'lbfgs' is not one of sgd, momentum, adam "
                + "or rmsprop" + hint, train("--model", in, "--data", data, "--lr", "0.1",
                        "--optimizer", "lbfgs", "--out", out).userError());
        assertEquals("scratchnet train: --batch must be between 0 and 2147483647, not -4" + hint,
                train("--model", in, "--data", data, "--lr", "0.1", "--batch=-4", "--out", out)
                        .userError());
        String missing = dir.resolve("nope.json").toString();
        assertEquals("scratchnet train: cannot read model file " + missing + ": no such file",
                train("--model", missing, "--data", data, "--lr", "0.1", "--out", out)
                        .userError());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \n}");
        assertEquals("scratchnet train: model file " + broken + ": JSON syntax error at line 2, "
                + "column 1: expected a value (object, array, string, number, true, false or "
                + "null) but found '}'", train("--model", broken.toString(), "--data", data,
                        "--lr", "0.1", "--out", out).userError());
        Path wide = Files.writeString(dir.resolve("wide.csv"), "a,b,c,y\n1,2,3,4\n");
        assertEquals("scratchnet train: data file " + wide + " has 3 feature columns but the "
                + "model takes 2 inputs (the last column is the target, every other column "
                + "is an input)", train("--model", in, "--data", wide.toString(), "--lr", "0.1",
                        "--out", out).userError());
        Path text = Files.writeString(dir.resolve("text.csv"), "a,b,y\n1,x,4\n");
        assertTrue(train("--model", in, "--data", text.toString(), "--lr", "0.1", "--out", out)
                .userError().startsWith("scratchnet train: data file " + text
                        + ": line 2, column 2 (\"b\"): \"x\" is not a number"));
        Path twoOut = model("two.json", Network.build(NetSpec.of(new int[] {2, 2},
                Activation.RELU, Loss.MSE, Init.HE), new Rng(1)));
        assertEquals("scratchnet train: the model has 2 outputs, but a CSV file has one target "
                + "column; train a model with 1 output (--arch ...,1)",
                train("--model", twoOut.toString(), "--data", data, "--lr", "0.1", "--out",
                        out).userError());
    }
}
