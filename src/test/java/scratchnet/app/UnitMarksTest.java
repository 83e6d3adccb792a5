package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.JsonForTests;

/** Pins {@link UnitMarks}: the field names the diagram legends read, and the saturation rule's numbers. */
class UnitMarksTest {
    @Test
    void everyMarkHasItsSentence() {
        Object parsed = JsonForTests.parse(UnitMarks.json());
        assertInstanceOf(Map.class, parsed);
        Map<?, ?> marks = (Map<?, ?>) parsed;
        assertEquals(List.of("dead", "off", "saturated", "exploding", "nonFinite"), List.copyOf(marks.keySet()));
        assertEquals("Hatched: a saturated sigmoid or tanh hidden unit (|z| > 4 for sigmoid, > 2"
                + " for tanh) or ELU, GELU, SiLU or softplus hidden unit (z < −2.7 for ELU, < −2.2"
                + " for GELU, < −3.5 for SiLU, < −2.6 for softplus), on at least 95 % of the"
                + " training points, where its slope is under 7.1 % of its peak, so it barely"
                + " learns.", marks.get("saturated"));
        assertEquals("Grey and crossed out: a dead ReLU unit (z ≤ 0 on every training point, so"
                + " its gradient is 0) or a dead ELU, GELU, SiLU or softplus unit (z < −14 for"
                + " ELU, < −5.1 for GELU, < −16.6 for SiLU, < −14 for softplus, on every training"
                + " point, so its slope is under a millionth and practically no gradient reaches"
                + " it).", marks.get("dead"));
    }
}
