package scratchnet.diag;

/**
 * Sizes of one layer's parameters, gradients and last update.
 *
 * @param layer layer index, 0 = first hidden layer
 * @param weightNorm ‖W‖, the L2 norm of the weights (biases excluded)
 * @param gradNorm ‖(dW, db)‖, the L2 norm of weight and bias gradients taken together
 * @param updateRatio ‖W_after − W_before‖ / ‖W_before‖ over the weights (biases excluded) for
 *     the update recorded by a {@link Snapshot}; NaN without a matching snapshot, +∞ if
 *     W_before was all zero and W moved. Healthy training typically shows about 1e-3.
 */
public record LayerNorms(int layer, double weightNorm, double gradNorm, double updateRatio) {
}
