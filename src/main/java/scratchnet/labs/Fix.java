package scratchnet.labs;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A one-click change to a lab's preset. Each lab lists the fixes that apply to it; applying
 * one gives a modified preset that reruns from the same seed, so the before/after difference
 * is the fix alone. For {@code gd-variants} the entries are the alternatives it compares.
 */
public enum Fix {
    /** Leaky ReLU (slope 0.01) instead of ReLU: an off unit still passes a small gradient. */
    LEAKY_RELU,
    /** The learning rate divided by 10, the tutorial's first remedy. */
    LOWER_LEARNING_RATE,
    /** He initialisation, standard deviation √(2/n_in). */
    HE_INIT,
    /** Xavier initialisation, standard deviation √(1/n_in). */
    XAVIER_INIT,
    /** Inputs standardised to mean 0, standard deviation 1 (fitted on the training rows). */
    STANDARDISE_INPUTS,
    /** Gradients clipped to global norm 1, as {@code clip_grad_norm_(…, max_norm=1.0)}. */
    GRADIENT_CLIPPING,
    /** ReLU hidden layers with He initialisation instead of sigmoid. */
    RELU_HE,
    /** An L2 weight penalty (weight decay). */
    L2_PENALTY,
    /** Dropout on the hidden layers. */
    DROPOUT,
    /** Early stopping on the test loss, restoring the best epoch's weights. */
    EARLY_STOPPING,
    /** Ten times as many training rows. */
    MORE_DATA,
    /** The learning rate multiplied by 100. */
    LARGER_LEARNING_RATE,
    /** Batch gradient descent: the whole training set per step. */
    BATCH_GD,
    /** Stochastic gradient descent: one example per step. */
    STOCHASTIC_GD,
    /** Mini-batch gradient descent: 64 examples per step. */
    MINI_BATCH_GD;

    /** An unmodifiable list of {@code fixes} in the given order. */
    static List<Fix> list(Fix... fixes) {
        return Collections.unmodifiableList(Arrays.asList(fixes));
    }
}
