package scratchnet.bench;

import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * Benchmark A, TensorFlow Playground's workload: 500 points of the two-spiral data (noise
 * 10 %, labels ±1 for a tanh output), a 2-8-8-1 network with tanh hidden and output units,
 * squared error, batch 10, plain SGD at lr 0.03, for 100 epochs (50 steps each). The figure is
 * training examples per second; the trainer's evaluation of the whole training set after every
 * epoch is part of the timed work, as it is when the page trains.
 */
final class SpiralTraining implements Workload {
    static final int POINTS = 500;
    static final int EPOCHS = 100;
    static final NetSpec NET = new NetSpec(new int[] {2, 8, 8, 1}, Activation.TANH,
            Activation.TANH, Loss.MSE, Init.LECUN, NetSpec.DEFAULT_LEAKY_SLOPE, 0);
    static final TrainSpec TRAINING = TrainSpec.of(0.03, 10);

    private final int epochs;
    private final double[] x;
    private final double[] y;

    SpiralTraining(int epochs) {
        this.epochs = epochs;
        Dataset spiral = TwoD.SPIRAL.generate(POINTS, 10, new Rng(1));
        x = spiral.x();
        y = plusMinusOne(spiral.y());
    }

    /** Labels {0, 1} as Playground's {−1, +1}, the range of a tanh output. */
    static double[] plusMinusOne(double[] labels) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 * labels[i] - 1;
        }
        return y;
    }

    /** Trains a fresh network (seed 1) and returns its last epoch's training loss. */
    @Override
    public double run() {
        Network net = Network.build(NET, new Rng(1));
        Trainer trainer = new Trainer(net, TRAINING, x, y);
        trainer.epochs(epochs);
        return trainer.history().trainLoss(epochs);
    }

    /** The points, 500 × 2 row-major. */
    double[] inputs() {
        return x;
    }

    /** The ±1 labels, one per point. */
    double[] targets() {
        return y;
    }

    @Override
    public long examples() {
        return (long) POINTS * epochs;
    }
}
