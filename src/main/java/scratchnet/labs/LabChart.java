package scratchnet.labs;

/**
 * The charts a lab page can draw, each with the caption the page puts above it. A lab lists
 * the charts of each run ({@link LabId#charts()}) and those shared by all runs
 * ({@link LabId#shared()}); the page draws them by these constants' ids
 * ({@code app.LabNames}), so what a lab shows is said once, here.
 */
public enum LabChart {
    /** Dead (or off) share of each hidden layer by epoch. */
    DEAD_SHARE("Dead share per hidden layer by epoch"),
    /** Pre-activations of the most affected layer: now, and before training. */
    Z_HISTOGRAM("Pre-activations z of the most affected layer: now (bars: red-brown below"
            + " zero, blue above)"
            + " and before training (line)"),
    /** Batch loss per step, log scale. */
    STEP_LOSS("Batch loss per step (log scale)"),
    /** Each layer's gradient norm per step, log scale. */
    STEP_GRAD_NORM("Gradient norm per layer and step (log scale)"),
    /** Each layer's full-gradient norm, as log bars. */
    GRAD_NORM_BARS("Gradient norm per layer on the whole training set (log scale)"),
    /** Training loss by epoch. */
    TRAIN_LOSS("Training loss by epoch"),
    /** Training and test loss by epoch, the best epoch marked. */
    TRAIN_TEST_LOSS("Training and test loss by epoch"),
    /** The learning-rate sweep: final loss against the rate (shared). */
    RATE_SWEEP("Learning-rate sweep: loss after 20 epochs against the rate (both log scales)"),
    /** Every run's training loss by epoch (shared). */
    LOSS_BY_EPOCH("Training loss by epoch, one line per variant"),
    /** Every run's training loss against wall time (shared). */
    LOSS_BY_TIME("Training loss against wall time in seconds");

    private final String title;

    LabChart(String title) {
        this.title = title;
    }

    /** The caption above the chart. */
    public String title() {
        return title;
    }
}
