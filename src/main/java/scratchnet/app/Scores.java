package scratchnet.app;

import scratchnet.data.Baseline;
import scratchnet.data.Dataset;
import scratchnet.data.Split;
import scratchnet.data.Standardizer;
import scratchnet.data.Task;

/** The scores printed beside the loss, computed from outputs a forward pass already made. */
final class Scores {
    private Scores() {
    }

    /**
     * Share of rows of {@code d} classified right from {@code out} (rows × k outputs): a single
     * probability is class 1 from 0.5, several outputs vote for the largest; NaN for regression.
     */
    static double accuracy(Dataset d, double[] out, int k) {
        if (d.task() == Task.REGRESSION || d.rows() == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int r = 0; r < d.rows(); r++) {
            int predicted = 0;
            if (k == 1) {
                predicted = out[r] >= 0.5 ? 1 : 0;
            } else {
                for (int c = 1; c < k; c++) {
                    predicted = out[r * k + c] > out[r * k + predicted] ? c : predicted;
                }
            }
            right += predicted == (int) d.target(r) ? 1 : 0;
        }
        return (double) right / d.rows();
    }

    /**
     * Accuracy of always guessing the commonest class of {@code d} (chance level); NaN for
     * regression or no rows.
     */
    static double chance(Dataset d, int classes) {
        if (d.task() == Task.REGRESSION || d.rows() == 0) {
            return Double.NaN;
        }
        int[] counts = new int[Math.max(2, classes)];
        for (int r = 0; r < d.rows(); r++) {
            counts[(int) d.target(r)]++;
        }
        int most = 0;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        return (double) most / d.rows();
    }

    /** Mean absolute error in real units (targets unscaled by {@code scaler}); NaN if none. */
    static double mae(Dataset d, double[] out, int k, Standardizer scaler) {
        if (d.task() != Task.REGRESSION || d.rows() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int r = 0; r < d.rows(); r++) {
            sum += Math.abs(scaler.inverseTarget(out[r * k]) - scaler.inverseTarget(d.target(r)));
        }
        return sum / d.rows();
    }

    /** Test MAE of always predicting the training mean, in real units (NaN if no regression). */
    static double baselineMae(Split raw) {
        if (raw.train().task() != Task.REGRESSION || raw.test().rows() == 0) {
            return Double.NaN;
        }
        return Baseline.meanPredictorMae(raw.train(), raw.test());
    }
}
