package scratchnet.labs;

/**
 * A lab's symptom as measured on one run: the figure the lab watches, the threshold it is
 * compared with, and where it was seen. Each lab documents what its value means.
 *
 * @param present whether the run shows the phenomenon
 * @param value the measured figure (e.g. the largest dead fraction, 0.62)
 * @param threshold the figure's threshold (e.g. 0.5)
 * @param layer the layer it concerns, or −1
 * @param step the training step it concerns, or −1
 */
public record Symptom(boolean present, double value, double threshold, int layer, long step) {
}
