package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The labs page at desktop and phone sizes: before and after side by side on a desktop,
 * stacked on a 360 px phone without sideways scrolling; every control named and reachable by
 * keyboard. Leaves screenshots in target/screenshots/.
 */
class LabsLayoutTest extends PageTest {
    LabsLayoutTest() {
        super("labs.html");
    }

    private void open(int width, int height, String lab) {
        open("#lab=" + lab, width, height);
        browser.js("scratchnetLabs.pause(); scratchnetLabs.finish();");
    }

    private double number(String script) {
        return ((Number) browser.js("return " + script + ";")).doubleValue();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name),
                browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void desktopShowsBeforeAndAfterSideBySide() throws Exception {
        open(1400, 1300, "dying-relu");
        double top0 = number("document.querySelectorAll('.side')[0].getBoundingClientRect().top");
        double top1 = number("document.querySelectorAll('.side')[1].getBoundingClientRect().top");
        assertEquals(top0, top1, 1);
        screenshot("labs-desktop.png");
    }

    @Test
    void phoneStacksTheRunsWithoutSidewaysScrolling() throws Exception {
        open(360, 800, "nan-explosion");
        double bottom0 = number(
                "document.querySelectorAll('.side')[0].getBoundingClientRect().bottom");
        double top1 = number("document.querySelectorAll('.side')[1].getBoundingClientRect().top");
        assertTrue(top1 >= bottom0, "after must sit below before on a phone");
        double overflow = number("document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, "page is " + overflow + " px wider than the phone");
        screenshot("labs-phone.png");
    }

    @Test
    void everyControlHasANameAndIsReachableByKeyboard() {
        open(1400, 1000, "overfitting");
        Object unnamed = browser.js("return Array.from(document.querySelectorAll("
                + "'button, select, a, canvas')).filter(function (e) {"
                + " var name = e.getAttribute('aria-label') || e.textContent.trim()"
                + "   || (e.closest('label') && e.closest('label').textContent.trim());"
                + " return !e.closest('[hidden]') && !name; }).map(function (e) {"
                + " return e.outerHTML.slice(0, 80); });");
        assertEquals("[]", unnamed.toString());
        Object unreachable = browser.js("return Array.from(document.querySelectorAll("
                + "'button, select, a')).filter(function (e) { return e.tabIndex < 0; }).length;");
        assertEquals(0L, unreachable);
    }
}
