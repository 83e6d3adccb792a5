package scratchnet.diag;

import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Counts units that have stopped learning: dead ReLUs and saturated sigmoid/tanh units.
 *
 * <p><b>Dead ReLU unit</b> and <b>off leaky-ReLU unit:</b> as defined by {@link UnitState}, the
 * one definition every screen uses: silent ({@code !(z > 0)}, NaN included) on every row of
 * the evaluated set. A dead unit's output and derivative are 0 for all of them (the engine
 * takes the left derivative at z = 0), so no gradient reaches its weights or bias and, on
 * that set, it can never come back; an off leaky-ReLU unit still learns.
 *
 * <p><b>Saturated unit:</b> a {@link Activation#SIGMOID} unit with |z| &gt; 4 (there σ'(z) &lt;
 * 0.0177, under 7.1 % of its peak 0.25), or a {@link Activation#TANH} unit with |z| &gt; 2
 * (tanh'(z) &lt; 0.0707, under 7.1 % of its peak 1), for at least 95 % of the rows. The two
 * thresholds agree because tanh(z) = 2σ(2z) − 1.
 *
 * <p>{@link #read} uses the buffers of the network's last forward pass; {@link #evaluate}
 * first runs {@code net.forward} on a given set (typically the whole training set), which
 * overwrites those buffers but no parameter. Scratch counters are kept in this object and
 * reused; each call allocates only its result records.
 */
public final class DeadUnits {
    /** |z| above which a sigmoid unit counts as saturated for that row. */
    public static final double SIGMOID_SATURATION_Z = 4.0;
    /** |z| above which a tanh unit counts as saturated for that row. */
    public static final double TANH_SATURATION_Z = 2.0;
    /** Share of rows a unit must be saturated on to count as a saturated unit. */
    public static final double SATURATED_SHARE = 0.95;
    /**
     * |z| above which a unit counts as exploding, on any single row (a z that is not a number
     * counts too): inputs of order 1 never need pre-activations near this, so a unit here has
     * weights that grew out of all proportion, the step before overflow and NaN.
     */
    public static final double EXPLODING_Z = 1e4;

    private int[] silent = new int[0];
    private int[] flat = new int[0];
    private boolean[] wild = new boolean[0];

    /** Runs {@code net.forward(x, rows)} and reads every layer's activity on that set. */
    public LayerActivity[] evaluate(Network net, double[] x, int rows) {
        net.forward(x, rows);
        return read(net);
    }

    /** Every layer's activity over the rows of the network's last forward pass. */
    public LayerActivity[] read(Network net) {
        LayerActivity[] out = new LayerActivity[net.depth()];
        for (int l = 0; l < out.length; l++) {
            out[l] = layer(net, l);
        }
        return out;
    }

    /** One layer's activity over the rows of the last forward pass. */
    public LayerActivity layer(Network net, int l) {
        Dense d = net.layer(l);
        int units = d.outputs();
        int rows = d.rows();
        if (silent.length < units) {
            silent = new int[units];
            flat = new int[units];
            wild = new boolean[units];
        }
        java.util.Arrays.fill(silent, 0, units, 0);
        java.util.Arrays.fill(flat, 0, units, 0);
        java.util.Arrays.fill(wild, 0, units, false);
        Activation f = d.activation();
        double limit = f == Activation.SIGMOID ? SIGMOID_SATURATION_Z
                : f == Activation.TANH ? TANH_SATURATION_Z : Double.POSITIVE_INFINITY;
        double[] z = d.preActivations();
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                double v = z[o + j];
                if (UnitState.silent(v)) {
                    silent[j]++;
                }
                if (Math.abs(v) > limit) {
                    flat[j]++;
                }
                if (!(Math.abs(v) <= EXPLODING_Z)) {
                    wild[j] = true;
                }
            }
        }
        UnitState[] states = new UnitState[units];
        boolean[] flatUnits = new boolean[units];
        int off = 0;
        int dead = 0;
        int saturated = 0;
        for (int j = 0; j < units; j++) {
            states[j] = UnitState.of(f, silent[j], rows);
            if (states[j] != UnitState.ALIVE) {
                off++;
            }
            if (states[j] == UnitState.DEAD) {
                dead++;
            }
            // flat/rows ≥ 0.95 in integers: 20·flat ≥ 19·rows, exact for any row count
            if (rows > 0 && 20L * flat[j] >= 19L * rows && limit != Double.POSITIVE_INFINITY) {
                saturated++;
                flatUnits[j] = true;
            }
        }
        double[] a = d.activations();
        int n = rows * units;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i];
        }
        double mean = sum / n;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double c = a[i] - mean;
            sq += c * c;
        }
        return new LayerActivity(l, f, units, rows, off, dead, saturated, mean,
                Math.sqrt(sq / n), states, flatUnits,
                java.util.Arrays.copyOf(wild, units));
    }
}
