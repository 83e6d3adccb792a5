package scratchnet.labs;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A one-click change to a lab's preset. Each lab lists the fixes that apply to it; applying
 * one gives a modified preset that reruns from the same seed, so the before/after difference
 * is the fix alone. For {@code gd-variants} the entries are the alternatives it compares.
 * Each carries the label of its button; its id is made by {@code app.LabNames}.
 */
public enum Fix {
    /** Leaky ReLU (slope 0.01) instead of ReLU: an off unit still passes a small gradient. */
    LEAKY_RELU("Leaky ReLU"),
    /** The learning rate divided by 10, the tutorial's first remedy. */
    LOWER_LEARNING_RATE("Rate ÷ 10"),
    /** He initialisation, standard deviation √(2/n_in). */
    HE_INIT("He init"),
    /** Xavier initialisation, standard deviation √(1/n_in). */
    XAVIER_INIT("Xavier init"),
    /** Inputs standardised to mean 0, standard deviation 1 (fitted on the training rows). */
    STANDARDISE_INPUTS("Standardise inputs"),
    /**
     * The tutorial's whole recipe at once: features and target standardised, He
     * initialisation, the tutorial's rate for standardised data and gradients clipped to norm 1.
     */
    ALL_FIXES("All fixes together"),
    /** Gradients clipped to global norm 1, as {@code clip_grad_norm_(…, max_norm=1.0)}. */
    GRADIENT_CLIPPING("Clip gradients"),
    /** ReLU hidden layers with He initialisation instead of sigmoid. */
    RELU_HE("ReLU + He init"),
    /** An L2 weight penalty (weight decay). */
    L2_PENALTY("L2 penalty"),
    /** Dropout on the hidden layers. */
    DROPOUT("Dropout"),
    /** Early stopping on the test loss, restoring the best epoch's weights. */
    EARLY_STOPPING("Early stopping"),
    /** Ten times as many training rows. */
    MORE_DATA("More data"),
    /** The learning rate multiplied by 100. */
    LARGER_LEARNING_RATE("Rate × 100"),
    /** Batch gradient descent: the whole training set per step. */
    BATCH_GD("Batch"),
    /** Stochastic gradient descent: one example per step. */
    STOCHASTIC_GD("Stochastic"),
    /** Mini-batch gradient descent: 64 examples per step. */
    MINI_BATCH_GD("Mini-batch");

    private final String label;

    Fix(String label) {
        this.label = label;
    }

    /** What the page's button says, e.g. "Rate ÷ 10". */
    public String label() {
        return label;
    }

    /** An unmodifiable list of {@code fixes} in the given order. */
    static List<Fix> list(Fix... fixes) {
        return Collections.unmodifiableList(Arrays.asList(fixes));
    }
}
