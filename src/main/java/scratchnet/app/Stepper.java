package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.Optimizer;

/**
 * The training loop, one batch per {@link #step}: rows are reshuffled at the start of every
 * epoch, a batch is gathered into buffers allocated once, then forward (with dropout), backward,
 * optional global-norm clipping and the optimizer's update. The last batch of an epoch may be
 * short. (Stand-in for a train.Trainer; the loop is the tutorial's mini-batch loop.)
 */
final class Stepper {
    private final Network net;
    private final Dataset train;
    private final int[] order;
    private final double[] batchX;
    private final double[] batchY;
    /** Parameters just before the latest step, to show what that step changed. */
    private final double[][] before;
    private double learningRate;
    private int batchSize;
    private Penalty penalty;
    private double clipNorm;
    private int cursor;
    private long steps;
    private long epoch;
    private boolean snapshot;

    Stepper(Network net, Dataset train, Settings s) {
        this.net = net;
        this.train = train;
        this.order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        configure(s);
        int most = Math.max(1, train.rows());
        batchX = new double[most * train.cols()];
        batchY = new double[most];
        double[][] params = net.parameters();
        before = new double[params.length][];
        for (int k = 0; k < params.length; k++) {
            before[k] = params[k].clone();
        }
    }

    /** Takes the learning rate, batch size, penalty and clip norm of {@code s}. */
    void configure(Settings s) {
        learningRate = s.learningRate();
        batchSize = Math.max(1, Math.min(s.batchSize(), train.rows()));
        penalty = new Penalty(s.penalty(), s.penaltyRate());
        clipNorm = s.clipNorm();
    }

    /** Rows per step (the batch size capped at the training rows). */
    int batchRows() {
        return batchSize;
    }

    /**
     * One step on the next batch. With {@code keep} the parameters before the update are kept
     * for {@link #lastUpdate}. Returns false when {@code health} finds a value that is not finite.
     */
    boolean step(Optimizer optimizer, Rng rng, Health health, boolean keep) {
        int n = train.rows();
        if (n == 0) {
            return true;
        }
        if (cursor == 0) {
            rng.shuffle(order);
        }
        int rows = Math.min(batchSize, n - cursor);
        int cols = train.cols();
        for (int r = 0; r < rows; r++) {
            int src = order[cursor + r];
            train.copyRow(src, batchX, r * cols);
            batchY[r] = train.target(src);
        }
        net.forwardTrain(batchX, rows, rng);
        double loss = net.backward(batchY, penalty);
        long step = ++steps;
        cursor += rows;
        if (cursor >= n) {
            cursor = 0;
            epoch++;
        }
        if (!health.beforeUpdate(step, net, batchX, rows, loss, keep)) {
            return false;
        }
        double[][] grads = net.gradients();
        clip(grads);
        double[][] params = net.parameters();
        if (keep) {
            snapshot = true;
            for (int k = 0; k < params.length; k++) {
                System.arraycopy(params[k], 0, before[k], 0, params[k].length);
            }
        }
        optimizer.step(params, grads, learningRate);
        return health.afterUpdate(step, net);
    }

    /** Global-norm clipping: if ‖g‖ exceeds the limit, every gradient is scaled by limit/‖g‖. */
    private void clip(double[][] grads) {
        if (clipNorm <= 0) {
            return;
        }
        double sum = 0;
        for (double[] g : grads) {
            for (double v : g) {
                sum += v * v;
            }
        }
        double norm = Math.sqrt(sum);
        if (norm > clipNorm) {
            double scale = clipNorm / norm;
            for (double[] g : grads) {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
    }

    /** What the latest kept step changed weight {@code i} of layer {@code layer} by. */
    double lastUpdate(int layer, int i) {
        return snapshot ? net.parameters()[2 * layer][i] - before[2 * layer][i] : 0;
    }

    /** What the latest kept step changed unit {@code unit}'s bias by. */
    double lastBiasUpdate(int layer, int unit) {
        return snapshot ? net.parameters()[2 * layer + 1][unit] - before[2 * layer + 1][unit] : 0;
    }

    long steps() {
        return steps;
    }

    long epoch() {
        return epoch;
    }
}
