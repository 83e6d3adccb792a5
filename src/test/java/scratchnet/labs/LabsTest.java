package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabsTest {
    @Test
    void theSixLabsHaveExactlyTheIssuesIds() {
        String ids = "";
        for (LabId id : LabId.values()) {
            ids += id.id() + " ";
            assertEquals(id, Labs.of(id).id());
        }
        assertEquals("dying-relu nan-explosion vanishing-gradients overfitting "
                + "tiny-learning-rate gd-variants ", ids);
    }

    @Test
    void everyLabOffersAtLeastOneFixAndRejectsOthers() {
        for (LabId id : LabId.values()) {
            Lab lab = Labs.of(id);
            assertTrue(!lab.fixes().isEmpty());
            for (Fix f : Fix.values()) {
                if (!lab.fixes().contains(f)) {
                    assertThrows(IllegalArgumentException.class, () -> lab.apply(f));
                }
            }
        }
    }

    @Test
    void aFixChangesOnlyWhatItNames() {
        Preset p = new NanExplosion().preset();
        Preset he = new NanExplosion().apply(Fix.HE_INIT);
        assertEquals(p.training(), he.training());
        assertEquals(p.seed(), he.seed());
        assertEquals(p.epochs(), he.epochs());
        assertEquals(java.util.Arrays.toString(p.net().sizes()),
                java.util.Arrays.toString(he.net().sizes()));
        assertEquals(p.net().hidden(), he.net().hidden());
    }
}
