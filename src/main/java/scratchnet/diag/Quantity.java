package scratchnet.diag;

/**
 * The buffer a non-finite value was found in, listed in the order one training step produces
 * them: the input batch, then per layer its pre-activations z and activations a, the loss, the
 * gradients (last layer first, as backpropagation writes them) and the weights after the update.
 */
public enum Quantity {
    /** The input batch X, rows × inputs. */
    INPUT,
    /** A layer's pre-activations z = x·W + b, rows × units. */
    PRE_ACTIVATION,
    /** A layer's activations a = f(z), rows × units. */
    ACTIVATION,
    /** The batch's mean loss (a single value, index 0). */
    LOSS,
    /** A layer's dW then db: index i &lt; n_in·n_out is dW[i], otherwise db[i − n_in·n_out]. */
    GRADIENT,
    /** A layer's W then b after the update, indexed like {@link #GRADIENT}. */
    WEIGHT
}
