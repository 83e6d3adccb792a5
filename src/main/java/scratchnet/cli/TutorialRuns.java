package scratchnet.cli;

import java.util.Arrays;
import scratchnet.data.Baseline;
import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Split;
import scratchnet.data.Standardizer;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * The tutorial's experiments, rerun on ScratchNet's engine; each returns its numbers and
 * {@link ReproCommand} prints them beside the tutorial's. Random draws come from our seeded
 * {@link Rng}, not NumPy's, so figures that depend on random numbers match the tutorial's in
 * kind, not digit for digit.
 */
final class TutorialRuns {
    /** The points where the tutorial checks each activation's derivative. */
    static final double[] Z_TEST = {-2.0, -0.5, 0.0, 0.5, 2.0};
    /** The tutorial's finite-difference step. */
    static final double H = 1e-5;

    private TutorialRuns() {
    }

    /** z = w·x + b of the tutorial's neuron, and a = f(z) for sigmoid and ReLU. */
    record Neuron(double z, double sigmoid, double relu) {
    }

    /** x = (5.2 km, 8 traffic, 22 min), w = (0.7, 0.2, 0.4), b = −0.5, through a Dense layer. */
    static Neuron neuron() {
        Network neuron = Network.of(Loss.MSE, new int[] {3, 1},
                new Activation[] {Activation.LINEAR}, new double[][] {{0.7, 0.2, 0.4}},
                new double[][] {{-0.5}}, NetSpec.DEFAULT_LEAKY_SLOPE);
        double z = neuron.forward(new double[] {5.2, 8, 22}, 1)[0];
        return new Neuron(z, Activation.SIGMOID.value(z, 0), Activation.RELU.value(z, 0));
    }

    /**
     * Largest |f'(z) − (f(z+h) − f(z−h))/2h| over {@link #Z_TEST}: over all points, and over
     * the points other than z = 0 (ReLU's kink, where the central difference is 0.5).
     */
    record DerivativeCheck(double maxError, double maxErrorAwayFromZero) {
    }

    static DerivativeCheck derivativeCheck(Activation f) {
        double all = 0;
        double away = 0;
        for (double z : Z_TEST) {
            double numerical = (f.value(z + H, 0) - f.value(z - H, 0)) / (2 * H);
            double error = Math.abs(f.derivative(z, 0) - numerical);
            all = Math.max(all, error);
            if (z != 0) {
                away = Math.max(away, error);
            }
        }
        return new DerivativeCheck(all, away);
    }

    /** Weights and biases of the tutorial's 4 → 8 → 4 → 1 network. */
    static int parameterCount() {
        return Network.build(NetSpec.of(new int[] {4, 8, 4, 1}, Activation.RELU, Loss.MSE,
                Init.HE), new Rng(0)).parameterCount();
    }

    /** Backpropagation's dL/dw against the central difference of the loss. */
    record GradCheck(double analytical, double numerical, double relError) {
    }

    /**
     * The tutorial's check on W1[0,0] and W3[0,0] of a 4 → 8 → 4 → 1 ReLU network (He init):
     * 8 rows of standard-normal inputs, targets N(35, 10²), MSE.
     */
    static GradCheck[] gradientCheck(long seed) {
        Rng rng = new Rng(seed);
        Network net = Network.build(NetSpec.of(new int[] {4, 8, 4, 1}, Activation.RELU,
                Loss.MSE, Init.HE), rng);
        int rows = 8;
        double[] x = new double[rows * 4];
        double[] y = new double[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextGaussian() * 10 + 35;
        }
        net.forward(x, rows);
        net.backward(y, Penalty.NONE);
        return new GradCheck[] {check(net, 0, x, y, rows), check(net, 2, x, y, rows)};
    }

    private static GradCheck check(Network net, int layer, double[] x, double[] y, int rows) {
        double analytical = net.layer(layer).weightGrads()[0];
        double[] w = net.layer(layer).weights();
        double original = w[0];
        w[0] = original + H;
        double plus = net.loss(x, y, rows);
        w[0] = original - H;
        double minus = net.loss(x, y, rows);
        w[0] = original;
        double numerical = (plus - minus) / (2 * H);
        double rel = Math.abs(numerical - analytical)
                / (Math.abs(numerical) + Math.abs(analytical) + 1e-10);
        return new GradCheck(analytical, numerical, rel);
    }

    /**
     * The delivery data, split 80/20 and standardised (X and y) on the training part only.
     *
     * @param raw the split in minutes, for MAE
     * @param train the scaled training part
     * @param test the scaled test part
     */
    record Prepared(Split raw, Standardizer scaler, Dataset train, Dataset test) {
        /** Test MAE in minutes of {@code net}'s predictions, mapped back from scaled units. */
        double testMae(Network net) {
            // The output buffer may be longer than this batch; keep its first rows values.
            double[] predicted = Arrays.copyOf(net.forward(test.x(), test.rows()), test.rows());
            scaler.inverseTargets(predicted);
            return Baseline.mae(predicted, raw.test().y());
        }
    }

    /** The tutorial's 2000 delivery rows (seed), split with seed + 1, scaled as it does. */
    static Prepared prepare(long seed) {
        Dataset data = Delivery.generate(new Rng(seed));
        Split split = Split.of(data, 0.8, new Rng(seed + 1));
        Standardizer scaler = Standardizer.fit(split.train(), true);
        return new Prepared(split, scaler, scaler.apply(split.train()),
                scaler.apply(split.test()));
    }

    /** The 4 → 16 → 8 → 1 ReLU network (He init, seed + 2) the tutorial trains. */
    static Network deliveryNet(long seed) {
        return Network.build(NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE,
                Init.HE), new Rng(seed + 2));
    }

    /**
     * The regression run: train MSE (scaled units) after every epoch, then test MAE in minutes
     * beside the baseline that always predicts the training mean.
     */
    record Regression(double[] trainMse, double testMae, double baselineMae, int trainRows,
            int testRows) {
    }

    /** Mini-batch SGD, lr 0.005, batch 64, rows reshuffled every epoch (trainer seed = seed). */
    static Regression delivery(long seed, int epochs) {
        Prepared p = prepare(seed);
        Network net = deliveryNet(seed);
        Trainer trainer = new Trainer(net, TrainSpec.of(0.005, 64).withSeed(seed),
                p.train().x(), p.train().y());
        double[] mse = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            trainer.epoch();
            mse[e] = trainer.trainLoss();
        }
        return new Regression(mse, p.testMae(net),
                Baseline.meanPredictorMae(p.raw().train(), p.raw().test()), p.train().rows(),
                p.test().rows());
    }

    /** One gradient-descent variant after a fixed number of epochs. */
    record Variant(int batch, long steps, double trainMse, double testMae, long nanos) {
    }

    /**
     * Full-batch, stochastic (B = 1) and mini-batch (B = 64) gradient descent from the same
     * starting weights, at the same lr and number of epochs.
     */
    static Variant[] variants(long seed, int epochs, double lr) {
        Prepared p = prepare(seed);
        Network start = deliveryNet(seed);
        int[] batches = {0, 1, 64};
        Variant[] out = new Variant[batches.length];
        for (int v = 0; v < batches.length; v++) {
            Network net = start.copy();
            Trainer trainer = new Trainer(net, TrainSpec.of(lr, batches[v]).withSeed(seed),
                    p.train().x(), p.train().y());
            long t0 = System.nanoTime();
            trainer.epochs(epochs);
            long nanos = System.nanoTime() - t0;
            out[v] = new Variant(trainer.batchSize(), trainer.stepsTaken(), trainer.trainLoss(),
                    p.testMae(net), nanos);
        }
        return out;
    }
}
