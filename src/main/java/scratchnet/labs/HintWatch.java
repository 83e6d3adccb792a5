package scratchnet.labs;

/**
 * Keeps the hint on screen steady: a finding appears only after {@value #CONFIRM} readings in a
 * row name it, and the hint shown leaves only after {@value #CONFIRM} readings in a row name
 * something else (or nothing). While the same phenomenon goes on being found its figures are
 * updated. A non-finite value is shown at once: the run has stopped there.
 */
public final class HintWatch {
    /** Readings in a row that show or remove a hint. */
    public static final int CONFIRM = 3;

    private Hint shown;
    private Hint.Phenomenon candidate;
    private int count;

    /** Takes the finding of one reading (null for none); returns the hint to show, or null. */
    public Hint observe(Hint found) {
        Hint.Phenomenon p = found == null ? null : found.phenomenon();
        if (p == Hint.Phenomenon.NON_FINITE || (shown != null && p == shown.phenomenon())) {
            shown = found;
            candidate = p;
            count = CONFIRM;
            return shown;
        }
        if (p == candidate) {
            count++;
        } else {
            candidate = p;
            count = 1;
        }
        if (count >= CONFIRM) {
            shown = found;
        }
        return shown;
    }

    /** The hint shown now, or null. */
    public Hint shown() {
        return shown;
    }

    /** Forgets everything (a new run). */
    public void reset() {
        shown = null;
        candidate = null;
        count = 0;
    }
}
