package scratchnet.format;

import java.util.List;
import java.util.Map;
import scratchnet.train.OptimizerKind;

/**
 * An optimizer race as the page or the console asks for it: either a list of racers
 * {@code [{"optimizer": "sgd", "learningRate": 0.03}, {"optimizer": "adam", "learningRate":
 * 0.01}]} or an object {@code {"racers": [...], "steps": 500, "target": 0.2}}. Optimizer
 * names are the link's ({@code sgd, momentum, adam, rmsprop}). Steps and target are optional
 * (0 when not given: the race picks its defaults). Bad input is rejected with a
 * {@link FormatException} saying what to fix; ranges (how many racers, which rates) are the
 * race's to check.
 *
 * @param optimizers each racer's optimizer, in order
 * @param learningRates each racer's base learning rate, finite
 * @param steps the race's length in steps, or 0 for the default
 * @param target the training loss a racer must reach, or 0 for the default
 */
public record RaceRequest(OptimizerKind[] optimizers, double[] learningRates, int steps,
        double target) {
    /** Most racers a request may list before it is refused unread. */
    static final int MAX_LISTED = 16;

    /** Reads a race request; see the class comment for the two accepted shapes. */
    public static RaceRequest read(String json) {
        Object root = Json.parse(json == null ? "" : json);
        Object racers = root;
        int steps = 0;
        double target = 0;
        if (root instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!"racers".equals(key) && !"steps".equals(key) && !"target".equals(key)) {
                    throw new FormatException("a race has racers, steps and target, not \""
                            + key + "\"");
                }
            }
            racers = m.get("racers");
            if (m.containsKey("steps")) {
                double s = number(m.get("steps"), "steps");
                if (s != Math.floor(s) || s < 1 || s > Integer.MAX_VALUE) {
                    throw new FormatException("steps must be a whole number ≥ 1, not " + s);
                }
                steps = (int) s;
            }
            if (m.containsKey("target")) {
                target = number(m.get("target"), "target");
                if (!(target > 0)) {
                    throw new FormatException("the target loss must be > 0, not " + target);
                }
            }
        }
        if (!(racers instanceof List<?> list)) {
            throw new FormatException("give the racers as a list, e.g. [{\"optimizer\": \"sgd\", "
                    + "\"learningRate\": 0.03}, {\"optimizer\": \"adam\", \"learningRate\": 0.01}]");
        }
        if (list.size() > MAX_LISTED) {
            throw new FormatException("a race has at most a few racers, not " + list.size());
        }
        OptimizerKind[] kinds = new OptimizerKind[list.size()];
        double[] rates = new double[list.size()];
        for (int i = 0; i < kinds.length; i++) {
            if (!(list.get(i) instanceof Map<?, ?> racer)) {
                throw new FormatException("racer " + (i + 1) + " must be {\"optimizer\": name, "
                        + "\"learningRate\": number}");
            }
            Object name = racer.get("optimizer");
            kinds[i] = name instanceof String s ? Names.optimizer(s) : null;
            if (kinds[i] == null) {
                throw new FormatException("racer " + (i + 1) + ": the optimizer must be one of "
                        + Names.OPTIMIZER_CHOICES + ", not " + name);
            }
            rates[i] = number(racer.get("learningRate"), "racer " + (i + 1) + "'s learningRate");
        }
        return new RaceRequest(kinds, rates, steps, target);
    }

    private static double number(Object v, String name) {
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new FormatException(name + " must be a finite number");
        }
        return n.doubleValue();
    }
}
