package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerNorms;

class VanishingGradientsTest {
    private final VanishingGradients lab = new VanishingGradients();

    @Test
    void fiveSigmoidLayersShrinkTheFirstLayersGradientMoreThanAHundredfold() {
        Outcome o = LabRunner.run(lab.preset());
        Symptom s = lab.symptom(o);
        assertTrue(s.present());
        assertTrue(s.value() >= 100, "ratio " + s.value());
        LayerNorms[] start = o.startGradNorms();
        for (int l = 1; l < start.length; l++) {
            assertTrue(start[l].gradNorm() > start[l - 1].gradNorm(),
                    "each layer nearer the input gets a smaller gradient");
        }
        assertTrue(GradNorms.lastOverFirst(start) > 1000);
        assertEquals(Math.log(2), o.endTrainLoss(), 0.01, "the network learned almost nothing");
    }

    @Test
    void reluWithHeInitialisationKeepsTheRatioUnderTen() {
        Outcome o = LabRunner.run(lab.apply(Fix.RELU_HE));
        Symptom s = lab.symptom(o);
        assertTrue(!s.present() && s.value() < 10, "ratio " + s.value());
        assertTrue(GradNorms.lastOverFirst(o.startGradNorms()) < 10);
        assertTrue(o.endTrainLoss() < 0.1);
    }
}
