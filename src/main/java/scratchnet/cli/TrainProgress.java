package scratchnet.cli;

import java.io.PrintStream;
import scratchnet.train.Trainer;

/**
 * Runs {@code train}'s loop: whole epochs or a number of steps, ten progress lines on stdout,
 * and one warning on stderr as soon as the training-set loss reaches {@link #BLOW_UP} times
 * its starting value (or stops being a number). Training then goes on as asked: with plain
 * SGD an overflowing loss can fall again by orders of magnitude while the weights stay
 * finite, so the run may still end with a model file, but not a useful one.
 */
final class TrainProgress {
    /** A training loss this many times the starting loss is reported as divergence. */
    static final double BLOW_UP = 1000;
    /** Progress lines printed during a run (plus the final line). */
    private static final int LINES = 10;

    private final Trainer trainer;
    private final double start;
    private final PrintStream out;
    private final PrintStream err;
    private boolean warned;

    /** A loop over {@code trainer}, whose training-set loss before training is {@code start}. */
    TrainProgress(Trainer trainer, double start, PrintStream out, PrintStream err) {
        this.trainer = trainer;
        this.start = start;
        this.out = out;
        this.err = err;
    }

    /** Trains {@code epochs} epochs, evaluating the training-set loss after each. */
    void runEpochs(int epochs) {
        int every = Math.max(1, epochs / LINES);
        for (int e = 1; e <= epochs; e++) {
            trainer.epoch();
            double loss = trainer.trainLoss();
            watch(loss, "epoch " + e);
            if (e % every == 0 || e == epochs) {
                out.println("epoch " + e + "/" + epochs + "  loss " + TrainCommand.num(loss));
            }
        }
    }

    /** Trains {@code steps} batches, evaluating the training-set loss ten times on the way. */
    void runSteps(int steps) {
        int every = Math.max(1, steps / LINES);
        int done = 0;
        while (done < steps) {
            int chunk = Math.min(every, steps - done);
            trainer.steps(chunk);
            done += chunk;
            double loss = trainer.trainLoss();
            watch(loss, "step " + done);
            out.println("step " + done + "/" + steps + "  loss " + TrainCommand.num(loss));
        }
    }

    private void watch(double loss, String when) {
        if (warned || loss <= BLOW_UP * start) {
            return;
        }
        warned = true;
        String grew = Double.isFinite(loss)
                ? "grew from " + TrainCommand.num(start) + " to " + TrainCommand.num(loss)
                        + orders(loss) + " by " + when
                : "became " + loss + " by " + when + " (it started at "
                        + TrainCommand.num(start) + ")";
        err.println("warning: the training loss " + grew + ": training is diverging, and"
                + " what it writes will not be a useful model. The learning rate is too large"
                + " for the scale of the data: lower --lr, or standardise the columns (see"
                + " README, \"Command line\").");
    }

    /** " (N orders of magnitude)" for a loss at least ten times the start, else "". */
    private String orders(double loss) {
        int n = start > 0 ? (int) Math.floor(Math.log10(loss / start)) : 0;
        return n >= 1 ? " (" + n + " orders of magnitude)" : "";
    }
}
