package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.Quantity;

class NanExplosionTest {
    private final NanExplosion lab = new NanExplosion();

    @Test
    void thePresetsLossGrowsThenOverflowsToInfinityAtStepSix() {
        Outcome o = LabRunner.run(lab.preset());
        NonFiniteReport r = o.nonFinite();
        assertEquals(6, r.step());
        assertEquals(Quantity.LOSS, r.quantity());
        assertEquals(-1, r.layer());
        assertEquals(Double.POSITIVE_INFINITY, r.value());
        assertEquals(5, r.lastCleanStep());
        assertTrue(r.lastCleanLoss() > 1e100 * o.startLoss(), "the loss grew before it blew up");
        assertEquals(6, o.steps(), "training stopped at the failing step");
        Symptom s = lab.symptom(o);
        assertTrue(s.present());
        assertEquals(6, s.step());
    }

    @Test
    void everyFixAloneTrainsToAFiniteLossBelowItsStart() {
        for (Fix fix : lab.fixes()) {
            Outcome o = LabRunner.run(lab.apply(fix));
            assertNull(o.nonFinite(), fix.toString());
            assertTrue(o.finite(), fix.toString());
            assertTrue(o.endTrainLoss() < o.startLoss(), fix + ": " + o.startLoss() + " -> "
                    + o.endTrainLoss());
            assertFalse(lab.symptom(o).present());
        }
    }
}
