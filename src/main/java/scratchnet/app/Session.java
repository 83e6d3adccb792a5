package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.Optimizer;
import scratchnet.train.Sgd;

/**
 * Everything the page's playground holds: the data, the network, the optimizer and the step
 * count. The page asks it to train a few steps per frame, then reads the numbers it paints.
 *
 * <p>For now the setup is fixed (issue 3): 200 {@link TwoD#CIRCLE} points, a 2-8-8-1 tanh
 * network with a sigmoid output trained on binary cross-entropy by full-batch SGD. The seed
 * fixes everything, so the same seed gives the same weights, bit for bit, on the JVM and in
 * both browser builds.
 */
public final class Session {
    /** Grid cells per side of the decision-boundary picture. */
    public static final int GRID = 50;
    /** The data's square [−EXTENT, EXTENT]², as {@link TwoD} documents. */
    private static final double EXTENT = 6.0;
    private static final int POINTS = 200;
    private static final double NOISE_PERCENT = 0;
    private static final double LEARNING_RATE = 0.3;

    private final Dataset data;
    private final Network network;
    private final Optimizer optimizer = new Sgd();
    private final Rng rng;
    /** Grid-cell centres, row-major GRID² × 2, top row first (y grows upwards). */
    private final double[] gridInputs = gridInputs();
    /** P(class 1) per grid cell, GRID² values, same order as {@link #gridInputs}. */
    private final double[] grid = new double[GRID * GRID];
    private int steps;
    private double loss;

    /** A fresh session: data and initial weights are drawn from {@code seed}. */
    public Session(long seed) {
        rng = new Rng(seed);
        data = TwoD.CIRCLE.generate(POINTS, NOISE_PERCENT, rng);
        NetSpec spec = NetSpec.of(new int[] {2, 8, 8, 1}, Activation.TANH, Loss.BCE,
                Init.XAVIER);
        network = Network.build(spec, rng);
        loss = network.loss(data.x(), data.y(), data.rows());
    }

    /** Runs {@code n} full-batch SGD steps and returns the loss of the last one. */
    public double train(int n) {
        for (int i = 0; i < n; i++) {
            network.forwardTrain(data.x(), data.rows(), rng);
            loss = network.backward(data.y(), Penalty.NONE);
            optimizer.step(network.parameters(), network.gradients(), LEARNING_RATE);
            steps++;
        }
        return loss;
    }

    /** Training steps taken so far. */
    public int steps() {
        return steps;
    }

    /** Mean loss of the batch seen by the latest step (before the step's update). */
    public double loss() {
        return loss;
    }

    /** P(class 1) on the GRID × GRID cell centres, top row first; the buffer is reused. */
    public double[] decisionGrid() {
        double[] out = network.forward(gridInputs, GRID * GRID);
        System.arraycopy(out, 0, grid, 0, grid.length);
        return grid;
    }

    /** The data as (x, y, label) triples, coordinates in [−extent(), extent()]. */
    public double[] points() {
        double[] p = new double[data.rows() * 3];
        for (int i = 0; i < data.rows(); i++) {
            p[3 * i] = data.x()[2 * i];
            p[3 * i + 1] = data.x()[2 * i + 1];
            p[3 * i + 2] = data.y()[i];
        }
        return p;
    }

    /** Half the side of the square shown by the grid. */
    public double extent() {
        return EXTENT;
    }

    /**
     * Every weight and bias as the 16 hex digits of its IEEE-754 bits, layer by layer, so two
     * runtimes can be compared exactly without trusting their decimal printing.
     */
    public String parameterBits() {
        StringBuilder sb = new StringBuilder();
        for (double[] buffer : network.parameters()) {
            for (double v : buffer) {
                String hex = Long.toHexString(Double.doubleToRawLongBits(v));
                sb.append("0000000000000000", hex.length(), 16).append(hex).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static double[] gridInputs() {
        double[] g = new double[GRID * GRID * 2];
        double cell = 2 * EXTENT / GRID;
        for (int row = 0; row < GRID; row++) {
            for (int col = 0; col < GRID; col++) {
                int i = row * GRID + col;
                g[2 * i] = -EXTENT + (col + 0.5) * cell;
                g[2 * i + 1] = EXTENT - (row + 0.5) * cell;
            }
        }
        return g;
    }
}
