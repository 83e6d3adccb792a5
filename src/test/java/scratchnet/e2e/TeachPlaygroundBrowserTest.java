package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground for a newcomer, on a phone and by keyboard: a first step on screen, a
 * "What am I looking at?" per panel, settings that never change behind the user's back,
 * touch that keeps what it tapped, and an order for Tab that matches what is shown.
 */
class TeachPlaygroundBrowserTest extends PageTest {
    TeachPlaygroundBrowserTest() {
        super("index.html");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() {
        return (Map<String, Object>) browser.js("return scratchnet.config();");
    }

    private double num(String script) {
        return ((Number) browser.js("return " + script + ";")).doubleValue();
    }

    private WebElement key(String key) {
        return browser.driver.findElement(By.cssSelector("select[data-key='" + key + "']"));
    }

    @Test
    void aNewcomerSeesWhatToDoAndWhatEachPanelShows() {
        for (int width : new int[] {1280, 360}) {
            open("", width, 900);
            WebElement first = browser.driver.findElement(By.id("first-step"));
            assertTrue(first.isDisplayed(), width + " px");
            assertEquals("Press Play and watch it learn to separate the two colours.",
                    first.getText());
            if (width == 1280) {
                open("#data=delivery", width, 900);
                assertEquals("Press Play and watch it learn to predict delivery times.",
                        browser.driver.findElement(By.id("first-step")).getText());
                open("#data=blobs&k=4", width, 900);
                assertEquals("Press Play and watch it learn to separate the classes.",
                        browser.driver.findElement(By.id("first-step")).getText());
                open("", width, 900);
            }
            String header = browser.driver.findElement(By.cssSelector("header.top")).getText();
            assertFalse(header.contains("Java") || header.contains("engine"), header);
            String footer = browser.driver.findElement(By.cssSelector("footer")).getText();
            assertTrue(footer.contains("plain Java") && footer.contains("scratchnet.state()")
                    && footer.contains("engine: WebAssembly GC"), footer);
            for (String card : new String[] {".card.data", ".card.network", ".card.output"}) {
                WebElement what = browser.driver.findElement(By.cssSelector(card + " details.what"));
                assertEquals("What am I looking at?", what.findElement(By.tagName("summary"))
                        .getText());
                what.findElement(By.tagName("summary")).click();
                assertTrue(what.findElement(By.tagName("p")).isDisplayed(), card);
            }
        }
    }

    @Test
    void theDeliveryTableKeepsTheUsersNetworkForLaterAndSaysWhatChanged() {
        open("#layers=8,8,8&act=relu&lr=0.1", 1280, 900);
        double top = num("document.querySelector('main').getBoundingClientRect().top");
        new Select(key("data")).selectByValue("delivery");
        WebElement box = browser.driver.findElement(By.id("messages"));
        assertTrue(box.isDisplayed());
        assertTrue(box.getText().contains("(was layers 8,8,8 · relu · rate 0.1)"), box.getText());
        assertEquals(top, num("document.querySelector('main').getBoundingClientRect().top"),
                "the message must not push the page down");
        new Select(key("data")).selectByValue("spiral");
        assertEquals(List.of(8L, 8L, 8L), config().get("layers"));
        assertEquals("relu", config().get("act"));
        assertEquals(0.1, ((Number) config().get("lr")).doubleValue());
        assertTrue(box.getText().startsWith("Back on 2-D points"), box.getText());
    }

    @Test
    void impossibleLossesAndOutputsAreDisabledWithTheirReason() {
        open("#data=blobs&k=4", 1280, 900);
        WebElement bce = key("loss").findElement(By.cssSelector("option[value='bce']"));
        assertFalse(bce.isEnabled());
        assertEquals("3 or more classes: only softmax cross-entropy", bce.getAttribute("title"));
        assertTrue(browser.driver.findElement(By.id("unfit-note")).getText()
                .contains("Binary cross-entropy, Mean squared error, Huber (δ = 1) (3 or more"
                        + " classes"));
        open("", 1280, 900);
        WebElement linear = key("out").findElement(By.cssSelector("option[value='linear']"));
        assertFalse(linear.isEnabled(), "binary cross-entropy needs a sigmoid output");
        assertEquals("this loss needs a sigmoid output", linear.getAttribute("title"));
    }

    @Test
    void theRateFieldMarksBadInputShowsTheRateInUseAndAcceptsADecimalComma() {
        open("", 1280, 900);
        WebElement exact = browser.driver.findElement(By.id("lr-exact"));
        WebElement used = browser.driver.findElement(By.id("lr-used"));
        assertEquals("in use: 0.03", used.getText());
        for (String bad : new String[] {"abc", "1e9", " "}) {
            exact.clear();
            exact.sendKeys(bad, Keys.TAB);
            if (bad.isBlank()) {
                browser.js("arguments[0].value = ''; arguments[0].dispatchEvent("
                        + "new Event('change', {bubbles: true}));", exact);
            }
            assertEquals("true", exact.getAttribute("aria-invalid"), bad);
            assertTrue(used.getText().endsWith("still using 0.03."), used.getText());
            assertEquals(0.03, ((Number) config().get("lr")).doubleValue(), bad);
        }
        exact.clear();
        exact.sendKeys("0,5", Keys.TAB);
        assertEquals(0.5, ((Number) config().get("lr")).doubleValue());
        assertEquals("false", exact.getAttribute("aria-invalid"));
        assertEquals("in use: 0.5", used.getText());
    }

    @Test
    void aLabLinkTypedIntoAnOpenPlaygroundOpensTheLab() {
        open("", 1280, 900);
        browser.js("location.hash = '#lab=overfitting';");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                browser.driver.getCurrentUrl().contains("labs.html#lab=overfitting"));
        assertTrue(browser.driver.findElements(By.id("messages")).isEmpty()
                || !browser.driver.findElement(By.id("messages")).getText().contains("Unknown"));
    }

    @Test
    void aTapKeepsTheWeightShownAwayFromTheFinger() {
        open("", 360, 900);
        browser.js("document.getElementById('diagram').scrollIntoView();");
        // the middle of the first link: from input 1 to unit 1 of layer 1
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js(
                "var l = ScratchNet.Playground.widgets.diagram.layout;"
                + "var a = l.columns[0][0], b = l.columns[1][0];"
                + "var box = document.getElementById('diagram').getBoundingClientRect();"
                + "return {x: box.left + (a.x + a.s + b.x) / 2, y: box.top + (a.y + b.y + b.s) / 2,"
                + " top: box.top, pitch: l.columns[1][0].x - l.columns[0][0].x, s: l.s};");
        double pitch = ((Number) at.get("pitch")).doubleValue();
        double side = ((Number) at.get("s")).doubleValue();
        assertTrue(pitch - side >= side, "columns " + pitch + " px apart, nodes " + side + " px");
        browser.js("var c = document.getElementById('diagram'), x = arguments[0],"
                + " y = arguments[1];"
                + "['pointerdown', 'pointerup', 'pointerleave'].forEach(function (t) {"
                + " c.dispatchEvent(new PointerEvent(t, {pointerType: 'touch', bubbles: true,"
                + " clientX: x, clientY: y})); });",
                at.get("x"), at.get("y"));
        WebElement tip = browser.driver.findElement(By.id("tooltip"));
        assertTrue(tip.isDisplayed(), "the tapped weight stays after the finger lifts");
        assertTrue(tip.getText().contains("w ="), tip.getText());
        double tipBottom = num("document.getElementById('tooltip').getBoundingClientRect().bottom");
        double tipTop = num("document.getElementById('tooltip').getBoundingClientRect().top");
        double y = ((Number) at.get("y")).doubleValue();
        assertTrue(tipBottom < y - 20 || tipTop > y + 20, "the tooltip sits away from the finger");
    }

    @Test
    void theLabsMenuFitsAPhoneAndClosesOnEscape() {
        open("", 360, 900);
        browser.driver.findElement(By.cssSelector("#labs-menu summary")).click();
        assertTrue(num("document.getElementById('labs-list').getBoundingClientRect().right")
                <= num("window.innerWidth"));
        assertTrue(num("document.getElementById('labs-list').getBoundingClientRect().left") >= 0);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(Boolean.FALSE, browser.js("return document.getElementById('labs-menu').open;"));
    }

    @Test
    void theBenchmarkTableNeverMakesThePhonePageScrollSideways() {
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        browser.driver.get(SITE.toAbsolutePath().resolve("bench.html").toUri().toString());
        browser.js("var tb = document.querySelector('#results tbody'); for (var i = 0; i < 5; i++) {"
                + " var tr = tb.insertRow(); ['spiral', 'WebAssembly GC', 'steps per second',"
                + " '123456.789', 'steps/s'].forEach(function (t) { tr.insertCell().textContent = t; }); }");
        assertTrue(num("document.documentElement.scrollWidth - window.innerWidth") <= 0);
    }

    @Test
    void onAPhoneTabReachesTheOutputFirstAndPicturesAreImages() {
        open("#data=blobs&k=4", 360, 900);
        assertTrue((Boolean) browser.js("return document.querySelector('main.layout')"
                + ".firstElementChild.classList.contains('output');"));
        assertEquals("group", browser.driver.findElement(By.id("unit-buttons"))
                .getAttribute("role"));
        assertEquals(0L, browser.js("return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(function (c) { return c.getAttribute('role') !== 'img'"
                + " || !c.getAttribute('aria-label'); }).length;"));
        // selects show their whole text
        List<?> cut = (List<?>) browser.js("return Array.from(document.querySelectorAll("
                + "'.options select')).filter(function (s) {"
                + " var span = document.createElement('span'); span.style.font ="
                + " getComputedStyle(s).font; span.style.position = 'absolute';"
                + " span.textContent = s.options[s.selectedIndex].textContent;"
                + " document.body.appendChild(span); var w = span.getBoundingClientRect().width;"
                + " span.remove(); return w + 24 > s.clientWidth; }).map(function (s) {"
                + " return s.dataset.key; });");
        assertEquals(List.of(), cut);
        open("", 1280, 900);
        assertTrue((Boolean) browser.js("return document.querySelector('main.layout')"
                + ".lastElementChild.classList.contains('output');"));
    }
}
