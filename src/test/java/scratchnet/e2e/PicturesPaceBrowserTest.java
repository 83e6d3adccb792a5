package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground's pace and pictures (issue 13): a watchable default speed with full speed one
 * click away, the heatmap's axes, colour bar and class legend from the engine's heatmap key,
 * a hovered neuron shown in the big heatmap, and the loss chart against epochs.
 */
class PicturesPaceBrowserTest extends PageTest {
    /** The README's run: a 6-8-8-6-1 network on the spiral. */
    private static final String SPIRAL = "#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2"
            + "&layers=8,8,6&act=tanh&lr=0.03&batch=10&test=1";

    PicturesPaceBrowserTest() {
        super("index.html");
    }

    private WebElement id(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String attribute(String id, String name) {
        return id(id).getAttribute(name);
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * From Play until the test accuracy first reads at least 95 %: {milliseconds, epoch,
     * step, accuracy}, at the speed the menu shows (the run starts over first).
     */
    @SuppressWarnings("unchecked")
    private List<Number> timeTo95() {
        return (List<Number>) browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + " scratchnet.reset(); var t0 = performance.now(); scratchnet.play();"
                + " var timer = setInterval(function () {"
                + "   var s = ScratchNet.Playground.stats; var ms = performance.now() - t0;"
                + "   if (s.accuracy >= 0.95 || ms > 25000) {"
                + "     clearInterval(timer); scratchnet.pause();"
                + "     done([ms, s.epoch, s.step, s.accuracy]); } }, 5);");
    }

    @Test
    void theDefaultPaceIsWatchableAndFullSpeedIsOneClickAway() throws Exception {
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        open("");
        Number defaultSpeed = (Number) browser.js(
                "return ScratchNet.Playground.limits.defaultSpeed;");
        assertEquals(String.valueOf(defaultSpeed), id("speed").getAttribute("value"));
        assertEquals("false", attribute("full-speed", "aria-pressed"));
        browser.js("scratchnet.play();");
        Thread.sleep(1000);
        browser.js("scratchnet.pause();");
        long epoch = ((Number) browser.js("return scratchnet.state().epoch;")).longValue();
        // 8 steps a frame, 25 steps an epoch: about 19 epochs a second at 60 frames a second;
        // full speed ran ~3,500 epochs a second here.
        assertTrue(epoch >= 2 && epoch <= 40, "epochs after 1 s of Play: " + epoch);

        List<Number> paced = timeTo95();
        id("full-speed").click();
        assertEquals("0", id("speed").getAttribute("value"));
        assertEquals("true", attribute("full-speed", "aria-pressed"));
        List<Number> full = timeTo95();
        System.out.printf("default circle to 95%% test accuracy: %.2f s at %s steps/frame"
                + " (epoch %s, step %s), %.2f s at full speed (epoch %s, step %s)%n",
                paced.get(0).doubleValue() / 1000, defaultSpeed, paced.get(1), paced.get(2),
                full.get(0).doubleValue() / 1000, full.get(1), full.get(2));
        assertTrue(paced.get(3).doubleValue() >= 0.95, "reached 95 %: " + paced);
        assertTrue(full.get(3).doubleValue() >= 0.95, "reached 95 % at full speed: " + full);
        assertTrue(paced.get(0).doubleValue() >= 1000, "the boundary forms over seconds: "
                + paced);
        assertTrue(full.get(0).doubleValue() < paced.get(0).doubleValue(), full + " vs " + paced);
        id("full-speed").click();
        assertEquals(String.valueOf(defaultSpeed), id("speed").getAttribute("value"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theHeatmapHasAxesAColourBarAndClassSwatches() {
        open("");
        assertEquals("-6 -3 0 3 6", attribute("heatmap", "data-x-ticks"));
        assertEquals("-6 -3 0 3 6", attribute("heatmap", "data-y-ticks"));
        assertTrue(attribute("heatmap", "aria-label").contains("Across: x1 from -6 to 6; up: x2"
                + " from -6 to 6"), attribute("heatmap", "aria-label"));
        assertEquals("img", attribute("heatmap", "role"));
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"), texts("#heatmap-key .bar-tick"));
        assertTrue(id("heatmap-key").getText().contains("probability of class 1"));
        assertEquals(List.of("class 0", "class 1"), texts("#heatmap-key .class-item"));

        open("#data=delivery&hx=0&hy=2");
        List<String> bar = texts("#heatmap-key .bar-tick");
        assertTrue(bar.size() >= 2, bar.toString());
        bar.forEach(t -> assertTrue(t.matches("\\d+ min"), "colour bar label " + t));
        assertTrue(id("heatmap-key").getText().contains("predicted delivery time (min)"));
        assertEquals(0, texts("#heatmap-key .class-item").size());
        String label = attribute("heatmap", "aria-label");
        assertTrue(label.contains("Across: distance (km) from ") && label.contains(
                "up: prep (min) from "), label);
        assertTrue(attribute("heatmap", "data-x-ticks").length() > 0);

        open("#data=blobs&k=4");
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"),
                texts("#heatmap-key .class-item"));
        // each class's marker in its own colour (and shape: ShapesBrowserTest)
        assertEquals(4L, browser.driver.findElements(By.cssSelector("#heatmap-key .class-item"))
                .stream().map(e -> e.getAttribute("data-colour")).distinct().count());
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"), browser.js(
                "return ScratchNet.Playground.key.outputs;"));
        assertEquals("", browser.consoleErrors());
    }

    /** A hash of the big heatmap's pixels. */
    private long heatmapHash() {
        return ((Number) browser.js("var c = document.getElementById('heatmap');"
                + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " var h = 0; for (var i = 0; i < d.length; i += 7) { h = (h * 31 + d[i]) % 1000000007; }"
                + " return h;")).longValue();
    }

    private void pointer(String type, int column, int unit) {
        browser.js("var d = ScratchNet.Playground.widgets.diagram; var c = d.canvas;"
                + " var box = c.getBoundingClientRect();"
                + " var n = d.layout.columns[arguments[1]][arguments[2]];"
                + " c.dispatchEvent(new PointerEvent(arguments[0], {bubbles: true,"
                + "   clientX: box.left + n.x + n.s / 2, clientY: box.top + n.y + n.s / 2}));",
                type, column, unit);
    }

    @Test
    void hoveringANeuronShowsItInTheBigHeatmap() {
        open("");
        browser.js("scratchnet.step(400);");
        long output = heatmapHash();
        pointer("pointermove", 1, 0);
        long neuron = heatmapHash();
        assertNotEquals(output, neuron, "hovering hidden neuron 1 of layer 1 repaints the heatmap");
        assertEquals(Map.of("layer", 0L, "unit", 0L),
                browser.js("return ScratchNet.Playground.focusNode;"));
        pointer("pointermove", 1, 1);
        assertNotEquals(neuron, heatmapHash(), "another neuron, another picture");
        browser.js("ScratchNet.Playground.widgets.diagram.canvas.dispatchEvent("
                + "new PointerEvent('pointerleave'));");
        assertEquals(output, heatmapHash(), "leaving the diagram restores the output");
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theLossChartIsAgainstEpochsWithLogAndRecentViews() {
        open("");
        browser.js("scratchnet.step(500);");
        assertEquals("epochs", attribute("loss-chart", "data-x-title"));
        assertTrue(attribute("loss-chart", "aria-label").contains("against epochs"));
        org.openqa.selenium.support.ui.Select x =
                new org.openqa.selenium.support.ui.Select(id("loss-x"));
        x.selectByValue("log");
        browser.js("ScratchNet.Playground.actions.repaint();");
        assertEquals("epochs (log)", attribute("loss-chart", "data-x-title"));
        x.selectByValue("recent");
        browser.js("ScratchNet.Playground.actions.repaint();");
        Number recent = (Number) browser.js("return ScratchNet.Playground.limits.recentEpochs;");
        assertEquals("epochs (last " + recent + ")", attribute("loss-chart", "data-x-title"));
        assertEquals("last " + recent + " epochs", x.getFirstSelectedOption().getText());
        assertEquals("", browser.consoleErrors());
    }

    private void openLab(String id) {
        browser.driver.get("about:blank");
        browser.driver.get(SITE.toAbsolutePath().resolve("labs.html").toUri() + "#lab=" + id);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!(window.ScratchNet && ScratchNet.LabsPage"
                        + " && ScratchNet.LabsPage.ready);")));
        browser.js("scratchnetLabs.finish();");
    }

    /** Side r's attribute {@code name} of every lab chart, in order. */
    @SuppressWarnings("unchecked")
    private List<String> chartData(int side, String name) {
        return (List<String>) browser.js("var name = arguments[1];"
                + " return Array.prototype.map.call(document.querySelectorAll('.side')"
                + "[arguments[0]].querySelectorAll('canvas.lab-chart'),"
                + " function (c) { return c.getAttribute(name) || ''; });", side, name);
    }

    @Test
    void labChartsKeepTheirLabelsAndDiagramKeysSayOnlyWhatIsDrawn() {
        openLab("nan-explosion");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((String) browser.js(
                "return document.querySelector('.side .diagram-key').textContent;"))
                .contains("Red double frame tagged NaN/∞"));
        List<String> labels = chartData(0, "data-y-labels");
        assertTrue(labels.stream().anyMatch(t -> t.contains("e+")), labels.toString());
        chartData(0, "data-label-room").forEach(room -> assertEquals("true", room, labels
                .toString()));
        // Both layers' gradient norms blow up together: the legend says one lies under the other.
        assertTrue(chartData(0, "data-legend").contains("layer 1 (under layer 2); layer 2"),
                chartData(0, "data-legend").toString());
        openLab("vanishing-gradients");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.js("return scratchnetLabs.state().finished;")));
        browser.js("scratchnetLabs.pause();");
        // Sigmoid units are never dead, nothing went non-finite: the before side has no key.
        assertEquals(Boolean.TRUE, browser.js(
                "return document.querySelectorAll('.side .diagram-key')[0].hidden;"));
        assertEquals("", browser.consoleErrors());
    }

    /** Fresh screenshots for docs/ and /tmp (see the report of issue 13). */
    @Test
    void screenshots() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        open(SPIRAL);
        browser.js("for (var i = 0; i < 60; i++) { scratchnet.step(100); }");
        save("target/screenshots/playground-desktop.png");
        open("");
        browser.js("scratchnet.step(1500);");
        save("target/screenshots/playground-circle.png");
        open("#data=blobs&k=4");
        browser.js("scratchnet.step(3000);");
        save("target/screenshots/playground-blobs4.png");
        open("#data=delivery&hx=0&hy=2");
        browser.js("scratchnet.step(3000);");
        save("target/screenshots/playground-delivery-key.png");
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        open(SPIRAL);
        browser.js("for (var i = 0; i < 60; i++) { scratchnet.step(100); }");
        save("target/screenshots/playground-phone.png");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void save(String name) throws Exception {
        Path file = Path.of(name);
        Files.createDirectories(file.getParent());
        Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
    }
}
