package scratchnet.labs;

import java.util.List;

/**
 * A failure lab: a fixed preset that shows one phenomenon, the detector that measures it, and
 * the fixes, each a modified preset rerun from the same seed.
 */
public interface Lab {
    /** The lab's id. */
    LabId id();

    /** The preset that shows the phenomenon. */
    Preset preset();

    /** The fixes this lab offers, in the order the page lists them. */
    List<Fix> fixes();

    /** The preset with {@code fix} applied; throws for a fix this lab does not offer. */
    Preset apply(Fix fix);

    /** Measures the phenomenon on a run of this lab's preset or of one of its fixes. */
    Symptom symptom(Outcome outcome);
}
