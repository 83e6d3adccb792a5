package scratchnet.bench;

import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * Benchmark B, an MNIST-sized workload where the matrix products dominate: 2048 seeded random
 * examples of 784 features in [0, 1) with random labels 0..9, a 784-128-64-10 ReLU network
 * with a softmax output and cross-entropy, He initialisation, batch 64, SGD at lr 0.01, for
 * 3 epochs. Figures: examples per second and GFLOP/s counted as 6 × parameters × examples
 * (109,386 parameters). Training only, as the peers it is compared with (`../shared/peers`:
 * hand-written JS, TF.js) do it: no evaluation of the whole training set after each epoch.
 * (Until issue 16's second round the trainer evaluated it, a forward pass of 2 × parameters
 * per example that was timed but not counted, so B did 4/3 of the peers' work for the same
 * figure.)
 */
final class WideTraining implements Workload {
    static final int EXAMPLES = 2048;
    static final int FEATURES = 784;
    static final int CLASSES = 10;
    static final int EPOCHS = 3;
    static final NetSpec NET = NetSpec.of(new int[] {FEATURES, 128, 64, CLASSES},
            Activation.RELU, Loss.SOFTMAX_CE, Init.HE);
    static final TrainSpec TRAINING = TrainSpec.of(0.01, 64);

    private final int rows;
    private final int epochs;
    private final double[] x;
    private final double[] y;

    WideTraining(int rows, int epochs) {
        this.rows = rows;
        this.epochs = epochs;
        Rng rng = new Rng(784);
        x = new double[rows * FEATURES];
        y = new double[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        for (int r = 0; r < rows; r++) {
            y[r] = rng.nextInt(CLASSES);
        }
    }

    /** Trains a fresh network (seed 1) and returns the last batch's loss (before its update). */
    @Override
    public double run() {
        Network net = Network.build(NET, new Rng(1));
        Trainer trainer = new Trainer(net, TRAINING, x, y, null, null, false);
        trainer.epochs(epochs);
        return trainer.lastBatchLoss();
    }

    @Override
    public long examples() {
        return (long) rows * epochs;
    }

    @Override
    public double flops() {
        Network shape = Network.build(NET, new Rng(0));
        return 6.0 * shape.parameterCount() * examples();
    }
}
