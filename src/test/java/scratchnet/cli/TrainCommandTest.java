package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(r.err().startsWith("scratchnet train: training diverged after 50 steps"),
                r.err());
        assertTrue(r.err().endsWith("; nothing written\n"), r.err());
        assertFalse(Files.exists(out));
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
