package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.cli.StaticServer;

/**
 * Each lab's phenomenon end to end in headless Chromium, through the page's console API
 * ({@code window.scratchnetLabs}): the preset shows it, the fix removes it, with the figures
 * the page itself displays.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabsBrowserTest {
    private static final Path SITE = Path.of("target/site");
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.forBuiltPage("labs.html");
        open("labs.html#lab=dying-relu");
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String page) {
        browser.driver.get("about:blank");
        browser.driver.get(SITE.toAbsolutePath().resolve(page.split("#")[0]).toUri()
                + (page.contains("#") ? page.substring(page.indexOf('#')) : ""));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!(window.ScratchNet && ScratchNet.LabsPage"
                        + " && ScratchNet.LabsPage.ready);")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> labs(String call) {
        if (!Boolean.TRUE.equals(browser.js("return !!window.scratchnetLabs;"))) {
            open("labs.html#lab=dying-relu"); // an earlier test left the labs page
        }
        return (Map<String, Object>) browser.js("return scratchnetLabs." + call + ";");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Map<String, Object> state, int r) {
        return ((List<Map<String, Object>>) state.get("runs")).get(r);
    }

    private static double num(Map<String, Object> run, String key) {
        return ((Number) run.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> list(Map<String, Object> run, String key) {
        return (List<Number>) run.get(key);
    }

    private Map<String, Object> finished(String lab, String fix) {
        labs("load('" + lab + "')");
        if (fix != null) {
            labs("applyFix('" + fix + "')");
        }
        return labs("finish()");
    }

    @Test
    void labPageServedOverHttpLoadsUnderItsPolicyWithoutConsoleErrors() throws Exception {
        try (StaticServer server = StaticServer.start(SITE, 0)) {
            browser.consoleErrors();
            browser.driver.get("about:blank");
            browser.driver.get(server.url() + "labs.html#lab=overfitting");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE
                    .equals(browser.js("return !!(window.ScratchNet && ScratchNet.LabsPage"
                            + " && ScratchNet.LabsPage.ready);")));
            Map<String, Object> s = labs("run(30)");
            assertEquals("overfitting", s.get("lab"));
            assertEquals("", browser.consoleErrors());
        }
    }

    @Test
    void labPageLoadsWithoutConsoleErrorsAndStaysResponsiveWhileTraining() throws Exception {
        browser.consoleErrors();
        open("labs.html#lab=dying-relu");
        browser.js("scratchnetLabs.play();");
        Thread.sleep(1500);
        Map<String, Object> s = labs("state()");
        browser.js("scratchnetLabs.pause();");
        assertEquals("wasm", s.get("backend"));
        // Printed, not bounded: frame times depend on the machine's load. A frozen page would
        // paint one frame or none in 1.5 s.
        System.out.println("labs page: " + s.get("frames") + " frames in 1.5 s, longest "
                + s.get("maxFrameMs") + " ms");
        assertTrue(num(s, "frames") > 5, "frames painted in 1.5 s: " + s.get("frames"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void deadReluPresetKillsHalfALayerAndLeakyReluKeepsItUnderTenPercent() {
        Map<String, Object> s = finished("dying-relu", "leaky-relu");
        assertTrue(num(run(s, 0), "maxDead") >= 0.5, "before: " + run(s, 0).get("maxDead"));
        assertTrue(num(run(s, 1), "maxDead") <= 0.1, "after: " + run(s, 1).get("maxDead"));
        String numbers = browser.driver.findElement(By.cssSelector(".side .side-numbers")).getText();
        assertTrue(numbers.contains("Most dead layer"), numbers);
    }

    @Test
    @SuppressWarnings("unchecked")
    void nanExplosionPausesAtItsFirstNonFiniteValueAndEveryFixStaysFinite() {
        Map<String, Object> s = finished("nan-explosion", null);
        Map<String, Object> bad = (Map<String, Object>) run(s, 0).get("firstNonFinite");
        assertNotNull(bad, "the preset must hit a NaN or infinity");
        assertFalse(((String) bad.get("quantity")).isEmpty());
        assertEquals(num(run(s, 0), "step"), num(bad, "step"));
        String message = browser.driver.findElement(By.id("pause-message")).getText();
        assertTrue(message.contains("step " + ((Number) bad.get("step")).longValue()), message);
        assertTrue(message.contains((String) bad.get("quantity")), message);
        for (Object fix : (List<Object>) s.get("fixes")) {
            Map<String, Object> after = run(finished("nan-explosion", (String) fix), 1);
            assertNull(after.get("firstNonFinite"), fix + " must stay finite");
            double end = num(after, "endTrainLoss");
            assertTrue(Double.isFinite(end) && end < num(after, "startLoss"),
                    fix + ": " + end + " vs start " + after.get("startLoss"));
        }
    }

    @Test
    void vanishingGradientsSpanTwoOrdersOfMagnitudeAndReluHeBringsThemWithinTenfold() {
        Map<String, Object> s = finished("vanishing-gradients", "relu-he");
        assertTrue(num(run(s, 0), "gradRatio") >= 100, "before: " + run(s, 0).get("gradRatio"));
        assertTrue(num(run(s, 1), "gradRatio") < 10, "after: " + run(s, 1).get("gradRatio"));
    }

    @Test
    void overfittingTestLossRisesWhileTrainLossFallsAndEarlyStoppingRestoresTheBestEpoch() {
        Map<String, Object> s = finished("overfitting", "early-stopping");
        Map<String, Object> before = run(s, 0);
        List<Number> test = list(before, "test");
        List<Number> train = list(before, "train");
        int best = 0;
        for (int e = 1; e < test.size(); e++) {
            best = test.get(e).doubleValue() < test.get(best).doubleValue() ? e : best;
        }
        int last = test.size() - 1;
        assertTrue(test.get(last).doubleValue() > 1.1 * test.get(best).doubleValue());
        assertTrue(train.get(last).doubleValue() < train.get(best).doubleValue());
        Map<String, Object> after = run(s, 1);
        assertEquals(Boolean.TRUE, after.get("stopped"));
        int restored = (int) num(after, "bestEpoch");
        assertEquals(list(after, "test").get(restored).doubleValue(), num(after, "endTestLoss"));
        assertTrue(num(after, "endTestLoss") < test.get(last).doubleValue());
    }

    @Test
    void learningRateSweepFillsInAcrossFramesAndGdVariantsAreTimed() throws Exception {
        labs("load('tiny-learning-rate')");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                ((List<?>) labs("state()").get("sweep")).size() >= 3);
        Map<String, Object> s = finished("gd-variants", null);
        assertEquals(3, ((List<?>) s.get("runs")).size());
        for (int r = 0; r < 3; r++) {
            assertTrue(num(run(s, r), "wallMs") > 0, "run " + r + " has no wall time");
        }
    }

    @Test
    void playgroundHintLinksTheLabThatExplainsIt() {
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri()
                + "#act=relu&lr=10&layers=8,8");
        // a hint shows once three readings in a row agree: ten frames' worth of steps
        browser.js("for (var i = 0; i < 10; i++) { scratchnet.step(30); }");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.js("return !document.getElementById('hint').hidden"
                        + " && !document.getElementById('hint-link').hidden;")));
        String lab = (String) browser.js("return document.getElementById('hint').dataset.lab;");
        String href = (String) browser.js(
                "return document.getElementById('hint-link').getAttribute('href');");
        assertEquals("labs.html#lab=" + lab, href);
    }

    @Test
    void playgroundLabLinkForwardsToTheLabPage() {
        browser.driver.get("about:blank");
        browser.driver.get(SITE.toAbsolutePath().resolve("index.html").toUri()
                + "#lab=overfitting");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!(window.ScratchNet && ScratchNet.LabsPage"
                        + " && ScratchNet.LabsPage.ready);")));
        assertEquals("overfitting", labs("state()").get("lab"));
        assertTrue(browser.driver.getCurrentUrl().contains("labs.html#lab=overfitting"));
    }
}
