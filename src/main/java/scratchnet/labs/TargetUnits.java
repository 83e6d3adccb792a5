package scratchnet.labs;

/**
 * How a regression lab's target, as the network learns it, maps back to the data's units: a
 * target standardised with standard deviation s is in units of s minutes, so an error of e
 * there is e·s minutes (the mean shift cancels in a difference).
 *
 * @param perUnit data units per unit of the learned target (1 when the target is raw)
 * @param name the data's unit, e.g. "min"
 */
public record TargetUnits(double perUnit, String name) {
}
