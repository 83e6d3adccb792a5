package scratchnet.labs;

import static scratchnet.labs.LabChart.DEAD_SHARE;
import static scratchnet.labs.LabChart.GRAD_NORM_BARS;
import static scratchnet.labs.LabChart.LOSS_BY_EPOCH;
import static scratchnet.labs.LabChart.LOSS_BY_TIME;
import static scratchnet.labs.LabChart.RATE_SWEEP;
import static scratchnet.labs.LabChart.STEP_GRAD_NORM;
import static scratchnet.labs.LabChart.STEP_LOSS;
import static scratchnet.labs.LabChart.TRAIN_LOSS;
import static scratchnet.labs.LabChart.TRAIN_TEST_LOSS;
import static scratchnet.labs.LabChart.Z_HISTOGRAM;

/**
 * The failure labs. Each constant carries the lab's stable id, the one name the page, the URL
 * hash and the hints use to link to it; the title the page shows (and a short one for menus);
 * and the charts the page draws for each run and for all runs together.
 */
public enum LabId {
    /** Hidden ReLU units die and never recover. */
    DYING_RELU("dying-relu", "Dying ReLU", "Dying ReLU",
            list(DEAD_SHARE, Z_HISTOGRAM), list()),
    /** The loss grows until a value overflows to infinity or NaN. */
    NAN_EXPLOSION("nan-explosion", "NaN explosion", "NaN explosion",
            list(STEP_LOSS, STEP_GRAD_NORM), list()),
    /** Gradients shrink layer by layer in a deep sigmoid network. */
    VANISHING_GRADIENTS("vanishing-gradients", "Vanishing gradients", "Vanishing gradients",
            list(GRAD_NORM_BARS, TRAIN_LOSS), list()),
    /** Test loss rises while training loss keeps falling. */
    OVERFITTING("overfitting", "Overfitting", "Overfitting", list(TRAIN_TEST_LOSS),
            list()),
    /** The learning rate is so small that the loss barely moves. */
    TINY_LEARNING_RATE("tiny-learning-rate", "Tiny learning rate", "Tiny learning rate",
            list(TRAIN_LOSS), list(RATE_SWEEP)),
    /** Batch, stochastic and mini-batch gradient descent side by side. */
    GD_VARIANTS("gd-variants", "Batch, stochastic and mini-batch gradient descent",
            "Batch vs SGD", list(STEP_LOSS, TRAIN_LOSS), list(LOSS_BY_EPOCH, LOSS_BY_TIME));

    private final String id;
    private final String title;
    private final String shortTitle;
    private final LabChart[] charts;
    private final LabChart[] shared;

    LabId(String id, String title, String shortTitle, LabChart[] charts, LabChart[] shared) {
        this.id = id;
        this.title = title;
        this.shortTitle = shortTitle;
        this.charts = charts;
        this.shared = shared;
    }

    private static LabChart[] list(LabChart... charts) {
        return charts;
    }

    /** The stable id, e.g. "dying-relu". */
    public String id() {
        return id;
    }

    /** The heading the page shows, e.g. "Dying ReLU". */
    public String title() {
        return title;
    }

    /** The title for menus and the lab bar, where room is short. */
    public String shortTitle() {
        return shortTitle;
    }

    /** The charts drawn for each run, in page order. */
    public LabChart[] charts() {
        return charts.clone();
    }

    /** The charts drawn once for all runs together (none for most labs). */
    public LabChart[] shared() {
        return shared.clone();
    }
}
