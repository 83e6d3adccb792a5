package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {
    private final NanExplosion lab = new NanExplosion();

    private static LabRun finish(Preset p) {
        LabRun run = new LabRun(p, true, true);
        run.advance(Integer.MAX_VALUE);
        return run;
    }

    @Test
    void theRecipeBeatsTheMeanBaselineInMinutes() {
        LabRun run = finish(lab.apply(Fix.ALL_FIXES));
        assertTrue(run.outcome().finite());
        double base = run.baselineMae();
        assertEquals(12.4, base, 0.05, "always predicting the training mean, in minutes");
        assertTrue(run.testMae() < base / 2, run.testMae() + " vs " + base);
        assertTrue(Verdict.of(run).startsWith("Enough: test MAE "), Verdict.of(run));
    }

    @Test
    void eachSingleFixIsFiniteButItsVerdictSaysNotEnough() {
        for (Fix fix : lab.fixes()) {
            if (fix == Fix.ALL_FIXES) {
                continue;
            }
            LabRun run = finish(lab.apply(fix));
            assertTrue(run.outcome().finite(), fix.toString());
            assertTrue(run.testMae() > run.baselineMae(), fix + ": " + run.testMae());
            String v = Verdict.of(run);
            assertTrue(v.startsWith("Finite, but not enough: test MAE "), fix + ": " + v);
            assertTrue(v.contains(Hint.figure(run.testMae() / run.baselineMae()) + "×"), v);
        }
    }

    @Test
    void theBeforeRunHasNoModelToScore() {
        LabRun run = finish(lab.preset());
        assertTrue(Double.isNaN(run.testMae()));
        assertTrue(Verdict.of(run).startsWith("Not fixed: at step 6 "), Verdict.of(run));
    }

    @Test
    void classificationLabsHaveNoVerdict() {
        LabRun run = new LabRun(new DyingRelu().preset(), true, true);
        assertEquals("", Verdict.of(run));
        assertTrue(Double.isNaN(run.testMae()));
    }

    @Test
    void sentencesBeforeAndDuringTraining() {
        assertEquals("Before training: test MAE 30 min; the bar is the 12.4 min of always "
                + "predicting the mean.", Verdict.sentence(false, -1, 0, false, 30, 12.4, "min"));
        assertEquals("So far: test MAE 6.2 min beats the 12.4 min of always predicting the mean "
                + "(2× smaller).", Verdict.sentence(false, -1, 10, false, 6.2, 12.4, "min"));
    }
}
