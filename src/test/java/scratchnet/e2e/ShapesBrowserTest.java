package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, "not colour alone": classes on the heatmap and in its key by marker shape as well
 * as colour, test points by a white centre, and unit states in the diagrams by shape or
 * pattern (saturated units hatched), each mark drawn named under the diagram.
 */
class ShapesBrowserTest extends PageTest {
    ShapesBrowserTest() {
        super("index.html");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fourBlobsGetFourShapesInTheKeyAndOnTheHeatmap() {
        open("#data=blobs&k=4&test=1");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> browser.js(
                "return document.querySelectorAll('#heatmap-key .class-legend li[data-shape]').length;")
                .equals(4L));
        List<String> shapes = (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll('#heatmap-key li[data-shape]'),"
                + " function (li) { return li.dataset.shape; });");
        assertEquals(List.of("circle", "square", "triangle", "diamond"), shapes);
        // each legend marker is an image named by its shape
        assertEquals(List.of("img circle", "img square", "img triangle", "img diamond"),
                browser.js("return Array.prototype.map.call(document.querySelectorAll("
                + "'#heatmap-key li[data-shape] canvas.marker'), function (c) {"
                + " return c.getAttribute('role') + ' ' + c.getAttribute('aria-label'); });"));
        // the heatmap drew exactly those shapes
        assertEquals("circle diamond square triangle",
                browser.js("return document.getElementById('heatmap').dataset.shapes;"));
        // train vs test is said in words, not by shape
        String key = (String) browser.js(
                "return document.getElementById('heatmap-key').textContent;");
        assertTrue(key.contains("filled: training point"), key);
        assertTrue(key.contains("white centre: test point"), key);
        assertTrue(key.contains("class 2"), key);
        // regression points keep one shape
        open("#data=delivery");
        assertEquals("circle", browser.js("return document.getElementById('heatmap').dataset.shapes;"));
        assertEquals(0L, browser.js("return document.querySelectorAll("
                + "'#heatmap-key li[data-shape]').length;"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    @SuppressWarnings("unchecked")
    void saturatedUnitsAreHatchedCountedAndNamed() {
        open("#act=sigmoid&init=too-large&layers=6,6,6");
        Map<String, Object> state = (Map<String, Object>) browser.js(
                "scratchnet.pause(); return scratchnet.step(20);");
        List<Number> units = (List<Number>) state.get("unitStates");
        long saturated = units.stream().filter(u -> u.intValue() == 3).count();
        assertTrue(saturated > 0, units.toString());
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> String.valueOf(
                saturated).equals(browser.js(
                        "return document.getElementById('diagram').dataset.saturated;")));
        assertEquals("0", browser.js("return document.getElementById('diagram').dataset.dead;"));
        String marks = (String) browser.js(
                "var p = document.getElementById('diagram-marks');"
                + " return p.hidden ? '' : p.textContent;");
        assertTrue(marks.startsWith("Hatched (" + saturated + (saturated == 1 ? " unit)" : " units)")
                + ": a saturated sigmoid or tanh hidden unit"), marks);
        assertTrue(!marks.contains("crossed out"), "only marks that are drawn: " + marks);
        // a calm network draws no marks and shows no legend
        open("#act=sigmoid");
        browser.js("scratchnet.pause();");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "0".equals(
                browser.js("return document.getElementById('diagram').dataset.saturated;")));
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('diagram-marks').hidden;"));
        assertEquals("0", browser.js("return document.getElementById('diagram').dataset.saturated;"));
        // dead units: crossed out, counted and named
        open("#act=relu&init=zeros&layers=3,2");
        browser.js("scratchnet.pause();");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "5".equals(
                browser.js("return document.getElementById('diagram').dataset.dead;")));
        assertTrue(((String) browser.js("return document.getElementById('diagram-marks').textContent;"))
                .startsWith("Grey and crossed out (5 units): a dead ReLU unit"));
        assertEquals("", browser.consoleErrors());
    }
}
