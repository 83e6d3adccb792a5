package scratchnet.format;

import java.util.List;
import java.util.Map;

/**
 * One neuron typed in by hand: inputs x, weights w and bias b, read from JSON
 * {@code {"x": [5.2, 8, 22], "w": [0.7, 0.2, 0.4], "b": -0.5}} (the tutorial's example).
 * Bad input is rejected with a {@link FormatException} saying what to fix.
 *
 * @param x the inputs x_i
 * @param w the weights w_i, one per input
 * @param b the bias
 */
public record NeuronInput(double[] x, double[] w, double b) {
    /** Most inputs a hand-made neuron may have. */
    public static final int MAX_INPUTS = 16;

    /** Reads {x, w, b}; x and w must be equally long (1..16) and every number finite. */
    public static NeuronInput read(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new FormatException("a neuron is {\"x\": [...], \"w\": [...], \"b\": number}");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        double[] x = numbers(m.get("x"), "x");
        double[] w = numbers(m.get("w"), "w");
        if (x.length != w.length) {
            throw new FormatException("there are " + x.length + " inputs but " + w.length
                    + " weights; give one weight per input");
        }
        return new NeuronInput(x, w, number(m.get("b"), "the bias b"));
    }

    private static double[] numbers(Object v, String name) {
        if (!(v instanceof List)) {
            throw new FormatException(name + " must be a list of numbers");
        }
        List<?> list = (List<?>) v;
        if (list.isEmpty() || list.size() > MAX_INPUTS) {
            throw new FormatException(name + " needs 1 to " + MAX_INPUTS + " numbers, not "
                    + list.size());
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list.get(i), name + "[" + i + "]");
        }
        return out;
    }

    private static double number(Object v, String name) {
        if (!(v instanceof Number) || !Double.isFinite(((Number) v).doubleValue())) {
            throw new FormatException(name + " must be a finite number");
        }
        return ((Number) v).doubleValue();
    }
}
