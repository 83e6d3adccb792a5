package scratchnet.labs;

/**
 * The plain sentence under a regression lab run: its test error in the data's units against
 * the error of always predicting the training mean, and whether that is enough. "Finite" is
 * not the bar: a run that stops overflowing but predicts worse than the mean has not learned
 * the data. Classification labs get no verdict ("").
 */
public final class Verdict {
    private Verdict() {
    }

    /** The verdict on {@code run} as it is now. */
    public static String of(LabRun run) {
        TargetUnits u = run.preset().units();
        if (u == null || run.preset().testSet() == null) {
            return "";
        }
        return sentence(run.report() != null, run.report() == null ? -1 : run.report().step(),
                run.trainer().stepsTaken(), run.finished(), run.testMae(), run.baselineMae(),
                u.name());
    }

    /**
     * The verdict from its figures.
     *
     * @param diverged whether a value went non-finite
     * @param divergedAt the step it did (when diverged)
     * @param steps steps trained so far
     * @param finished whether the run has ended
     * @param mae test MAE in the data's units (NaN if predictions are not finite)
     * @param baseline test MAE of predicting the training mean
     * @param unit the data's unit, e.g. "min"
     */
    static String sentence(boolean diverged, long divergedAt, long steps, boolean finished,
            double mae, double baseline, String unit) {
        String bar = Hint.figure(baseline) + " " + unit + " of always predicting the mean";
        if (diverged) {
            return "Not fixed: at step " + divergedAt + " a value became infinite or NaN, so "
                    + "there is no model to score (the bar is the " + bar + ").";
        }
        if (!Double.isFinite(mae)) {
            return "Not fixed: the predictions are not finite numbers (the bar is the " + bar
                    + ").";
        }
        String err = "test MAE " + Hint.figure(mae) + " " + unit;
        if (steps == 0) {
            return "Before training: " + err + "; the bar is the " + bar + ".";
        }
        String when = finished ? "" : "So far: ";
        if (mae >= baseline) {
            return when + (finished ? "Finite, but not enough: " : "finite, but not enough yet: ")
                    + err + " is " + Hint.figure(mae / baseline) + "× the " + bar + ".";
        }
        return when + (finished ? "Enough: " : "") + err + " beats the " + bar + " ("
                + Hint.figure(baseline / mae) + "× smaller).";
    }
}
