package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Teacher mode in the built page: a lesson link hides and locks controls, shows the teacher's
 * prompt, keeps locked values and goes back to its start; and the diagram marks exploding units
 * by shape and says so in its live region.
 */
class TeacherModeBrowserTest extends PageTest {
    private static final String LESSON = "#data=xor&layers=4&lr=0.1&hide=opt,play"
            + "&lock=data,lr,layers&prompt=Why%20does%20XOR%20need%20a%20hidden%20layer%3F";

    TeacherModeBrowserTest() {
        super("index.html");
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    @Test
    void aLessonLinkHidesLocksAndPromptsAndTheSpaceKeyDoesNotPlay() throws Exception {
        open(LESSON);
        assertEquals("wasm", js("scratchnet.state()").get("backend"), "no fallback to JS");
        assertTrue(find("#lesson").isDisplayed());
        assertEquals("Why does XOR need a hidden layer?", find(".lesson-prompt").getText());
        assertTrue(find(".lesson-rules").getText().contains("Locked: the dataset, the learning"
                + " rate, the hidden layers."), find(".lesson-rules").getText());
        assertFalse(find("#play").isDisplayed());
        assertFalse(find("select[data-key=opt]").isDisplayed());
        assertFalse(find("#lr-exact").isEnabled());
        assertFalse(find("#data").isEnabled());
        assertFalse(find("#add-layer").isEnabled());
        assertTrue(find("#step").isEnabled() && find("select[data-key=act]").isEnabled());
        find("body").sendKeys(" ");
        Thread.sleep(300);
        assertEquals(Boolean.FALSE, js("scratchnet.state()").get("running"));
        assertEquals(0L, ((Number) js("scratchnet.state()").get("step")).longValue());
        find("#step").click();
        assertEquals(1L, ((Number) js("scratchnet.state()").get("step")).longValue());
    }

    @Test
    void lockedValuesStayTheAddressKeepsTheLessonAndResetGoesBackToTheStart() {
        open(LESSON);
        String start = (String) js("scratchnet.lesson()").get("start");
        browser.js("scratchnet.set({lr: 1, act: 'relu'});");
        List<?> messages = (List<?>) browser.js("return scratchnet.messages();");
        assertEquals(List.of("The lesson locks the learning rate; it stays at 0.1."), messages);
        assertEquals(0.1, ((Number) js("scratchnet.config()").get("lr")).doubleValue());
        assertEquals("relu", js("scratchnet.config()").get("act"));
        String hash = (String) browser.js("return location.hash;");
        assertTrue(hash.contains("act=relu") && hash.endsWith("&hide=opt,play&lock=data,lr,layers"
                + "&prompt=Why%20does%20XOR%20need%20a%20hidden%20layer%3F"), hash);
        browser.js("scratchnet.step(40);");
        find(".lesson-restart").click();
        assertEquals(start, browser.js("return location.hash;"));
        assertEquals("tanh", js("scratchnet.config()").get("act"));
        assertEquals(0L, ((Number) js("scratchnet.state()").get("step")).longValue());
        assertTrue(find("#lesson").isDisplayed() && !find("#play").isDisplayed(),
                "the lesson is still on after going back to its start");
        open("#data=xor");
        assertFalse(find("#lesson").isDisplayed());
        assertTrue(find("#play").isDisplayed() && find("#lr-exact").isEnabled());
    }

    @Test
    void explodingUnitsAreMarkedAndAnnounced() {
        // the delivery table's raw columns (order values in the hundreds) blow a rate of 0.03 up
        open("#data=delivery&std=0&lr=0.03");
        browser.js("scratchnet.step(3);");
        browser.js("ScratchNet.Playground.actions.repaint();");
        String exploding = (String) browser.js(
                "return document.getElementById('diagram').dataset.exploding;");
        String news = (String) browser.js(
                "return document.getElementById('diagram-news').textContent;");
        assertTrue(Integer.parseInt(exploding) > 0, "exploding units drawn: " + exploding);
        assertTrue(news.startsWith("Network diagram marks ") && news.contains("exploding unit"),
                news);
        assertTrue(find("#diagram-marks").getText().contains("Spiked ring"),
                find("#diagram-marks").getText());
    }
}
