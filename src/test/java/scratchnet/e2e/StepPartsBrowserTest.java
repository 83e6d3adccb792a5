package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A training step longer than a frame goes in parts (issue 16): in both builds the parts give
 * the whole step's weights bit for bit (batch norm, float32, dropout), and the playground,
 * training a full batch of the largest digits network, takes its steps in parts, shows how far
 * the next one is, and keeps training.
 */
class StepPartsBrowserTest extends PageTest {
    private static final String SMALL = "#data=spiral&layers=8,8&act=tanh&batch=100000&bn=1"
            + "&prec=float32&dropout=0.2&seed=7";
    private static final String DIGITS = "#data=digits&layers=64,64,64,64,64,64&batch=100000";

    /** Three steps in parts of a thirteenth of a step, then three whole ones from a reset. */
    private static final String SAME_BITS = "var e = ScratchNet.Playground.engine;"
            + " var part = e.stepWork() / 13, calls = 0, steps = 0;"
            + " while (steps < 3) { steps += e.stepPart(part); calls++; }"
            + " var a = Array.from(e.weights());"
            + " scratchnet.reset(); e.step(3); var b = Array.from(e.weights());"
            + " var same = a.length === b.length && a.every(function (v, i) { return Object.is(v, b[i]); });"
            + " return {calls: calls, same: same, n: a.length};";

    StepPartsBrowserTest() {
        super("index.html", 1280, 900);
    }

    @SuppressWarnings("unchecked")
    private void sameBits(String backend) {
        open("?backend=" + backend + SMALL);
        assertEquals(backend, browser.js("return scratchnet.state().backend;"));
        Map<String, Object> r = (Map<String, Object>) browser.js(SAME_BITS);
        assertEquals(true, r.get("same"), backend + ": " + r);
        assertTrue(((Number) r.get("calls")).intValue() >= 30, "parts: " + r);
        assertTrue(((Number) r.get("n")).intValue() > 80, "weights: " + r);
    }

    @Test
    void aSmallNetworkTakesWholeStepsAndShowsNoNextStepCounter() {
        open("#data=spiral");
        browser.js("scratchnet.play();");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((Number)
                browser.js("return scratchnet.state().step;")).longValue() > 100);
        browser.js("scratchnet.pause();");
        assertEquals(true, browser.js("return document.getElementById('next-step').hidden;"));
        assertEquals(0.0, ((Number) browser.js("return ScratchNet.Playground.partRate;"))
                .doubleValue());
    }

    @Test
    void partsMakeTheWholeStepsInBothBuilds() {
        sameBits("wasm");
        sameBits("js");
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void thePlaygroundTrainsAFullBatchOfTheLargestDigitsNetworkInParts() {
        open(DIGITS);
        assertEquals("wasm", browser.js("return scratchnet.state().backend;"));
        browser.js("document.getElementById('speed').value = '0'; scratchnet.play();");
        // A counter says how far the next step is, while steps go on.
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> ((Boolean)
                browser.js("return !document.getElementById('next-step').hidden;"))
                && ((String) browser.js("return document.getElementById('out-next')"
                + ".textContent;")).matches("[0-9]+ %"));
        long first = ((Number) browser.js("return scratchnet.state().step;")).longValue();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> ((Number)
                browser.js("return scratchnet.state().step;")).longValue() >= first + 5);
        assertTrue(((Number) browser.js("return ScratchNet.Playground.partRate;")).doubleValue()
                > 0, "steps go in parts");
        browser.js("scratchnet.pause();");
        assertEquals("", browser.consoleErrors());
    }
}
