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
                + " for tanh, on at least 95 % of the training points), where its slope is under"
                + " 7.1 % of its peak, so it barely learns.", marks.get("saturated"));
    }
}
