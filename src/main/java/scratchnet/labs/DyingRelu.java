package scratchnet.labs;

import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.diag.LayerActivity;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;

/**
 * {@code dying-relu}: a learning rate so high that single SGD steps throw hidden ReLU units
 * below zero for every example, where their gradient is exactly 0 and they never return.
 *
 * <p>Preset: two-arm spiral (200 points, noise 10 %, data seed 1), network 2-16-16-16-1 with
 * ReLU hidden layers, He initialisation (seed 1), binary cross-entropy; plain SGD at rate 0.6
 * on batches of 10 for 30 epochs. Detector: {@link scratchnet.diag.DeadUnits} on the training
 * set after training; the symptom value is the largest dead share of any hidden layer (for
 * leaky ReLU the share of units that are off, z ≤ 0 on every example), present at ≥ 0.5.
 *
 * <p>Fixes: leaky ReLU with slope {@value #LEAKY_SLOPE} (an off unit still receives
 * slope·gradient, so it can come back; with the common slope 0.01 plain SGD moves it 100 times
 * more slowly than an on unit and many stay off within the run), and the learning rate
 * divided by 10. He initialisation is not offered: the preset already uses it, and at this rate
 * the smaller Xavier or uniform weights would only change which units die.
 */
public final class DyingRelu implements Lab {
    /** Slope of the leaky-ReLU fix, as TensorFlow's {@code leaky_relu} default. */
    public static final double LEAKY_SLOPE = 0.2;
    /** Dead (or off) share of a hidden layer at which the symptom counts as present. */
    public static final double THRESHOLD = 0.5;
    private static final double LEARNING_RATE = 0.6;

    @Override
    public LabId id() {
        return LabId.DYING_RELU;
    }

    @Override
    public Preset preset() {
        Dataset spiral = TwoD.SPIRAL.generate(200, 10, new Rng(1));
        NetSpec net = NetSpec.of(new int[] {2, 16, 16, 16, 1}, Activation.RELU, Loss.BCE,
                Init.HE);
        return new Preset(spiral, null, net, TrainSpec.of(LEARNING_RATE, 10), 1, 30);
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.LEAKY_RELU, Fix.LOWER_LEARNING_RATE);
    }

    @Override
    public Preset apply(Fix fix) {
        Preset p = preset();
        NetSpec n = p.net();
        switch (fix) {
            case LEAKY_RELU:
                return p.withNet(new NetSpec(n.sizes(), Activation.LEAKY_RELU, n.output(),
                        n.loss(), n.init(), LEAKY_SLOPE, n.dropout()));
            case LOWER_LEARNING_RATE:
                return p.withTraining(Specs.learningRate(p.training(), LEARNING_RATE / 10));
            default:
                throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
    }

    @Override
    public Symptom symptom(Outcome outcome) {
        LayerActivity[] layers = outcome.endActivity();
        double worst = 0;
        int where = -1;
        for (int l = 0; l < layers.length - 1; l++) {
            LayerActivity a = layers[l];
            double share = a.silentShare();
            if (share > worst || where < 0) {
                worst = share;
                where = l;
            }
        }
        return new Symptom(worst >= THRESHOLD, worst, THRESHOLD, where, -1);
    }
}
