package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The rewind scrubber under the loss chart (keys and a pointer drag move the whole page back
 * to a checkpoint; a replay with another rate draws the old and the new curves), the 2/λ line
 * and marker on the loss chart, and the optimizer-internals chart (a weight picked in the menu
 * or by clicking its link in the diagram). Leaves screenshots in target/screenshots/.
 */
class RewindBrowserTest extends PageTest {
    RewindBrowserTest() {
        super("index.html");
    }

    private long step() {
        return ((Number) js("scratchnet.state()").get("step")).longValue();
    }

    /** The element's text once the page has written any. */
    private String written(String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                java.time.Duration.ofSeconds(10)).until(d -> !text(id).isEmpty());
        return text(id);
    }

    private String text(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).textContent;",
                id);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name),
                browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theScrubberRewindsThePageAndAReplayWithAnotherRateDrawsTwoCurves() throws Exception {
        for (int width : new int[] {1280, 360}) {
            open("#lr=0.3&layers=4,4&act=tanh", width);
            browser.js("scratchnet.step(600);");
            WebElement scrub = browser.driver.findElement(By.id("scrub"));
            assertEquals("12", scrub.getAttribute("max"), "checkpoints 0, 50, …, 600");
            assertEquals("600", text("out-step"));
            browser.js("arguments[0].scrollIntoView({block: 'center'});", scrub);
            scrub.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
            assertEquals(400, step(), "four checkpoints back");
            assertEquals("400", text("out-step"), "the page's counter moved too");
            assertEquals("step 400, checkpoint 9 of 13", scrub.getAttribute("aria-valuetext"));
            assertTrue(text("scrub-text").startsWith("Rewound to step 400"), text("scrub-text"));
            String bits = "return ScratchNet.Playground.engine.parameterBits();";
            String heatmap = "return document.getElementById('heatmap').toDataURL();";
            String diagram = "return document.getElementById('diagram').toDataURL();";
            scrub.sendKeys(Keys.HOME);
            assertEquals(0, step());
            String startBits = (String) browser.js(bits);
            Object startHeatmap = browser.js(heatmap);
            Object startDiagram = browser.js(diagram);
            scrub.sendKeys(Keys.END);
            assertEquals(600, step(), "scrubbed forward again over the run left behind");
            assertTrue(!startBits.equals(browser.js(bits)));
            assertTrue(!startHeatmap.equals(browser.js(heatmap)), "the boundary moved");
            assertTrue(!startDiagram.equals(browser.js(diagram)), "the diagram moved");
            scrub.sendKeys(Keys.HOME);
            assertEquals(startBits, browser.js(bits), "step 0's weights again");
            assertEquals(startHeatmap, browser.js(heatmap), "step 0's boundary again");
            scrub.sendKeys(Keys.END);
            // a pointer drag from the right end to the middle
            int w = scrub.getSize().getWidth();
            new Actions(browser.driver).moveToElement(scrub, w / 2 - 4, 0).clickAndHold()
                    .moveByOffset(-w / 4, 0).moveByOffset(-w / 4 + 4, 0).release().perform();
            long landed = step();
            assertTrue(landed > 100 && landed < 500 && landed % 50 == 0, "landed on " + landed);
            String curves = "return document.getElementById('loss-chart').dataset.curves;";
            assertEquals("4", browser.js(curves), "while scrubbing, the run left behind dashed");
            browser.js("scratchnet.set({lr: 0.03}); scratchnet.step(300);");
            assertEquals(landed + 300, step());
            Map<String, Object> t = js("scratchnet.timeline()");
            assertEquals(Boolean.TRUE, t.get("ghost"));
            assertEquals(Boolean.FALSE, t.get("scrubbing"));
            assertEquals(landed, ((Number) t.get("replayFrom")).longValue());
            assertEquals("4", browser.js(curves), "train and test, now and before the rewind");
            @SuppressWarnings("unchecked")
            List<Number> ends = (List<Number>) browser.js("var e = ScratchNet.Playground.engine;"
                    + " var g = e.ghostHistory(), h = e.lossHistory();"
                    + " return [g[g.length - 3], h[h.length - 3]];");
            assertEquals(600, ends.get(0).longValue(), "the old curve goes to step 600");
            assertEquals(landed + 300, ends.get(1).longValue(), "the new one to the replay's end");
            assertEquals(Boolean.TRUE, browser.js(
                    "return !document.getElementById('ghost-legend').hidden;"));
            assertTrue(Integer.parseInt((String) browser.js("return document.getElementById("
                    + "'loss-chart').dataset.checkpoints;")) >= 3);
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth"
                    + " <= window.innerWidth;"), "nothing wider than the screen at " + width);
            browser.js("document.querySelector('.output .chart-head').scrollIntoView();");
            screenshot("rewind-" + width + ".png");
        }
    }

    @Test
    void aNewActivationAtACheckpointReplaysFromThereWithTheSameWeights() {
        open("#layers=4,4&act=tanh", 1280);
        browser.js("scratchnet.step(300); scratchnet.rewind(120);");
        assertEquals(100, step());
        String bits = "return ScratchNet.Playground.engine.parameterBits();";
        Object before = browser.js(bits);
        new Select(browser.driver.findElement(By.cssSelector("select[data-key=act]")))
                .selectByValue("relu");
        assertEquals("relu", js("scratchnet.config()").get("act"));
        assertEquals(100, step(), "no start over");
        assertEquals(before, browser.js(bits));
        browser.js("scratchnet.step(50);");
        assertEquals(150, step());
        assertEquals(Boolean.TRUE, js("scratchnet.timeline()").get("ghost"));
    }

    @Test
    void theLossChartWarnsWhenTheRateIsAboveTwoOverLambda() throws Exception {
        open("#lr=10&act=tanh", 1280);
        String line = written("loss-limit");
        assertTrue(line.startsWith("Rate is above 2/λ: plain gradient descent will overshoot"),
                line);
        assertTrue(line.contains("re-estimated at most every 2 s"), line);
        assertEquals(0L, ((Number) browser.js(
                "return ScratchNet.Playground.widgets.stability.warnStep;")).longValue());
        for (int width : new int[] {1280, 360}) {
            open("#lr=10&act=tanh", width);
            written("loss-limit"); // the estimate at step 0 is in before training moves on
            browser.js("scratchnet.play();");
            Thread.sleep(3000);
            browser.js("scratchnet.pause();"
                    + "document.querySelector('.output .chart-head').scrollIntoView();");
            String label = (String) browser.js(
                    "return document.getElementById('loss-chart').getAttribute('aria-label');");
            assertTrue(label.endsWith("the rate above 2/λ from step 0"), label);
            screenshot("two-over-lambda-" + width + ".png");
        }
        open("#lr=0.03&act=tanh", 1280);
        line = written("loss-limit");
        assertTrue(line.startsWith("Rate 0.03 < 2/λ ≈ "), line);
    }

    @Test
    void theInternalsChartShowsAdamsMomentsOfThePickedWeight() throws Exception {
        open("#opt=adam&layers=3", 1280);
        browser.driver.findElement(By.cssSelector("#internals summary")).click();
        new Select(browser.driver.findElement(By.id("internals-weight")))
                .selectByValue("0,1,2");
        browser.js("scratchnet.step(30);");
        Map<String, Object> r = js("scratchnet.internals()");
        assertEquals("W1[1,2]", r.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> series = (Map<String, List<Number>>) r.get("series");
        assertEquals(30, series.get("update").size());
        assertEquals("30", browser.js(
                "return document.getElementById('internals').dataset.rows;"));
        assertEquals("gradient,m,v,update,value", browser.js(
                "return document.getElementById('internals').dataset.columns;"));
        assertEquals(5L, browser.js("return document.querySelectorAll("
                + "'#internals canvas[role=img][aria-label]:not([hidden])').length;"));
        // the first step of Adam moves by about lr in the direction against the gradient
        double g = series.get("gradient").get(0).doubleValue();
        double u = series.get("update").get(0).doubleValue();
        assertEquals(-Math.signum(g) * 0.03, u, 1e-6);
        browser.js("document.getElementById('internals').scrollIntoView();");
        screenshot("internals-1280.png");
        // click the link from input 0 to unit 1 of the first hidden layer in the diagram, a
        // quarter of the way along (at the middle it crosses the link from input 1 to unit 0)
        WebElement diagram = browser.driver.findElement(By.id("diagram"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", diagram);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js(
                "var L = ScratchNet.Playground.widgets.diagram.layout;"
                + "var a = L.columns[0][0], b = L.columns[1][1];"
                + "var r = arguments[0].getBoundingClientRect();"
                + "var x0 = a.x + a.s, y0 = a.y + a.s / 2, y1 = b.y + b.s / 2;"
                + "return [x0 + 0.25 * (b.x - x0) - r.width / 2,"
                + " y0 + (y1 - y0) * 0.15625 - r.height / 2];", diagram);
        new Actions(browser.driver).moveToElement(diagram, at.get(0).intValue(),
                at.get(1).intValue()).click().perform();
        assertEquals("W1[0,1]", js("scratchnet.internals()").get("name"));
        assertEquals("0,0,1", browser.driver.findElement(By.id("internals-weight"))
                .getAttribute("value"));
        browser.driver.manage().window().setSize(new Dimension(360, 1000));
        browser.js("scratchnet.step(20); document.getElementById('internals').scrollIntoView();");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth"
                + " <= window.innerWidth;"), "nothing wider than a 360 px screen");
        screenshot("internals-360.png");
    }
}
