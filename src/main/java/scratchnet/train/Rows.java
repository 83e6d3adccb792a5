package scratchnet.train;

import scratchnet.engine.Loss;
import scratchnet.engine.Network;

/**
 * How training data are laid out for a network, and the check that they are: x is n × inputs
 * row-major; y is n × outputs for MSE and one value per row (0/1, or the class index) for the
 * cross-entropy losses.
 */
final class Rows {
    private Rows() {
    }

    /** Target values per row: the outputs for MSE and Huber, one label for the cross-entropies. */
    static int targetWidth(Network net) {
        return net.loss().realTargets() ? net.outputs() : 1;
    }

    /**
     * The number of rows in {@code x} and {@code y} for {@code net}; {@code name} ("training",
     * "test") starts the message when they are missing or not whole rows.
     */
    static int count(Network net, String name, double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(name + " inputs and targets must be given");
        }
        int in = net.inputs();
        if (x.length % in != 0) {
            throw new IllegalArgumentException(name + " inputs hold " + x.length
                    + " values, not a whole number of rows of " + in);
        }
        int rows = x.length / in;
        int width = targetWidth(net);
        if (y.length != rows * width) {
            throw new IllegalArgumentException(name + " targets hold " + y.length
                    + " values; " + rows + " rows need " + rows * width);
        }
        return rows;
    }
}
