package scratchnet.labs;

import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Split;
import scratchnet.data.Standardizer;
import scratchnet.math.Rng;

/** The data sets the labs share, each drawn from a fixed seed. */
final class LabData {
    /** Seed of the delivery data and of its 80/20 split. */
    static final long DELIVERY_SEED = 42;

    private LabData() {
    }

    /** The tutorial's 2000 delivery rows split 80/20 (1600 / 400), features and target raw. */
    static Split deliveryRaw() {
        Dataset all = Delivery.generate(new Rng(DELIVERY_SEED));
        return Split.of(all, new Rng(DELIVERY_SEED));
    }

    /**
     * The delivery split as the tutorial trains on it: features and target standardised with
     * means and standard deviations fitted on the training rows only.
     */
    static Split deliveryStandardised() {
        return standardise(deliveryRaw(), true);
    }

    /** The raw delivery target's units: minutes. */
    static TargetUnits rawMinutes() {
        return new TargetUnits(1, "min");
    }

    /** Units of the standardised delivery target: one unit is the training rows' std of minutes. */
    static TargetUnits standardisedMinutes() {
        return new TargetUnits(Standardizer.fit(deliveryRaw().train(), true).targetStd(), "min");
    }

    /** {@code split} with features (and, if asked, the target) standardised on its train part. */
    static Split standardise(Split split, boolean target) {
        Standardizer s = Standardizer.fit(split.train(), target);
        return new Split(s.apply(split.train()), s.apply(split.test()));
    }
}
