package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.diag.GradientCheck;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;

/**
 * Read-only looks into the network the page asks for one at a time: one link's or bias's
 * value, gradient and last change, one neuron on one training row, the gradient check of a
 * layer, and the parameters' exact bits. It holds no state and changes nothing.
 */
final class NetworkProbes {
    private NetworkProbes() {
    }

    /**
     * One link's weight w, its gradient dL/dw from the latest step and the change the latest
     * step made to it; {@code from} is a unit of layer {@code layer} − 1 (or an input).
     */
    static double[] link(Network net, LastUpdate lastUpdate, int layer, int from, int to) {
        Dense d = net.layer(layer);
        int i = from * d.outputs() + to;
        return new double[] {d.weights()[i], d.weightGrads()[i], lastUpdate.weight(layer, i)};
    }

    /** One unit's bias, its gradient and the change the latest step made to it. */
    static double[] bias(Network net, LastUpdate lastUpdate, int layer, int unit) {
        Dense d = net.layer(layer);
        return new double[] {d.biases()[unit], d.biasGrads()[unit],
            lastUpdate.bias(layer, unit)};
    }

    /**
     * One neuron of {@code net} on one training row: unit {@code unit} of weight layer
     * {@code layer} (0-based), its incoming weights and bias, and the previous layer's
     * outputs for row {@code row} of {@code train} (the inputs themselves for the first layer).
     */
    static Session.NeuronView neuronAt(Network net, Dataset train, int layer, int unit,
            int row) {
        if (layer < 0 || layer >= net.depth() || unit < 0 || unit >= net.layer(layer).outputs()
                || row < 0 || row >= train.rows()) {
            throw new IllegalArgumentException("no unit " + unit + " in layer " + layer
                    + " or no training row " + row);
        }
        Network probe = net.copy();
        int cols = train.cols();
        double[] x = new double[cols];
        System.arraycopy(train.x(), row * cols, x, 0, cols);
        probe.forward(x, 1);
        Dense d = probe.layer(layer);
        double[] in = layer == 0 ? x : probe.layer(layer - 1).activations();
        double[] inputs = java.util.Arrays.copyOf(in, d.inputs());
        double[] w = new double[d.inputs()];
        for (int i = 0; i < w.length; i++) {
            w[i] = d.weights()[i * d.outputs() + unit];
        }
        double[] norm = null;
        BatchNorm bn = d.norm();
        if (bn != null) {
            // the forward pass feeds f with y = γ·(z − μ)/√(σ² + ε) + β, not with z
            norm = new double[] {bn.input()[unit], bn.runningMean()[unit],
                bn.runningVar()[unit], bn.gamma()[unit], bn.beta()[unit],
                bn.normalized()[unit], d.preActivations()[unit]};
        }
        return new Session.NeuronView(inputs, w, d.biases()[unit], d.activation(), d.slope(),
                d.activations()[unit], layer == 0 ? train.featureNames() : null, train.rows(),
                norm);
    }

    /**
     * Backpropagation's gradient of every weight and bias of layer {@code layer} beside the
     * central difference with step {@code h}, on all of {@code train} with {@code penalty}
     * (see {@link GradientCheck#layer}).
     */
    static GradientCheck.Entry[] gradCheck(Network net, Dataset train, Penalty penalty,
            int layer, double h) {
        GradientCheck.Entry[] wb = GradientCheck.layer(net, train.x(), train.y(), train.rows(),
                penalty, layer, h);
        GradientCheck.Entry[] norm = GradientCheck.normalization(net, train.x(), train.y(),
                train.rows(), penalty, layer, h);
        GradientCheck.Entry[] all = java.util.Arrays.copyOf(wb, wb.length + norm.length);
        System.arraycopy(norm, 0, all, wb.length, norm.length);
        return all;
    }

    /**
     * {@code net}'s weights and biases as the 16 hex digits of their IEEE-754 bits, layer by
     * layer, so two runtimes can be compared exactly without trusting their decimal printing.
     */
    static String parameterBits(Network net) {
        StringBuilder sb = new StringBuilder();
        for (double[] buffer : net.parameters()) {
            for (double v : buffer) {
                String hex = Long.toHexString(Double.doubleToRawLongBits(v));
                sb.append("0000000000000000", hex.length(), 16).append(hex).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
