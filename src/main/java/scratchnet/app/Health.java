package scratchnet.app;

import scratchnet.diag.DeadUnits;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFinite;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.Symmetry;
import scratchnet.diag.UnitState;
import scratchnet.engine.Network;
import scratchnet.labs.Hint;
import scratchnet.labs.HintWatch;

/**
 * What the page shows about a network's health, read by {@code scratchnet.diag} from the live
 * buffers after the fact: dead and saturated units, per-layer gradient norms, the first
 * non-finite value, and the hint that names what went wrong. Nothing here changes the network;
 * the session decides to stop once a value is not finite.
 */
final class Health {
    private final DeadUnits deadUnits = new DeadUnits();
    private final NonFinite nonFinite = new NonFinite();
    private final HintWatch watch = new HintWatch();
    /**
     * Per unit of every layer with weights, in order: 1 if dead (a ReLU, ELU, GELU, SiLU or
     * softplus unit, {@link UnitState}), for the diagram.
     */
    private double[] dead = new double[0];
    /**
     * Per unit, as {@link #dead}: 0 alive, 1 dead, 2 off, 3 saturated ({@link LayerActivity#code});
     * output units are never marked saturated.
     */
    private double[] states = new double[0];
    private LayerActivity[] activity;
    private LayerNorms[] norms;
    private NonFiniteReport report;
    private int depth;

    /** Forgets everything; sizes the buffers for {@code net}. */
    void reset(Network net) {
        int units = 0;
        for (int l = 0; l < net.depth(); l++) {
            units += net.layer(l).outputs();
        }
        dead = new double[units];
        states = new double[units];
        depth = net.depth();
        activity = null;
        norms = null;
        report = null;
        nonFinite.reset();
        watch.reset();
    }

    /**
     * Reads every layer's activity from the last forward pass, which must have covered every
     * training row (dead: {@link UnitState}); the diagram also needs to know which units are
     * dead, so they are marked here.
     */
    void readActivity(Network net) {
        adoptActivity(deadUnits.read(net));
    }

    /** {@link #readActivity} spread over calls: begins reading {@code net}'s activations. */
    DeadUnits.Reading beginActivity(Network net) {
        return deadUnits.reading(net);
    }

    /** Takes every layer's activity (a finished reading's), as {@link #readActivity} does. */
    void adoptActivity(LayerActivity[] read) {
        activity = read;
        int u = 0;
        for (LayerActivity a : activity) {
            // the output layer's flat sigmoid is a confident prediction, not a stuck unit
            boolean output = a.layer() == activity.length - 1;
            for (int j = 0; j < a.units(); j++) {
                dead[u] = a.state(j) == UnitState.DEAD ? 1 : 0;
                states[u++] = output && !a.isExploding(j) ? a.state(j).ordinal() : a.code(j);
            }
        }
    }

    /**
     * Checks a step after backward and before clipping and the update; with {@code measure}
     * also records each layer's gradient norm. Returns false if a value is not finite.
     */
    boolean beforeUpdate(long step, Network net, double[] x, int rows, double loss,
            boolean measure) {
        if (report == null) {
            report = nonFinite.beforeUpdate(step, net, x, rows, loss);
        }
        if (measure && report == null) {
            norms = GradNorms.read(net, null);
        }
        return report == null;
    }

    /** Checks the weights after the update of step {@code step}; false if one is not finite. */
    boolean afterUpdate(long step, Network net) {
        if (report == null) {
            report = nonFinite.afterUpdate(step, net);
        }
        return report == null;
    }

    /** Whether a non-finite value has been seen. */
    boolean diverged() {
        return report != null;
    }

    /** Where the first non-finite value appeared, or null. */
    NonFiniteReport nonFinite() {
        return report;
    }

    /**
     * Takes one reading of the run at a refresh (see {@link Hint#diagnose}) and returns the
     * hint to show, held steady by a {@link HintWatch}.
     */
    Hint observe(Network net, double[] trainLoss, double[] testLoss, double accuracy,
            double chance, double updateRatio) {
        Hint found = Hint.diagnose(new Hint.Reading(report, norms, activity, trainLoss,
                testLoss, accuracy, chance, updateRatio, Symmetry.firstSymmetricLayer(net)));
        return watch.observe(found);
    }

    /** The hint shown since the last reading, or null when nothing needs pointing out. */
    Hint hint() {
        return watch.shown();
    }

    double[] dead() {
        return dead.clone();
    }

    double[] unitStates() {
        return states.clone();
    }

    /** Per layer with weights: dead share ({@link UnitState}) at the last refresh (0 before one). */
    double[] deadFraction() {
        double[] out = new double[depth];
        for (int l = 0; activity != null && l < out.length; l++) {
            out[l] = activity[l].deadFraction();
        }
        return out;
    }

    /** Per layer with weights: ‖(dW, db)‖ of the latest measured step, before clipping. */
    double[] gradNorm() {
        double[] out = new double[depth];
        for (int l = 0; norms != null && l < depth; l++) {
            out[l] = norms[l].gradNorm();
        }
        return out;
    }
}
