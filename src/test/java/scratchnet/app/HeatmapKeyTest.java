package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.JsonForTests;
import scratchnet.view.Palette;

/** Pins {@link HeatmapKey}: the heatmap's axes, colour bar and legend as the page reads them. */
class HeatmapKeyTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v) {
        Object parsed = v instanceof String ? JsonForTests.parse((String) v) : v;
        assertInstanceOf(Map.class, parsed);
        return (Map<String, Object>) parsed;
    }

    private static List<?> list(Object v) {
        assertInstanceOf(List.class, v);
        return (List<?>) v;
    }

    private static Map<String, Object> key(String hash) {
        Session s = new Session();
        assertEquals(List.of(), s.load(hash));
        Map<String, Object> key = object(s.heatmapKey());
        assertEquals(List.of("x", "y", "scale", "classes", "outputs"),
                new ArrayList<>(key.keySet()));
        for (String axis : List.of("x", "y")) {
            assertEquals(List.of("name", "unit", "min", "max"),
                    new ArrayList<>(object(key.get(axis)).keySet()));
        }
        assertEquals(List.of("kind", "title", "unit", "min", "max", "colours"),
                new ArrayList<>(object(key.get("scale")).keySet()));
        return key;
    }

    @Test
    void theCircleIsThePlaneFromMinusSixToSixWithTwoClassesAndAProbabilityBar() {
        Map<String, Object> key = key("");
        assertEquals(Map.of("name", "x1", "unit", "", "min", -6.0, "max", 6.0),
                object(key.get("x")));
        assertEquals("x2", object(key.get("y")).get("name"));
        Map<String, Object> scale = object(key.get("scale"));
        assertEquals("diverging", scale.get("kind"));
        assertEquals("probability of class 1", scale.get("title"));
        assertEquals(0.0, scale.get("min"));
        assertEquals(1.0, scale.get("max"));
        List<?> colours = list(scale.get("colours"));
        assertEquals(HeatmapKey.STOPS, colours.size());
        // The bar's ends are the heatmap's own (pale) colours of p = 0 and p = 1.
        assertEquals(Palette.css(Palette.pale(Palette.diverging(-1))), colours.get(0));
        assertEquals(Palette.css(Palette.pale(Palette.diverging(1))),
                colours.get(colours.size() - 1));
        List<?> classes = list(key.get("classes"));
        assertEquals(2, classes.size());
        assertEquals(Map.of("name", "class 1", "colour", "#0877bd", "shape", "square"),
                object(classes.get(1)));
        assertEquals(List.of("P(class 1)"), key.get("outputs"));
    }

    @Test
    void kBlobsNameEveryClassAndOutput() {
        Map<String, Object> key = key("data=blobs&k=4");
        assertEquals("classes", object(key.get("scale")).get("kind"));
        assertEquals(4, list(object(key.get("scale")).get("colours")).size());
        List<?> classes = list(key.get("classes"));
        assertEquals(4, classes.size());
        java.util.List<Object> shapes = new java.util.ArrayList<>();
        for (Object c : classes) {
            shapes.add(object(c).get("shape"));
        }
        // each class its own marker shape, not colour alone
        assertEquals(List.of("circle", "square", "triangle", "diamond"), shapes);
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"), key.get("outputs"));
    }

    @Test
    void deliveryAxesAreInRealUnitsAndTheBarInMinutes() {
        Session s = new Session();
        s.load("data=delivery&hx=0&hy=2");
        Map<String, Object> key = key("data=delivery&hx=0&hy=2");
        Map<String, Object> x = object(key.get("x"));
        assertEquals("distance", x.get("name"));
        assertEquals("km", x.get("unit"));
        // The recipe clips distance to [0.5, 15] km: the training range lies inside.
        assertTrue((double) x.get("min") >= 0.5 - 1e-9 && (double) x.get("min") < 2, x.toString());
        assertTrue((double) x.get("max") > 8 && (double) x.get("max") <= 15 + 1e-9, x.toString());
        Map<String, Object> y = object(key.get("y"));
        assertEquals("prep", y.get("name"));
        assertEquals("min", y.get("unit"));
        Map<String, Object> scale = object(key.get("scale"));
        assertEquals("min", scale.get("unit"));
        assertEquals("predicted delivery time", scale.get("title"));
        double min = (double) scale.get("min");
        double max = (double) scale.get("max");
        // Mean ± 2 std of the training targets, which the recipe clips to [10, 120] minutes.
        assertTrue(min > 0 && min < 40 && max > 50 && max < 120, min + " .. " + max);
        assertEquals(List.of(), key.get("classes"));
        assertEquals(List.of("minutes"), key.get("outputs"));
    }

    @Test
    void aHoveredNodeIsPaintedOverTheWholeGrid() {
        Session s = new Session();
        int res = s.resolution();
        assertEquals(res * res, s.nodePixels(0, 0).length);
        assertEquals(res * res, s.nodePixels(-1, 1).length);
        // Input x1 runs left to right: orange on the left, blue on the right, both pale.
        int[] x1 = s.nodePixels(-1, 0);
        assertEquals(Palette.pale(Palette.diverging(-1)), x1[0]);
        assertEquals(Palette.pale(Palette.diverging(1)), x1[res - 1]);
    }
}
