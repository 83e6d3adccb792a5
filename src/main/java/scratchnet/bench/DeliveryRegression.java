package scratchnet.bench;

import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Split;
import scratchnet.data.Standardizer;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * Benchmark C, the tutorial's delivery-time regression: the 2000-row {@link Delivery} set
 * split 80/20, features and target standardised on the 1600 training rows, a 4-16-8-1 ReLU
 * network with a linear output and MSE, He initialisation, batch 64, SGD at lr 0.005, for
 * 200 epochs. Figures: seconds per run and the test mean absolute error in minutes.
 */
final class DeliveryRegression implements Workload {
    static final int EPOCHS = 200;
    static final NetSpec NET = NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE,
            Init.HE);
    static final TrainSpec TRAINING = TrainSpec.of(0.005, 64);

    private final int epochs;
    private final Split scaled;
    private final double minutesPerUnit;

    DeliveryRegression(int epochs) {
        this.epochs = epochs;
        Rng rng = new Rng(42);
        Split split = Split.of(Delivery.generate(rng), Split.DEFAULT_TRAIN_RATIO, rng);
        Standardizer s = Standardizer.fit(split.train(), true);
        scaled = new Split(s.apply(split.train()), s.apply(split.test()));
        minutesPerUnit = s.targetStd();
    }

    /** Trains a fresh network (seed 1) and returns its test MAE in minutes. */
    @Override
    public double run() {
        Network net = Network.build(NET, new Rng(1));
        Trainer trainer = Trainer.on(net, TRAINING, scaled);
        trainer.epochs(epochs);
        // The target is scaled linearly, so an error of e scaled units is e·std minutes.
        return trainer.testMae() * minutesPerUnit;
    }

    @Override
    public long examples() {
        Dataset train = scaled.train();
        return (long) train.rows() * epochs;
    }
}
