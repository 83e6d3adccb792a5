package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live training page, driven through its controls, keyboard, URL and console API: every
 * control changes the run as it says, links reproduce runs, and bad links are reported.
 */
class PlaygroundControlsTest extends PageTest {
    PlaygroundControlsTest() {
        super("index.html");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() {
        return (Map<String, Object>) browser.js("return scratchnet.config();");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> state() {
        return (Map<String, Object>) browser.js("return scratchnet.state();");
    }

    private WebElement key(String key) {
        return browser.driver.findElement(By.cssSelector("[data-key='" + key + "']"));
    }

    private String location() {
        return (String) browser.js("return location.hash;");
    }

    @Test
    void eachSelectChangesItsSettingAndTheLink() {
        open("");
        Object[][] cases = {{"act", "relu"}, {"opt", "adam"}, {"init", "he"}, {"reg", "l2"},
            {"loss", "mse"}, {"data", "xor"}};
        for (Object[] c : cases) {
            new Select(key((String) c[0])).selectByValue((String) c[1]);
            assertEquals(c[1], config().get(c[0]), "setting " + c[0]);
            assertTrue(location().contains(c[0] + "=" + c[1]), location());
        }
        new Select(browser.driver.findElement(By.id("lr-preset"))).selectByValue("0.3");
        assertEquals(0.3, ((Number) config().get("lr")).doubleValue());
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void checkboxesRangesAndNumberFieldsChangeTheirSettings() {
        open("#data=blobs");
        for (String flag : List.of("test", "discrete", "ylog")) {
            key(flag).click();
            assertEquals(Boolean.TRUE, config().get(flag), flag);
        }
        new Select(key("k")).selectByValue("5");
        assertEquals(5L, config().get("k"));
        assertEquals(5L, browser.js(
                "var s = ScratchNet.Playground.engine.sizes(); return s[s.length - 1];"));
        for (Object[] c : new Object[][] {{"noise", "25"}, {"train", "70"}, {"batch", "40"}}) {
            browser.js("var el = arguments[0]; el.value = arguments[1];"
                    + " el.dispatchEvent(new Event('change', {bubbles: true}));", key((String) c[0]), c[1]);
            assertEquals(Long.parseLong((String) c[1]), config().get(c[0]), (String) c[0]);
        }
        assertTrue(text("batch-kind").endsWith("mini-batch"), text("batch-kind"));
        for (Object[] c : new Object[][] {{"dropout", "0.3"}, {"clip", "2"}, {"rate", "0.01"},
                {"seed", "42"}}) {
            WebElement field = key((String) c[0]);
            field.clear();
            field.sendKeys((String) c[1], Keys.TAB);
            assertEquals(Double.parseDouble((String) c[1]),
                    ((Number) config().get(c[0])).doubleValue(), (String) c[0]);
        }
        WebElement exact = browser.driver.findElement(By.id("lr-exact"));
        exact.clear();
        exact.sendKeys("0.0123", Keys.TAB);
        assertEquals(0.0123, ((Number) config().get("lr")).doubleValue());
        assertEquals("custom", browser.driver.findElement(By.id("lr-preset"))
                .getAttribute("value"));
        long seed = (Long) config().get("dseed");
        browser.driver.findElement(By.id("regenerate")).click();
        assertEquals(seed + 1, config().get("dseed"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void layerAndUnitButtonsReshapeTheNetwork() {
        open("#layers=4,2");
        browser.driver.findElement(By.id("add-layer")).click();
        assertEquals(List.of(4L, 2L, 2L), config().get("layers"));
        browser.driver.findElement(By.cssSelector("[aria-label='More units in layer 1']")).click();
        assertEquals(List.of(5L, 2L, 2L), config().get("layers"));
        browser.driver.findElement(By.id("remove-layer")).click();
        assertEquals(List.of(5L, 2L), config().get("layers"));
        assertEquals(List.of(2L, 5L, 2L, 1L),
                browser.js("return ScratchNet.Playground.engine.sizes();"));
    }

    @Test
    void featureCheckboxesChangeTheInputs() {
        open("");
        browser.driver.findElement(By.cssSelector("[data-feature='sinx1']")).click();
        assertEquals(List.of("x1", "x2", "sinx1"), config().get("f"));
        assertEquals(3L, browser.js("return ScratchNet.Playground.engine.sizes()[0];"));
    }

    @Test
    void stepEpochAndResetButtonsMoveTheCounters() {
        open("#batch=25");
        browser.driver.findElement(By.id("step")).click();
        waitForText("out-step", "1");
        browser.driver.findElement(By.id("epoch")).click();
        waitForText("out-epoch", "1");
        assertEquals("10", text("out-step")); // 250 training rows in batches of 25
        browser.driver.findElement(By.id("reset")).click();
        waitForText("out-step", "0");
        browser.driver.findElement(By.id("reseed")).click();
        assertEquals(2L, config().get("seed"));
    }

    @Test
    void playTrainsUntilPausedAndTheLossFalls() {
        open("#lr=0.1");
        double before = ((Number) state().get("trainLoss")).doubleValue();
        browser.driver.findElement(By.id("play")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                ((Number) state().get("step")).longValue() > 2000);
        browser.driver.findElement(By.id("play")).click();
        long steps = ((Number) state().get("step")).longValue();
        assertEquals(steps, ((Number) state().get("step")).longValue(), "paused");
        assertTrue(((Number) state().get("trainLoss")).doubleValue() < before * 0.5);
    }

    @Test
    void aLinkReproducesTheRunAndBackGoesToThePreviousSettings() {
        open("#data=spiral&layers=6,6&act=relu&lr=0.01&seed=9");
        Map<String, Object> c = config();
        assertEquals("spiral", c.get("data"));
        assertEquals(9L, c.get("seed"));
        String first = location();
        browser.js("scratchnet.set({noise: 20});");
        assertNotEquals(first, location());
        browser.driver.navigate().back();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                ((Number) config().get("noise")).intValue() == 0);
        assertEquals(first, location());
    }

    @Test
    void badValuesInTheLinkAreReportedAndReplaced() {
        open("#noise=300&act=swish&bogus=1&lr=abc");
        WebElement box = browser.driver.findElement(By.id("messages"));
        assertTrue(box.isDisplayed());
        String text = box.getText();
        assertTrue(text.contains("noise=300") && text.contains("swish") && text.contains("bogus"),
                text);
        assertEquals(0L, config().get("noise"));
        assertEquals("tanh", config().get("act"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void keyboardShortcutsDriveTheRun() {
        open("");
        WebElement body = browser.driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_RIGHT);
        waitForText("out-step", "1");
        body.sendKeys(" ");
        assertEquals(Boolean.TRUE, state().get("running"));
        body.sendKeys(" ");
        assertEquals(Boolean.FALSE, state().get("running"));
        body.sendKeys("r");
        waitForText("out-step", "0");
        new Actions(browser.driver).sendKeys("?").perform();
        assertTrue(browser.driver.findElement(By.id("shortcuts")).isDisplayed());
    }

    @Test
    void hoveringALinkShowsItsWeightGradientAndUpdate() {
        open("");
        browser.js("scratchnet.step(5);");
        WebElement diagram = browser.driver.findElement(By.id("diagram"));
        Map<?, ?> node = (Map<?, ?>) browser.js("var n = ScratchNet.Playground.widgets.diagram"
                + ".layout.columns[1][0]; return {x: n.x + n.s / 2, y: n.y + n.s / 2};");
        int x = ((Number) node.get("x")).intValue() - diagram.getSize().getWidth() / 2;
        int y = ((Number) node.get("y")).intValue() - diagram.getSize().getHeight() / 2;
        new Actions(browser.driver).moveToElement(diagram, x, y).click().perform();
        WebElement tip = browser.driver.findElement(By.id("tooltip"));
        assertTrue(tip.isDisplayed());
        assertTrue(tip.getText().contains("bias of unit 1") && tip.getText().contains("∂L/∂b"),
                tip.getText());
        diagram.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertTrue(tip.getText().startsWith("link 1 → 2 into layer 1: w = "), tip.getText());
        assertEquals("5", text("out-step"), "arrows on the diagram do not train");
    }

    @Test
    void consoleApiReportsTheDocumentedState() {
        open("#act=relu");
        Map<String, Object> s = state();
        for (String k : List.of("epoch", "step", "trainLoss", "testLoss", "accuracy", "backend",
                "diverged", "firstNonFinite", "deadFraction", "gradNorm")) {
            assertTrue(s.containsKey(k), k);
        }
        browser.js("scratchnet.step(30);");
        assertEquals(30L, state().get("step"));
        assertEquals(3, ((List<?>) state().get("gradNorm")).size());
        browser.js("scratchnet.reset(4);");
        assertEquals(0L, state().get("step"));
        assertEquals(4L, config().get("seed"));
    }

    @Test
    void aDivergingRunStopsAndExplainsItself() {
        open("#data=plane&lr=100&init=too-large&act=relu&batch=250");
        browser.js("scratchnet.step(500);");
        Map<String, Object> s = state();
        assertEquals(Boolean.TRUE, s.get("diverged"));
        assertTrue(s.get("firstNonFinite") instanceof Map);
        assertTrue(browser.driver.findElement(By.id("hint")).isDisplayed());
    }

    @Test
    void deliveryDataShowsMaeBesideTheBaseline() {
        open("#data=delivery");
        assertTrue(browser.driver.findElement(By.id("scatter")).isDisplayed());
        assertFalse(browser.driver.findElement(By.cssSelector(".features")).isDisplayed());
        browser.js("scratchnet.step(500);");
        Map<String, Object> s = state();
        double mae = ((Number) s.get("testMae")).doubleValue();
        double base = ((Number) s.get("baselineMae")).doubleValue();
        assertTrue(mae < base, mae + " vs " + base);
        assertTrue(text("out-baseline").endsWith("min"));
        new Select(key("hx")).selectByValue("3");
        assertEquals(3L, config().get("hx"));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private void waitForText(String id, String expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                expected.equals(d.findElement(By.id(id)).getText()));
    }
}
