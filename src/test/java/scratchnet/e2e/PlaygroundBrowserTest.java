package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.app.Session;
import scratchnet.cli.StaticServer;

/**
 * The built site (target/site) in headless Chromium, opened from disk and from the loopback
 * server: it loads under its own CSP without console errors, names its engine, trains from the
 * page, and computes the same weights, bit for bit, as the JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaygroundBrowserTest {
    private static final Path SITE = Path.of("target/site");
    private Browser browser;
    private StaticServer server;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.forBuiltPage("index.html");
        server = StaticServer.start(SITE, 0);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String url(String where, String query) {
        String base = where.equals("file") ? SITE.toAbsolutePath().resolve("index.html").toUri()
                .toString() : server.url() + "index.html";
        return base + query;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void pageLoadsWithoutConsoleErrorsAndRunsWebAssembly(String where) {
        browser.consoleErrors();
        browser.open(url(where, ""));
        assertEquals("wasm", browser.js("return ScratchNet.Playground.backend;"));
        assertEquals("engine: WebAssembly GC",
                browser.driver.findElement(By.id("backend")).getText());
        assertEquals("", browser.consoleErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void javaScriptBuildLoadsWithoutConsoleErrors(String where) {
        browser.consoleErrors();
        browser.open(url(where, "?backend=js"));
        assertEquals("engine: JavaScript", browser.driver.findElement(By.id("backend")).getText());
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void whenWebAssemblyFailsToLoadThePageFallsBackToJavaScript(@TempDir Path copy)
            throws Exception {
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(SITE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (f.toString().endsWith(".wasm")) {
                    Files.write(target, new byte[] {0, 97, 115, 109, 1, 0, 0, 0, 42}); // corrupt
                } else {
                    Files.copy(f, target);
                }
            }
        }
        try (StaticServer broken = StaticServer.start(copy, 0)) {
            browser.consoleErrors();
            browser.open(broken.url());
            assertEquals("js", browser.js("return ScratchNet.Playground.backend;"));
            assertEquals("engine: JavaScript",
                    browser.driver.findElement(By.id("backend")).getText());
            assertEquals("", browser.consoleErrors());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void trainingStartedFromThePageLowersTheLoss(String where) throws IOException {
        browser.open(url(where, ""));
        double before = Double.parseDouble(
                browser.driver.findElement(By.id("out-train")).getText());
        browser.driver.findElement(By.id("play")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Integer.parseInt(
                d.findElement(By.id("out-step")).getText()) >= 600);
        browser.driver.findElement(By.id("play")).click();
        saveScreenshot("playground-" + where + ".png");
        assertEquals("Play", browser.driver.findElement(By.id("play")).getText());
        double after = Double.parseDouble(
                browser.driver.findElement(By.id("out-train")).getText());
        assertTrue(after < before * 0.8, "loss went from " + before + " to " + after);
        assertEquals("", browser.consoleErrors());
    }

    /** Keeps a picture of the trained page in target/screenshots for humans to look at. */
    private void saveScreenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name), browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void sameSeedGivesBitIdenticalWeightsOnJvmAndInTheBrowser(String backend) {
        assertSameWeights(backend, "");
        assertSameWeights(backend, "#data=blobs&k=4&layers=6,5&act=relu&opt=adam&dropout=0.2");
    }

    private void assertSameWeights(String backend, String hash) {
        Session jvm = new Session();
        jvm.load(hash);
        jvm.reset(7);
        jvm.step(100);
        jvm.refresh();
        browser.open(url("http", "?backend=" + backend));
        assertEquals(backend, browser.js("return ScratchNet.Playground.backend;"));
        Object bits = browser.js("var e = ScratchNet.Playground.engine; e.load(arguments[0]);"
                + " e.reset(7); e.step(100); e.refresh(true); return e.parameterBits();", hash);
        // TeaVM 0.15's JS printer drops the brackets in a + (b - c) and a * (b / c); the
        // build plugin scratchnet.bridge.ExactJsArithmetic rewrites those operations so the
        // JS build still matches. A JS-only difference here points at that plugin.
        assertEquals(jvm.parameterBits(), bits, backend + " build's weights after 100 steps");
        assertEquals(jvm.stats().trainLoss(), ((Number) browser.js(
                "return ScratchNet.Playground.engine.stats().trainLoss;")).doubleValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void trainsFastEnoughForTheFrameLoop(String backend) {
        browser.open(url("http", "?backend=" + backend));
        double stepsPerSecond = ((Number) browser.js("var e = ScratchNet.Playground.engine;"
                + " e.load(''); e.reset(1); e.step(200); e.refresh(true);"
                + " var t = performance.now(); e.step(2000); e.refresh(true);"
                + " return 2000 / ((performance.now() - t) / 1000);")).doubleValue();
        System.out.printf("training speed (%s, 200 points, 2-8-8-1): %.0f steps/s%n", backend,
                stepsPerSecond);
        // The page runs 4 steps per frame: at 60 frames/s that is 240 steps/s.
        assertTrue(stepsPerSecond > 240, stepsPerSecond + " steps/s");
    }

    @Test
    void pageOpenedFromDiskIsInteractiveWithinTwoSeconds() {
        browser.open(url("file", ""));
        double ms = ((Number) browser.js("return performance.getEntriesByName("
                + "'scratchnet-interactive')[0].startTime;")).doubleValue();
        System.out.printf("time to interactive from file:// (WebAssembly GC): %.0f ms%n", ms);
        browser.open(url("file", "?backend=js"));
        double jsMs = ((Number) browser.js("return performance.getEntriesByName("
                + "'scratchnet-interactive')[0].startTime;")).doubleValue();
        System.out.printf("time to interactive from file:// (JavaScript): %.0f ms%n", jsMs);
        assertTrue(ms < 2000, "interactive after " + ms + " ms");
        assertTrue(jsMs < 2000, "interactive after " + jsMs + " ms");
    }
}
