package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The page at desktop and phone sizes while it trains: it fits the screen, keeps its frame time
 * low, answers taps, and leaves screenshots in target/screenshots/ (copied to docs/ by hand
 * for the README).
 */
class PlaygroundLayoutTest extends PageTest {
    private static final String RUN = "#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2"
            + "&layers=8,8,6&act=tanh&lr=0.03&batch=10&test=1";

    PlaygroundLayoutTest() {
        super("index.html");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> trainFor(long millis) throws InterruptedException {
        // Frame times are measured at full speed (speed 0), the heaviest frames.
        browser.js("document.getElementById('speed').value = '0';"
                + " scratchnet.perfReset(); scratchnet.play();");
        Thread.sleep(millis);
        browser.js("scratchnet.pause();");
        return (Map<String, Object>) browser.js("return scratchnet.perf();");
    }

    @SuppressWarnings("unchecked")
    private static double get(Map<String, Object> perf, String what, String stat) {
        return ((Number) ((Map<String, Object>) perf.get(what)).get(stat)).doubleValue();
    }

    private void report(String label, Map<String, Object> perf) {
        System.out.printf("%s: %s frames, interval mean %.1f ms (p95 %.1f), work mean %.1f ms"
                + " (p95 %.1f), bridge mean %.2f ms, steps/frame mean %.0f%n", label,
                perf.get("frames"), get(perf, "interval", "mean"), get(perf, "interval", "p95"),
                get(perf, "work", "mean"), get(perf, "work", "p95"), get(perf, "bridge", "mean"),
                get(perf, "stepsPerFrame", "mean"));
        System.out.println("  per export, ms per frame: " + perf.get("callsPerFrame"));
    }

    @Test
    void desktopTrainsSmoothlyOnBothBuilds() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        open(RUN);
        Map<String, Object> perf = trainFor(6000);
        report("desktop, WebAssembly GC", perf);
        assertKeptPainting(perf);
        save("target/screenshots/playground-desktop.png");
        open("?backend=js" + RUN);
        Map<String, Object> jsPerf = trainFor(4000);
        report("desktop, JavaScript", jsPerf);
        assertKeptPainting(jsPerf);
    }

    @Test
    void phoneLayoutFitsAndAnswersTaps() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        open(RUN);
        long scroll = (Long) browser.js("return document.documentElement.scrollWidth;");
        long width = (Long) browser.js("return document.documentElement.clientWidth;");
        assertTrue(scroll <= width, "page is " + scroll + " px wide in a " + width + " px screen");
        for (String id : new String[] {"play", "step", "heatmap", "diagram", "data"}) {
            assertTrue(browser.driver.findElement(By.id(id)).isDisplayed(), id);
        }
        trainFor(3000);
        save("target/screenshots/playground-phone.png");
        browser.driver.manage().window().setSize(new Dimension(360, 2700));
        save("target/screenshots/playground-phone-full.png");
    }

    @Test
    void deliveryViewAtDesktopSize() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1400, 1100));
        open("#data=delivery&hx=0&hy=2");
        trainFor(3000);
        save("target/screenshots/playground-delivery.png");
        open("#data=delivery&layers=64,64,64,64,64,64");
        Map<String, Object> perf = trainFor(4000);
        report("desktop, delivery 4-64x6-1, WebAssembly GC", perf);
        assertKeptPainting(perf);
    }

    /**
     * Frame times are printed, not bounded: they depend on the machine's load, and a timed
     * assertion would flake. What must hold anywhere is that the page kept painting while it
     * trained (a frozen page paints one frame or none) and that training advanced.
     */
    private static void assertKeptPainting(Map<String, Object> perf) {
        assertTrue(((Number) perf.get("frames")).intValue() > 10, "frames painted: " + perf);
        assertTrue(get(perf, "stepsPerFrame", "mean") > 0, "training steps per frame: " + perf);
    }

    private void save(String name) throws IOException {
        Path file = Path.of(name);
        Files.createDirectories(file.getParent());
        Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
    }
}
