package scratchnet.labs;

import scratchnet.data.Dataset;
import scratchnet.engine.NetSpec;
import scratchnet.train.TrainSpec;

/**
 * Everything a lab run needs, fixed so that a run is reproducible bit for bit.
 *
 * @param trainSet the rows trained on
 * @param testSet held-out rows, or null for none
 * @param net the network's shape, activations, loss and initialiser
 * @param training the training settings (their seed drives shuffling and dropout)
 * @param seed seeds the weight initialisation
 * @param epochs passes over the training set a run makes
 * @param units for regression, how the target the network learns maps to the data's units
 *     (so errors can be reported in, say, minutes); null for classification
 */
public record Preset(Dataset trainSet, Dataset testSet, NetSpec net, TrainSpec training,
        long seed, int epochs, TargetUnits units) {
    /** A preset without target units (classification). */
    public Preset(Dataset trainSet, Dataset testSet, NetSpec net, TrainSpec training, long seed,
            int epochs) {
        this(trainSet, testSet, net, training, seed, epochs, null);
    }

    /** Checks the fields. */
    public Preset {
        if (trainSet == null || net == null || training == null) {
            throw new IllegalArgumentException("a preset needs training data, a net and a spec");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("a preset runs at least 1 epoch: " + epochs);
        }
    }

    /** This preset with another network spec. */
    public Preset withNet(NetSpec n) {
        return new Preset(trainSet, testSet, n, training, seed, epochs, units);
    }

    /** This preset with other training settings. */
    public Preset withTraining(TrainSpec t) {
        return new Preset(trainSet, testSet, net, t, seed, epochs, units);
    }

    /** This preset with other data. */
    public Preset withData(Dataset train, Dataset test) {
        return new Preset(train, test, net, training, seed, epochs, units);
    }

    /** This preset with other data, whose target maps to the data's units by {@code u}. */
    public Preset withData(Dataset train, Dataset test, TargetUnits u) {
        return new Preset(train, test, net, training, seed, epochs, u);
    }

    /** This preset with another epoch count. */
    public Preset withEpochs(int e) {
        return new Preset(trainSet, testSet, net, training, seed, e, units);
    }
}
