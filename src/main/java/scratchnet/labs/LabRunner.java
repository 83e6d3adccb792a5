package scratchnet.labs;

import java.util.function.DoubleSupplier;
import scratchnet.data.Dataset;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFinite;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.StepReplay;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.Trainer;

/**
 * Runs a {@link Preset}: builds the network from the preset's seed, trains it with the
 * {@link Trainer} for the preset's epochs, and collects the figures of an {@link Outcome}.
 *
 * <p>Before and after training it measures unit activity and the full training-set gradient
 * (on a shadow copy, so the trained network is only read). While training it can watch every
 * step with {@link NonFinite} and stops at the first NaN or infinity. Steps that end an epoch
 * are checked on a {@link StepReplay}, because the trainer's end-of-epoch evaluation has by
 * then overwritten the step's own forward buffers (there the gradients checked are the raw
 * ones; on other steps they are the network's, after any clipping, which keeps a non-finite
 * gradient non-finite). The watch costs a parameter copy per step and never changes the run.
 */
public final class LabRunner {
    private LabRunner() {
    }

    /** Trains {@code preset} with the non-finite watch on and no clock. */
    public static Outcome run(Preset preset) {
        return run(preset, true, null);
    }

    /**
     * Trains {@code preset}.
     *
     * @param watch whether to check every step for NaN and infinities (and stop at the first)
     * @param clock seconds from any origin, read before and after the training loop; null for
     *     none. The engine never reads a clock itself.
     */
    public static Outcome run(Preset preset, boolean watch, DoubleSupplier clock) {
        Dataset train = preset.trainSet();
        Dataset test = preset.testSet();
        Network net = Network.build(preset.net(), new Rng(preset.seed()));
        Penalty penalty = preset.training().penalty();
        StepReplay replay = new StepReplay();
        DeadUnits units = new DeadUnits();
        LayerActivity[] startActivity = units.evaluate(net, train.x(), train.rows());
        LayerNorms[] startNorms = fullGradient(net, train, penalty, replay);
        Trainer trainer = test == null ? new Trainer(net, preset.training(), train.x(), train.y())
                : new Trainer(net, preset.training(), train.x(), train.y(), test.x(), test.y());
        double startTrain = trainer.trainLoss();
        double startTest = trainer.testLoss();
        double t0 = clock == null ? Double.NaN : clock.getAsDouble();
        NonFiniteReport report = watch ? train(trainer, preset.epochs(), replay, penalty)
                : plain(trainer, preset.epochs());
        double seconds = clock == null ? Double.NaN : clock.getAsDouble() - t0;
        double endTrain = trainer.trainLoss();
        double endTest = trainer.testLoss();
        LayerActivity[] endActivity = units.evaluate(net, train.x(), train.rows());
        LayerNorms[] endNorms = fullGradient(net, train, penalty, replay);
        return new Outcome(prepend(startTrain, trainer.history().trainLosses()),
                prepend(startTest, trainer.history().testLosses()), endTrain, endTest,
                trainer.stepsTaken(), report,
                startActivity, endActivity, startNorms, endNorms, trainer.bestEpoch(),
                trainer.stopped(), seconds, net);
    }

    private static NonFiniteReport plain(Trainer trainer, int epochs) {
        trainer.epochs(epochs);
        return null;
    }

    private static NonFiniteReport train(Trainer trainer, int epochs, StepReplay replay,
            Penalty penalty) {
        Network net = trainer.network();
        NonFinite probe = new NonFinite();
        while (trainer.epochsDone() < epochs) {
            replay.before(net);
            int epochBefore = trainer.epochsDone();
            if (!trainer.step()) {
                return null; // early stopping ended training
            }
            long step = trainer.stepsTaken();
            double[] x = trainer.batchInputs();
            int rows = trainer.batchRows();
            NonFiniteReport r;
            if (trainer.epochsDone() == epochBefore) {
                r = probe.beforeUpdate(step, net, x, rows, trainer.lastBatchLoss());
            } else {
                double loss = replay.replay(x, trainer.batchTargets(), rows, penalty);
                r = probe.beforeUpdate(step, replay.network(), x, rows, loss);
            }
            if (r == null) {
                r = probe.afterUpdate(step, net);
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Per-layer norms of the gradient over the whole training set, computed on the shadow. */
    static LayerNorms[] fullGradient(Network net, Dataset data, Penalty penalty,
            StepReplay replay) {
        replay.before(net);
        replay.replay(data.x(), data.y(), data.rows(), penalty);
        return GradNorms.read(replay.network(), null);
    }

    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
