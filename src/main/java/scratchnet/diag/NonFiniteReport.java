package scratchnet.diag;

/**
 * Where training first produced a NaN or an infinity.
 *
 * @param step the caller's step counter at the failing step
 * @param layer the layer index (0 = first hidden layer), or −1 for {@link Quantity#INPUT} and
 *     {@link Quantity#LOSS}
 * @param quantity which buffer held the value
 * @param index position inside that buffer (row-major; see {@link Quantity} for parameters)
 * @param value the offending value: NaN, +∞ or −∞
 * @param lastCleanStep the latest step whose every checked value was finite, or −1 if none
 * @param lastCleanLoss that step's loss (NaN if there was none)
 * @param lastCleanGradNorm that step's gradient norm over all layers (NaN if there was none)
 */
public record NonFiniteReport(long step, int layer, Quantity quantity, int index, double value,
        long lastCleanStep, double lastCleanLoss, double lastCleanGradNorm) {
    /** A one-line account, e.g. "step 61: LOSS = Infinity (last finite loss 8.4e306 at 60)". */
    @Override
    public String toString() {
        String where = layer < 0 ? "" : " in layer " + layer + " [" + index + "]";
        return "step " + step + ": " + quantity + where + " = " + value
                + " (last finite loss " + lastCleanLoss + " at step " + lastCleanStep
                + ", gradient norm " + lastCleanGradNorm + ")";
    }
}
