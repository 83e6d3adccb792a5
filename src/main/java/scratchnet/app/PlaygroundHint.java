package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.engine.Network;
import scratchnet.labs.Hint;
import scratchnet.labs.LabId;

/**
 * The playground's "what went wrong?" finding: {@link Hint#detect} on the session's latest
 * state (a non-finite stop, the last step's per-layer gradient norms, unit activity on the
 * training rows), then {@link Hint#detectOverfitting} on its loss history. Only reads; the
 * evaluation pass it makes overwrites the network's forward buffers, never a parameter.
 */
public final class PlaygroundHint {
    private final DeadUnits units = new DeadUnits();

    /**
     * The finding as lines: phenomenon, lab id, measured value, threshold, layer; an empty
     * array when nothing crosses a threshold or nothing has been trained yet.
     */
    public String[] detect(Session session) {
        Hint hint = find(session);
        if (hint == null) {
            return new String[0];
        }
        return new String[] {LabNames.name(hint.phenomenon()), hint.lab().id(),
            String.valueOf(hint.value()), String.valueOf(hint.threshold()),
            String.valueOf(hint.layer())};
    }

    private Hint find(Session session) {
        if (session.steps() == 0) {
            return null;
        }
        if (session.diverged()) {
            return new Hint(Hint.Phenomenon.NON_FINITE, LabId.NAN_EXPLOSION,
                    session.nonFiniteStep(), Double.NaN, session.nonFiniteLayer());
        }
        Network net = session.network();
        Dataset train = session.problem().train;
        LayerNorms[] norms = GradNorms.read(net, null);
        LayerActivity[] activity = units.evaluate(net, train.x(), train.rows());
        Hint hint = Hint.detect(null, norms, activity);
        return hint != null ? hint : overfitting(session.history());
    }

    /** Overfitting from the (step, train, test) triples of the loss chart. */
    private static Hint overfitting(double[] triples) {
        int n = triples.length / 3;
        double[] train = new double[n];
        double[] test = new double[n];
        for (int i = 0; i < n; i++) {
            train[i] = triples[3 * i + 1];
            test[i] = triples[3 * i + 2];
        }
        return n < 2 ? null : Hint.detectOverfitting(train, test);
    }
}
