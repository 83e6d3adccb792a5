package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.ArrayList;
import java.util.List;
import scratchnet.math.Rng;

/**
 * Central-difference gradient checks: for every activation × loss and each penalty, every
 * analytic dW and db must agree with (L(θ+h) − L(θ−h)) / 2h to a relative error below 1e-6.
 */
class GradientCheckTest {
    private static final double H = 1e-5;

    static List<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        Activation[] hidden = {Activation.LINEAR, Activation.RELU, Activation.LEAKY_RELU,
            Activation.SIGMOID, Activation.TANH, Activation.ELU, Activation.GELU, Activation.SILU,
            Activation.SOFTPLUS};
        for (Activation h : hidden) {
            list.add(Arguments.of(h, Activation.LINEAR, Loss.MSE, Penalty.NONE));
            list.add(Arguments.of(h, Activation.TANH, Loss.MSE, Penalty.NONE));
            list.add(Arguments.of(h, Activation.SIGMOID, Loss.BCE, Penalty.NONE));
            list.add(Arguments.of(h, Activation.SOFTMAX, Loss.SOFTMAX_CE, Penalty.NONE));
        }
        list.add(Arguments.of(Activation.TANH, Activation.LINEAR, Loss.MSE,
                new Penalty(Penalty.Kind.L2, 0.3)));
        list.add(Arguments.of(Activation.TANH, Activation.SIGMOID, Loss.BCE,
                new Penalty(Penalty.Kind.L1, 0.2)));
        list.add(Arguments.of(Activation.RELU, Activation.RELU, Loss.MSE, Penalty.NONE));
        list.add(Arguments.of(Activation.SIGMOID, Activation.SIGMOID, Loss.MSE, Penalty.NONE));
        list.add(Arguments.of(Activation.TANH, Activation.LINEAR, Loss.HUBER, Penalty.NONE));
        list.add(Arguments.of(Activation.GELU, Activation.TANH, Loss.HUBER,
                new Penalty(Penalty.Kind.L2, 0.1)));
        for (Activation smooth : new Activation[] {Activation.ELU, Activation.GELU,
            Activation.SILU, Activation.SOFTPLUS}) {
            list.add(Arguments.of(Activation.TANH, smooth, Loss.MSE, Penalty.NONE));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}, {3}")
    @MethodSource("cases")
    void analyticGradientsMatchCentralDifferences(Activation hidden, Activation output,
            Loss loss, Penalty penalty) {
        int outputs = loss == Loss.SOFTMAX_CE ? 3 : loss == Loss.BCE ? 1 : 2;
        int[] sizes = {3, 5, 4, outputs};
        Rng rng = new Rng(11);
        NetSpec spec = new NetSpec(sizes, hidden, output, loss, Init.LECUN, 0.01, 0);
        Network net = Network.build(spec, rng);
        int rows = 6;
        double[] x = new double[rows * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 2);
        }
        for (int l = 0; l < net.depth(); l++) {
            double[] b = net.layer(l).biases();
            for (int j = 0; j < b.length; j++) {
                b[j] = rng.uniform(-0.3, 0.3);
            }
        }
        double[] y = targets(loss, rows, outputs, rng);
        net.forward(x, rows);
        net.backward(y, penalty);
        double[][] params = net.parameters();
        double[][] grads = net.gradients();
        double[][] analytic = new double[grads.length][];
        for (int k = 0; k < grads.length; k++) {
            analytic[k] = grads[k].clone();
        }
        for (int k = 0; k < params.length; k++) {
            for (int i = 0; i < params[k].length; i++) {
                double saved = params[k][i];
                params[k][i] = saved + H;
                double plus = objective(net, x, y, rows, penalty);
                params[k][i] = saved - H;
                double minus = objective(net, x, y, rows, penalty);
                params[k][i] = saved;
                double numeric = (plus - minus) / (2 * H);
                double a = analytic[k][i];
                double rel = Math.abs(numeric - a) / Math.max(1e-7, Math.abs(numeric) + Math.abs(a));
                assertTrue(rel < 1e-6, "param " + k + "[" + i + "]: analytic " + a
                        + " numeric " + numeric + " rel " + rel);
            }
        }
    }

    private static double objective(Network net, double[] x, double[] y, int rows, Penalty p) {
        return net.loss(x, y, rows) + net.penalty(p);
    }

    private static double[] targets(Loss loss, int rows, int outputs, Rng rng) {
        switch (loss) {
            case HUBER: {
                // targets far enough apart that some rows sit on each side of |d| = δ
                double[] y = new double[rows * outputs];
                for (int i = 0; i < y.length; i++) {
                    y[i] = i % 3 == 0 ? rng.uniform(-4, 4) : rng.uniform(-0.5, 0.5);
                }
                return y;
            }
            case MSE: {
                double[] y = new double[rows * outputs];
                for (int i = 0; i < y.length; i++) {
                    y[i] = rng.uniform(-1, 1);
                }
                return y;
            }
            case BCE: {
                double[] y = new double[rows];
                for (int r = 0; r < rows; r++) {
                    y[r] = r % 2;
                }
                return y;
            }
            default: {
                double[] y = new double[rows];
                for (int r = 0; r < rows; r++) {
                    y[r] = r % outputs;
                }
                return y;
            }
        }
    }
}
