package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.Network;
import scratchnet.train.Confusion;
import scratchnet.train.Trainer;

/**
 * The numbers of the latest refresh as the page reads them: the {@link Stats} (losses,
 * accuracy, MAE, sizes), the classification scores (confusion matrix, gallery), the test
 * rows' (actual, predicted) pairs in real units, and the float64 twin's losses.
 */
final class Readouts {
    private Stats stats;
    /** Confusion matrix and predictions of the latest refresh; null for regression. */
    private Classification classification;
    /** (actual, predicted) per test row at the last refresh, in real units. */
    private double[] predictions = new double[0];
    /** {step, train loss, test loss} of the float64 twin at the last refresh, or null. */
    private double[] twinLosses;

    /**
     * Reads a refresh: the twin brought up to the trainer's step, then losses, accuracy and
     * MAE from {@code out} (the scored rows' outputs: test rows, or training rows without
     * any), the classification scores and the predictions. Returns the new stats.
     */
    Stats read(Problem problem, Network net, Trainer trainer, Twin twin, double baselineMae,
            long epoch, long step, double trainLoss, double testLoss, double[] out) {
        Dataset train = problem.train;
        Dataset test = problem.test;
        Dataset scored = test.rows() > 0 ? test : train;
        if (twin != null) {
            twin.catchUp(trainer.stepsTaken());
            twinLosses = new double[] {twin.steps(), twin.trainLoss(), twin.testLoss()};
        } else {
            twinLosses = null;
        }
        stats = new Stats(epoch, step, trainLoss, testLoss,
                Scores.accuracy(scored, out, net.outputs()),
                Scores.mae(scored, out, net.outputs(), problem.scaler), baselineMae, train.rows(),
                test.rows(), trainer.batchSize(), net.parameterCount());
        classification = Classification.of(problem, scored, test.rows() > 0 ? "test" : "training",
                out, net.outputs());
        predictions = new double[2 * test.rows()];
        for (int r = 0; r < test.rows(); r++) {
            predictions[2 * r] = problem.scaler.inverseTarget(test.target(r));
            predictions[2 * r + 1] = problem.scaler.inverseTarget(out[r * net.outputs()]);
        }
        return stats;
    }

    /** The stats of the latest refresh. */
    Stats stats() {
        return stats;
    }

    /** The classification of the latest refresh, or null for regression. */
    Classification classification() {
        return classification;
    }

    /** The classification scores as JSON; "null" for regression. */
    String metrics() {
        return classification == null ? "null" : classification.json();
    }

    /** The confusion matrix, or null for regression. */
    Confusion confusion() {
        return classification == null ? null : classification.confusion();
    }

    /** The test rows' (actual, predicted) pairs in real units, a copy. */
    double[] predictions() {
        return predictions.clone();
    }

    /** The twin's {step, train loss, test loss}, a copy, or null without a twin. */
    double[] twinLosses() {
        return twinLosses == null ? null : twinLosses.clone();
    }
}
