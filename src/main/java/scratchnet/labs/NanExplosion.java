package scratchnet.labs;

import java.util.List;
import scratchnet.data.Split;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.train.TrainSpec;

/**
 * {@code nan-explosion}: raw delivery features (order values in the hundreds) meet weights
 * drawn with standard deviation 5. Even at a rate of 1e-6 every SGD step overshoots by more
 * than the last; the loss grows by tens of orders of magnitude per step and overflows within
 * the first epoch.
 *
 * <p>Preset: the tutorial's 2000 delivery rows split 80/20 (seed 42), features and target
 * not standardised; network 4-16-1 with leaky-ReLU hidden units, {@link Init#TOO_LARGE} (seed
 * 1), MSE; plain SGD at rate {@value #LEARNING_RATE}, batches of 64, 20 epochs. Leaky ReLU
 * because with plain ReLU the first overshoot kills every hidden unit, which freezes the loss
 * at a huge finite value instead (that is the {@code dying-relu} lab); a deeper stack makes the
 * stable rate so small that lowering it tenfold would not be enough. Detector: {@link
 * scratchnet.diag.NonFinite}, which stops the run at the first NaN or infinity and reports
 * step, layer and quantity; the symptom value is that step.
 *
 * <p>Fixes, each alone: standardise the inputs; the learning rate divided by 10; clip the
 * gradient norm to {@value #CLIP_NORM} (stops the explosion, but with steps this small the
 * loss then barely moves); He initialisation. Each trains to a finite loss below the starting
 * loss of its own run, and none alone beats always predicting the training mean on the test
 * rows: "finite" is not "fixed". The tutorial's recipe, {@link Fix#ALL_FIXES}, does all at once
 * (features and target standardised, He initialisation, the tutorial's rate
 * {@value #RECIPE_RATE}, clipping) and beats the mean predictor about threefold.
 */
public final class NanExplosion implements Lab {
    /** The preset's learning rate. */
    public static final double LEARNING_RATE = 1e-6;
    /** The rate of the lower-rate fix: the preset's divided by 10. */
    public static final double LOWER_RATE = LEARNING_RATE / 10;
    /**
     * The recipe's rate: the tutorial's 0.005, the rate it trains this network with on
     * standardised data. "Divide the rate by 10" is relative to the rate that fitted the raw
     * minutes; once features and target are standardised, 1e-7 would barely move in 20 epochs
     * (even 0.0005 ends level with the mean predictor, 12.4 min).
     */
    public static final double RECIPE_RATE = 0.005;
    /** Global gradient norm of the clipping fix. */
    public static final double CLIP_NORM = 1.0;

    @Override
    public LabId id() {
        return LabId.NAN_EXPLOSION;
    }

    @Override
    public Preset preset() {
        Split raw = LabData.deliveryRaw();
        NetSpec net = NetSpec.of(new int[] {4, 16, 1}, Activation.LEAKY_RELU, Loss.MSE,
                Init.TOO_LARGE);
        return new Preset(raw.train(), raw.test(), net, TrainSpec.of(LEARNING_RATE, 64), 1, 20,
                LabData.rawMinutes());
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.STANDARDISE_INPUTS, Fix.LOWER_LEARNING_RATE, Fix.GRADIENT_CLIPPING,
                Fix.HE_INIT, Fix.ALL_FIXES);
    }

    @Override
    public Preset apply(Fix fix) {
        Preset p = preset();
        switch (fix) {
            case STANDARDISE_INPUTS:
                Split s = LabData.standardise(LabData.deliveryRaw(), false);
                return p.withData(s.train(), s.test());
            case LOWER_LEARNING_RATE:
                return p.withTraining(Specs.learningRate(p.training(), LOWER_RATE));
            case GRADIENT_CLIPPING:
                return p.withTraining(p.training().withClipNorm(CLIP_NORM));
            case HE_INIT:
                return p.withNet(Specs.init(p.net(), Init.HE));
            case ALL_FIXES:
                Split both = LabData.deliveryStandardised();
                return p.withData(both.train(), both.test(), LabData.standardisedMinutes())
                        .withNet(Specs.init(p.net(), Init.HE))
                        .withTraining(Specs.learningRate(p.training(), RECIPE_RATE)
                                .withClipNorm(CLIP_NORM));
            default:
                throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
    }

    /** Present when the run hit a NaN or infinity; value, layer and step say where. */
    @Override
    public Symptom symptom(Outcome outcome) {
        NonFiniteReport r = outcome.nonFinite();
        if (r == null) {
            return new Symptom(false, Double.NaN, Double.NaN, -1, -1);
        }
        return new Symptom(true, r.step(), Double.NaN, r.layer(), r.step());
    }
}
