package scratchnet.labs;

import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerNorms;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.math.Rng;
import scratchnet.train.TrainSpec;

/**
 * {@code vanishing-gradients}: five sigmoid hidden layers. Backpropagation multiplies by
 * σ'(z) ≤ 0.25 once per layer, so the first layer's gradient is orders of magnitude smaller
 * than the last's and the early layers barely learn; the loss stays near ln 2.
 *
 * <p>Preset: circle data (200 points, noise 10 %, data seed 1), network 2-8-8-8-8-8-1,
 * sigmoid hidden layers, Xavier initialisation (seed 1), binary cross-entropy; plain SGD at
 * 0.1 on batches of 10 for 20 epochs. Detector: {@link GradNorms} of the full training-set
 * gradient after training; the symptom value is gradNorm(last layer) / gradNorm(first layer),
 * present at ≥ {@value #THRESHOLD}. Fix: ReLU hidden layers with He initialisation.
 */
public final class VanishingGradients implements Lab {
    /** Last-over-first gradient ratio at which the symptom counts as present. */
    public static final double THRESHOLD = 100;

    @Override
    public LabId id() {
        return LabId.VANISHING_GRADIENTS;
    }

    @Override
    public Preset preset() {
        Dataset circle = TwoD.CIRCLE.generate(200, 10, new Rng(1));
        NetSpec net = NetSpec.of(new int[] {2, 8, 8, 8, 8, 8, 1}, Activation.SIGMOID, Loss.BCE,
                Init.LECUN);
        return new Preset(circle, null, net, TrainSpec.of(0.1, 10), 1, 20);
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.RELU_HE);
    }

    @Override
    public Preset apply(Fix fix) {
        if (fix != Fix.RELU_HE) {
            throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
        Preset p = preset();
        return p.withNet(Specs.init(Specs.hidden(p.net(), Activation.RELU), Init.HE));
    }

    @Override
    public Symptom symptom(Outcome outcome) {
        LayerNorms[] norms = outcome.endGradNorms();
        double ratio = GradNorms.lastOverFirst(norms);
        return new Symptom(ratio >= THRESHOLD, ratio, THRESHOLD, 0, -1);
    }
}
