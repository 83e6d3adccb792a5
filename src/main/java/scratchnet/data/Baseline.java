package scratchnet.data;

/**
 * Scores of models that ignore the features, the bar a trained network must clear. The
 * tutorial reports the test MAE of always predicting the training mean next to the network's.
 */
public final class Baseline {
    private Baseline() {
    }

    /** Arithmetic mean of {@code v} (NaN when empty). */
    public static double mean(double[] v) {
        double sum = 0;
        for (double e : v) {
            sum += e;
        }
        return sum / v.length;
    }

    /** Mean absolute error (1/n)·Σ|predicted − actual|, in the target's units. */
    public static double mae(double[] predicted, double[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("lengths differ: " + predicted.length + " vs "
                    + actual.length);
        }
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    /** Test MAE of predicting the training targets' mean for every test row. */
    public static double meanPredictorMae(Dataset train, Dataset test) {
        double guess = mean(train.y());
        double sum = 0;
        for (int i = 0; i < test.rows(); i++) {
            sum += Math.abs(guess - test.target(i));
        }
        return sum / test.rows();
    }

    /** Test accuracy (0..1) of always predicting the most frequent training class. */
    public static double majorityClassAccuracy(Dataset train, Dataset test) {
        if (train.task() == Task.REGRESSION) {
            throw new IllegalArgumentException("majority class needs a classification dataset");
        }
        int best = 0;
        for (int k = 1; k < train.classes(); k++) {
            if (train.count(k) > train.count(best)) {
                best = k;
            }
        }
        return (double) test.count(best) / test.rows();
    }
}
