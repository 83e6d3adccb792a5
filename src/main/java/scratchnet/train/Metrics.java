package scratchnet.train;

import scratchnet.engine.Loss;
import scratchnet.engine.Network;

/**
 * Quality measures on a whole set, each from one forward pass without dropout.
 *
 * <p>Accuracy is for classifiers: with {@link Loss#BCE} an example counts as class 1 when
 * p ≥ 0.5; with {@link Loss#SOFTMAX_CE} the predicted class is the arg-max (first on ties).
 * MAE is for regression ({@link Loss#MSE}, {@link Loss#HUBER}): mean |ŷ − y| over every output value, in the
 * units of the targets as given.
 */
public final class Metrics {
    private Metrics() {
    }

    /** Fraction of the {@code rows} examples classified correctly; NaN for an MSE network. */
    public static double accuracy(Network net, double[] x, double[] y, int rows) {
        double[] a = net.forward(x, rows);
        int k = net.outputs();
        int correct = 0;
        switch (net.loss()) {
            case BCE:
                for (int r = 0; r < rows; r++) {
                    int predicted = a[r] >= 0.5 ? 1 : 0;
                    correct += predicted == (int) y[r] ? 1 : 0;
                }
                break;
            case SOFTMAX_CE:
                for (int r = 0; r < rows; r++) {
                    correct += argmax(a, r * k, k) == (int) y[r] ? 1 : 0;
                }
                break;
            default:
                return Double.NaN;
        }
        return (double) correct / rows;
    }

    private static int argmax(double[] a, int offset, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (a[offset + j] > a[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    /** Mean absolute error over all outputs; NaN for a classifier. */
    public static double meanAbsoluteError(Network net, double[] x, double[] y, int rows) {
        if (!net.loss().realTargets()) {
            return Double.NaN;
        }
        double[] a = net.forward(x, rows);
        int n = rows * net.outputs();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(a[i] - y[i]);
        }
        return sum / n;
    }
}
