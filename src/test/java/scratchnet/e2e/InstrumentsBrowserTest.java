package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The training-dynamics instruments on the console of the built page, in the browser's
 * preferred build (WebAssembly GC): rewinding to a checkpoint replays the same weights, and the
 * sharpness gives a finite stability limit.
 */
class InstrumentsBrowserTest extends PageTest {
    InstrumentsBrowserTest() {
        super("index.html");
    }

    @Test
    void rewindingReplaysTheSameWeightsAndTheSharpnessGivesALimit() {
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri()
                + "#opt=adam&layers=6,4");
        assertEquals("wasm", js("scratchnet.state()").get("backend"), "no fallback to JS");
        browser.js("scratchnet.step(300);");
        String straight = (String) browser.js(
                "return ScratchNet.Playground.engine.parameterBits();");
        Map<String, Object> landed = js("scratchnet.rewind(170)");
        assertEquals(150L, landed.get("step"), "checkpoints every 50 steps");
        browser.js("scratchnet.step(150);");
        assertEquals(straight,
                browser.js("return ScratchNet.Playground.engine.parameterBits();"));
        Map<String, Object> sharp = js("scratchnet.sharpness()");
        double limit = ((Number) sharp.get("lrLimit")).doubleValue();
        assertTrue(limit > 0 && Double.isFinite(limit), sharp.toString());
    }

    @Test
    void theStandardisationSwitchIsShownForTheDeliveryTableAndTurnsItOff() {
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "#data=delivery");
        org.openqa.selenium.WebElement box = browser.driver.findElement(
                org.openqa.selenium.By.cssSelector("input[data-key=std]"));
        assertTrue(box.isDisplayed() && box.isSelected());
        box.click();
        assertEquals(Boolean.FALSE, js("scratchnet.config()").get("std"));
        assertTrue(((String) browser.js("return location.hash;")).contains("std=0"));
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "#data=circle");
        assertTrue(!browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                "input[data-key=std]")).isDisplayed(), "2-D data is never scaled");
    }

    @Test
    void theRateControlShowsTheStabilityLimitAndWarnsAboveIt() {
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "#lr=10");
        // the estimate runs over the first frames after loading
        String text = limitLine("rate > 2/λ ≈ ");
        double limit = ((Number) js("scratchnet.sharpness()").get("lrLimit")).doubleValue();
        assertTrue(limit < 10, "at step 0 the rate 10 is above 2/λ = " + limit);
        assertTrue(text.startsWith("rate > 2/λ ≈ ") && text.endsWith("(step 0)"), text);
        assertEquals(Boolean.TRUE, browser.js(
                "return document.getElementById('lr-limit').classList.contains('warn');"));
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "#lr=0.03");
        text = limitLine("2/λ ≈ ");
        assertTrue(text.startsWith("2/λ ≈ "), text);
    }

    /** Waits until the rate control's limit line starts with {@code prefix}; returns it. */
    private String limitLine(String prefix) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                java.time.Duration.ofSeconds(20)).until(d -> ((String) browser.js(
                "return document.getElementById('lr-limit').textContent;")).startsWith(prefix));
        return (String) browser.js("return document.getElementById('lr-limit').textContent;");
    }

    @Test
    void momentumIsJudgedByItsOwnLimitAndASchedulesByTheRateInUse() {
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "#opt=momentum");
        Map<String, Object> s = js("scratchnet.sharpness()");
        double plain = ((Number) s.get("lrLimit")).doubleValue();
        double heavyBall = ((Number) s.get("momentumLimit")).doubleValue();
        assertEquals(1.9 * plain, heavyBall, 1e-9 * heavyBall, "2(1 + 0.9)/λ");
        // between 2/λ and 2(1+μ)/λ: too fast for plain SGD, stable with momentum
        js("scratchnet.set({lr: " + 1.4 * plain + "})");
        limitLine("2(1+μ)/λ ≈ ");
        assertEquals(Boolean.FALSE, browser.js(
                "return document.getElementById('lr-limit').classList.contains('warn');"));
        js("scratchnet.set({lr: " + 1.2 * heavyBall + "})");
        limitLine("rate > 2(1+μ)/λ ≈ ");
        // a warm-up of 1000 steps: the base rate 10 is far above 2/λ, the rate in use is not
        browser.driver.get("about:blank");
        browser.open(SITE.toAbsolutePath().resolve("index.html").toUri()
                + "#lr=10&warmup=1000");
        String text = limitLine("2/λ ≈ ");
        assertTrue(text.endsWith("(step 0)"), text);
        String line = (String) browser.js(
                "return document.getElementById('loss-limit').textContent;");
        assertTrue(line.contains("(the schedule's rate now) < 2/λ"), line);
    }

    @Test
    void aHintComingOrGoingMovesNothing() {
        for (int width : new int[] {1280, 360}) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width,
                    1000));
            browser.driver.get("about:blank");
            browser.open(SITE.toAbsolutePath().resolve("index.html").toUri()
                    + "#act=tanh&lr=10");
            String slot = "return document.querySelector('.hint-slot')"
                    + ".getBoundingClientRect().height;";
            Object before = browser.js(slot);
            browser.js("for (var i = 0; i < 12; i++) { scratchnet.step(25); }");
            assertEquals(Boolean.TRUE, browser.js(
                    "return !document.getElementById('hint').hidden;"), "the rate hint shows");
            assertEquals(before, browser.js(slot), width + " px");
        }
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
}
