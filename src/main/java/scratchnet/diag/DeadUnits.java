package scratchnet.diag;

import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Counts units that have stopped learning: dead units and saturated ones.
 *
 * <p><b>Dead unit</b> and <b>off leaky-ReLU unit:</b> as defined by {@link UnitState}, the
 * one definition every screen uses. A ReLU unit silent ({@code !(z > 0)}, NaN included) on
 * every row of the evaluated set is dead: its output and derivative are 0 for all of them (the
 * engine takes the left derivative at z = 0), so no gradient reaches its weights or bias and,
 * on that set, it can never come back; an off leaky-ReLU unit still learns. An ELU, GELU, SiLU
 * or softplus unit is dead when its z is below {@link UnitState#deadBelow} on every row, where
 * its slope is under 10⁻⁶: practically no gradient reaches it.
 *
 * <p><b>Saturated unit:</b> a unit whose slope is small on at least 95 % of the rows: a
 * {@link Activation#SIGMOID} unit with |z| &gt; 4 (there σ'(z) &lt; 0.0177, under 7.1 % of its
 * peak 0.25), or a {@link Activation#TANH} unit with |z| &gt; 2 (tanh'(z) &lt; 0.0707, under
 * 7.1 % of its peak 1). The two thresholds agree because tanh(z) = 2σ(2z) − 1. The smooth
 * rectifiers flatten on one side only, to the left, so for them the row test is one-sided: z
 * below the edge past which |f′| stays under the same 0.0707 (1 − tanh²2), 7.1 % of 1, the
 * slope each has on its linear side (and ELU's and softplus's largest; GELU and SiLU peak a
 * little higher, 1.13 and 1.10, so their share of the peak is smaller still). Each edge is the
 * exact crossing rounded outwards to one decimal; the tests check |f′| against the engine's
 * {@link Activation#derivative} there and further left:
 * <ul>
 *   <li>ELU: f′ = e^z, crossing ln 0.0707 ≈ −2.65 → z &lt; −2.7 (e^−2.7 ≈ 0.067);
 *   <li>softplus: f′ = σ(z), crossing ≈ −2.58 → z &lt; −2.6 (σ(−2.6) ≈ 0.069);
 *   <li>GELU: f′ dips to −0.129 near z = −1.42, then tends to 0; |f′| stays under 0.0707 from
 *       ≈ −2.14 → z &lt; −2.2 (|f′| ≈ 0.065);
 *   <li>SiLU: f′ dips to −0.0998 near z = −2.40, then tends to 0; |f′| stays under 0.0707 from
 *       ≈ −3.49 → z &lt; −3.5 (|f′| ≈ 0.0703).
 * </ul>
 * The dips of GELU and SiLU are left out on purpose: there the slope is small only near the
 * single point where f′ crosses 0 (their minimum), which spread-out rows do not all sit on.
 * A dead unit is not also counted as saturated (a unit is one or the other, as before, when only
 * rectifiers died and only sigmoid and tanh saturated); leaky ReLU, ReLU and linear units never
 * saturate.
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
    /** z below which an ELU unit counts as saturated for that row (f′ = e^z &lt; 0.0707). */
    public static final double ELU_SATURATED_BELOW = -2.7;
    /** z below which a softplus unit counts as saturated for that row (f′ = σ(z) &lt; 0.0707). */
    public static final double SOFTPLUS_SATURATED_BELOW = -2.6;
    /** z below which a GELU unit counts as saturated for that row (|f′| &lt; 0.0707). */
    public static final double GELU_SATURATED_BELOW = -2.2;
    /** z below which a SiLU unit counts as saturated for that row (|f′| &lt; 0.0707). */
    public static final double SILU_SATURATED_BELOW = -3.5;
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

    /**
     * The z below which a unit of {@code f} counts as saturated for a row when its activation
     * flattens on the left only (ELU, GELU, SiLU, softplus); −∞ for every other activation.
     */
    public static double saturatedBelow(Activation f) {
        switch (f) {
            case ELU:
                return ELU_SATURATED_BELOW;
            case SOFTPLUS:
                return SOFTPLUS_SATURATED_BELOW;
            case GELU:
                return GELU_SATURATED_BELOW;
            case SILU:
                return SILU_SATURATED_BELOW;
            default:
                return Double.NEGATIVE_INFINITY;
        }
    }

    /** Runs {@code net.forward(x, rows)} and reads every layer's activity on that set. */
    public LayerActivity[] evaluate(Network net, double[] x, int rows) {
        net.forward(x, rows);
        return read(net);
    }

    /** Every layer's activity over the rows of the network's last forward pass. */
    public LayerActivity[] read(Network net) {
        Reading reading = reading(net);
        reading.advance(Long.MAX_VALUE);
        return reading.result();
    }

    /** One layer's activity over the rows of the last forward pass. */
    public LayerActivity layer(Network net, int l) {
        Reading reading = new Reading(net, l, l + 1);
        reading.advance(Long.MAX_VALUE);
        return reading.result()[l];
    }

    /**
     * {@link #read} spread over calls, for frames with little time (issue 16): the same
     * numbers, bit for bit, whatever the slices. The network's activations must not change
     * until it is finished. One reading at a time per {@code DeadUnits}: it uses this
     * object's counters.
     */
    public Reading reading(Network net) {
        return new Reading(net, 0, net.depth());
    }

    /**
     * A reading under way: layer by layer, first a pass over the rows that counts each unit's
     * stuck, saturated and exploding rows and sums the activations (for their mean), then a
     * pass over the values that sums the squared deviations from that mean (for their
     * standard deviation). Both passes add in the order of the values, so slicing them
     * changes nothing.
     */
    public final class Reading {
        private final Network net;
        private final int end;
        private final LayerActivity[] out;
        private int layer;
        /** Where the pass under way stands: a row (counting) or a value index (squares). */
        private int at;
        private boolean squares;
        private double sum;
        private double sq;
        private double mean;
        private long read;

        private Reading(Network net, int from, int end) {
            this.net = net;
            this.end = end;
            this.out = new LayerActivity[net.depth()];
            this.layer = from;
            if (layer < end) {
                clear(net.layer(layer).outputs());
            }
        }

        /** True once every layer is read. */
        public boolean finished() {
            return layer >= end;
        }

        /** Values read so far, counting each pass over a value. */
        public long read() {
            return read;
        }

        /**
         * Reads about {@code values} more activations (at least one row, or one value of the
         * second pass); returns true once every layer is read.
         */
        public boolean advance(long values) {
            long left = Math.max(1, values);
            while (layer < end && left > 0) {
                Dense d = net.layer(layer);
                int units = d.outputs();
                int rows = d.rows();
                if (!squares) {
                    long fit = Math.max(1, left / Math.max(1, units));
                    int to = at + (int) Math.min(rows - at, fit);
                    sum = count(d, at, to, sum);
                    left -= (long) (to - at) * units;
                    read += (long) (to - at) * units;
                    at = to;
                    if (at < rows) {
                        continue;
                    }
                    mean = sum / (rows * units);
                    squares = true;
                    at = 0;
                    if (left <= 0) {
                        continue;
                    }
                }
                int n = rows * units;
                int to = at + (int) Math.min(n - at, left);
                double[] a = d.activations();
                for (int i = at; i < to; i++) {
                    double c = a[i] - mean;
                    sq += c * c;
                }
                left -= to - at;
                read += to - at;
                at = to;
                if (at < n) {
                    continue;
                }
                out[layer] = finish(layer, d, mean, Math.sqrt(sq / n));
                layer++;
                at = 0;
                squares = false;
                sum = 0;
                sq = 0;
                if (layer < end) {
                    clear(net.layer(layer).outputs());
                }
            }
            return layer >= end;
        }

        /** Every layer's activity, once finished (null for layers this reading skips). */
        public LayerActivity[] result() {
            if (!finished()) {
                throw new IllegalStateException("the reading is not finished");
            }
            return out;
        }
    }

    private void clear(int units) {
        if (silent.length < units) {
            silent = new int[units];
            flat = new int[units];
            wild = new boolean[units];
        }
        java.util.Arrays.fill(silent, 0, units, 0);
        java.util.Arrays.fill(flat, 0, units, 0);
        java.util.Arrays.fill(wild, 0, units, false);
    }

    /** The saturation edge |z| &gt; limit of a two-sided squashing function (+∞ for the rest). */
    private static double limit(Activation f) {
        return f == Activation.SIGMOID ? SIGMOID_SATURATION_Z
                : f == Activation.TANH ? TANH_SATURATION_Z : Double.POSITIVE_INFINITY;
    }

    /**
     * Counts rows [from, to) of layer d into the counters and adds their activations to
     * {@code sum}, in the order of the values; returns the new sum.
     */
    private double count(Dense d, int from, int to, double sum) {
        int units = d.outputs();
        Activation f = d.activation();
        double limit = limit(f);
        // one-sided edge of the smooth rectifiers (−∞ for the others: no row is below it)
        double below = saturatedBelow(f);
        double deadBelow = UnitState.deadBelow(f);
        boolean rectifier = deadBelow == Double.NEGATIVE_INFINITY;
        double[] z = d.preActivations();
        double[] a = d.activations();
        for (int r = from; r < to; r++) {
            int o = r * units;
            for (int j = 0; j < units; j++) {
                double v = z[o + j];
                // UnitState.stuck(f, v), without the per-value switch
                if (rectifier ? UnitState.silent(v) : v < deadBelow) {
                    silent[j]++;
                }
                if (Math.abs(v) > limit || v < below) {
                    flat[j]++;
                }
                if (!(Math.abs(v) <= EXPLODING_Z)) {
                    wild[j] = true;
                }
            }
            for (int j = 0; j < units; j++) {
                sum += a[o + j];
            }
        }
        return sum;
    }

    /** Layer l's activity from the finished counters, mean and standard deviation. */
    private LayerActivity finish(int l, Dense d, double mean, double std) {
        int units = d.outputs();
        int rows = d.rows();
        Activation f = d.activation();
        double limit = limit(f);
        double below = saturatedBelow(f);
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
            if (rows > 0 && 20L * flat[j] >= 19L * rows && states[j] != UnitState.DEAD
                    && (limit != Double.POSITIVE_INFINITY || below != Double.NEGATIVE_INFINITY)) {
                saturated++;
                flatUnits[j] = true;
            }
        }
        return new LayerActivity(l, f, units, rows, off, dead, saturated, mean, std, states,
                flatUnits, java.util.Arrays.copyOf(wild, units));
    }
}
