package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dead and saturated ELU units reach the page: too-large weights push a 6-6-6 ELU network's
 * deeper units into their flat left tail, and the diagram crosses out and hatches them, counts
 * them and names them in the engine's words; the activation explorer shades ELU's dead and
 * saturated tails. Leaves screenshots in target/screenshots/.
 */
class SmoothRectifierMarksBrowserTest extends PageTest {
    SmoothRectifierMarksBrowserTest() {
        super("index.html");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name),
                browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @SuppressWarnings("unchecked")
    void deadAndSaturatedEluUnitsAreMarkedCountedAndNamed() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        open("#act=elu&init=too-large&layers=6,6,6");
        Map<String, Object> state = (Map<String, Object>) browser.js(
                "scratchnet.pause(); return scratchnet.step(20);");
        List<Number> units = (List<Number>) state.get("unitStates");
        long dead = units.stream().filter(u -> u.intValue() == 1).count();
        long saturated = units.stream().filter(u -> u.intValue() == 3).count();
        assertTrue(dead > 0 && saturated > 0, units.toString());
        assertTrue(units.stream().allMatch(u -> u.intValue() != 2), "ELU units are never off");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> String.valueOf(dead)
                .equals(browser.js("return document.getElementById('diagram').dataset.dead;")));
        assertEquals(String.valueOf(saturated),
                browser.js("return document.getElementById('diagram').dataset.saturated;"));
        String marks = (String) browser.js(
                "return document.getElementById('diagram-marks').textContent;");
        assertTrue(marks.contains("a dead ELU, GELU, SiLU or softplus unit (z < −14 for ELU"), marks);
        assertTrue(marks.contains("or ELU, GELU, SiLU or softplus hidden unit (z < −2.7 for ELU"),
                marks);
        List<Number> share = (List<Number>) state.get("deadFraction");
        assertTrue(share.stream().anyMatch(s -> s.doubleValue() > 0), share.toString());
        browser.js("document.getElementById('diagram').scrollIntoView();");
        screenshot("elu-marks-1280.png");
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        browser.js("document.getElementById('diagram').scrollIntoView();");
        screenshot("elu-marks-360.png");
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theExplorerShadesEluDeadAndSaturatedTails() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        open("#learn=activations");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!document.querySelector('.act-name option[value=elu]');")));
        browser.js("var s = document.querySelector('.act-name'); s.value = 'elu';"
                + " document.querySelector('.act-lo').value = '-20';"
                + " document.querySelector('.act-hi').value = '3';"
                + " s.dispatchEvent(new Event('change', {bubbles: true}));");
        String formula = (String) browser.js(
                "return document.querySelector('.act-formula').textContent;");
        assertTrue(formula.contains("e^z"), formula);
        browser.js("document.querySelector('.act-canvas').scrollIntoView();");
        screenshot("elu-explorer-1280.png");
        assertEquals("", browser.consoleErrors());
    }
}
