package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.cli.StaticServer;

/**
 * Issue 15 item 5 in the browser: both pages, served with netlify.toml's headers by the
 * project's own server, opened with hostile links (on load and on a hash change) and given
 * hostile settings through the console API. Each must raise no uncaught error, show a short
 * message, and stay a working page: the engine badge names a backend and a step trains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHashBrowserTest {
    private static final String BIG = "x".repeat(100_000);
    /** Links each page must survive; the comment after each says what it once did. */
    private static final List<String> LABS_HASHES = List.of(
            "#lab=%E0%A4%A", "#lab=%", "#fix=%zz", // dead page ("engine failed to load")
            "#lab=%C3%A9", // was reported as "Ã©"
            "#lab=%ED%A0%80", "#lab=" + BIG, "#fix=" + BIG, "#" + BIG,
            "#lab=dying-relu&lab=nan-explosion", "#=", "#&&&", "#%", "#lab",
            "#lab=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "#lab=dying-relu&fix=%FF",
            "#lab=gd-variants&fix=leaky-relu", "#lab=__proto__", "#fix=constructor",
            "#lab=dying-relu%00");
    private static final List<String> PLAYGROUND_HASHES = List.of(
            "#data=%C3%A9", "#layers=8,", "#layers=,,,", "#seed=%ED%A0%80", "#lr=" + BIG,
            "#" + BIG + "=1", "#%", "#&", "#=", "#lr=NaN", "#lr=Infinity", "#batch=1e999",
            "#layers=-1", "#data=circle&data=xor", "#lr=0." + "1".repeat(5000), "#f=",
            "#f=x1,", "#data=delivery&hx=9", "#data=%E0%A4%A", "#act=%3Cscript%3E",
            "#seed=__proto__");
    private StaticServer server;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        Browser.forBuiltPage("labs.html").close();
        server = StaticServer.start(Path.of("target/site"), 0);
        browser = new Browser();
        browser.catchErrors();
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

    /** Opens {@code page} afresh and waits until it is ready or its engine failed. */
    private void open(String page, String readyFlag) {
        browser.driver.get("about:blank");
        browser.driver.get(server.url() + page);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!(window.ScratchNet && ScratchNet." + readyFlag + " && "
                        + "ScratchNet." + readyFlag + ".ready) || /failed/.test("
                        + "document.getElementById('backend').textContent);")));
    }

    private static String shortly(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "… (" + s.length() + " chars)" : s;
    }

    /** No uncaught error, no CSP violation, a badge naming a backend, a short message. */
    @SuppressWarnings("unchecked")
    private void assertWorking(String what, String messageBox) {
        Map<String, Object> caught = (Map<String, Object>) browser.js("return window.__caught;");
        assertEquals(List.of(), caught.get("errors"), what);
        assertEquals(List.of(), caught.get("csp"), what);
        String badge = (String) browser.js(
                "return document.getElementById('backend').textContent;");
        assertTrue(badge.startsWith("engine: "), what + ": badge says " + badge);
        String message = (String) browser.js("return document.getElementById(arguments[0])"
                + ".textContent;", messageBox);
        assertTrue(message.length() < 400, what + ": message of " + message.length() + " chars");
    }

    /** Restarts the runs (a lab that ran since the page opened may have finished) and trains. */
    private void assertLabTrains(String what) {
        Object trained = browser.js("scratchnetLabs.pause();"
                + " document.getElementById('lab-restart').click();"
                + " var before = scratchnetLabs.state().runs[0].step;"
                + " return scratchnetLabs.run(5).runs[0].step > before;");
        assertEquals(Boolean.TRUE, trained, what + ": a step trains");
    }

    private void assertPlaygroundTrains(String what) {
        Number before = (Number) browser.js("return scratchnet.state().step;");
        Number after = (Number) browser.js("return scratchnet.step(3).step;");
        assertTrue(after.doubleValue() > before.doubleValue(), what + ": a step trains");
    }

    @Test
    void labsPageSurvivesHostileLinksOnLoad() {
        for (String hash : LABS_HASHES) {
            String what = "labs.html" + shortly(hash) + " on load";
            open("labs.html" + hash, "LabsPage");
            assertWorking(what, "lab-problems");
            assertLabTrains(what);
        }
        open("labs.html#lab=%C3%A9", "LabsPage");
        String message = (String) browser.js(
                "return document.getElementById('lab-problems').textContent;");
        assertTrue(message.startsWith("There is no lab called \"é\""), message);
        open("labs.html#lab=" + BIG, "LabsPage");
        message = (String) browser.js(
                "return document.getElementById('lab-problems').textContent;");
        assertTrue(message.contains("x".repeat(32) + "… (100000 characters)")
                && !message.contains("x".repeat(33)), message.substring(0, 80));
    }

    @Test
    void labsPageSurvivesHostileLinksOnHashChange() throws Exception {
        open("labs.html#lab=nan-explosion", "LabsPage");
        for (String hash : LABS_HASHES) {
            String what = "labs.html" + shortly(hash) + " on hashchange";
            browser.js("location.hash = arguments[0];", hash);
            Thread.sleep(150); // hashchange fires asynchronously; a few frames run
            assertWorking(what, "lab-problems");
            assertLabTrains(what);
            browser.js("location.hash = '#lab=nan-explosion';");
            Thread.sleep(100);
        }
    }

    @Test
    void playgroundSurvivesHostileLinks() throws Exception {
        for (String hash : PLAYGROUND_HASHES) {
            String what = "index.html" + shortly(hash) + " on load";
            open("index.html" + hash, "Playground");
            assertWorking(what, "messages");
            assertPlaygroundTrains(what);
        }
        open("index.html#data=%C3%A9", "Playground");
        assertTrue(((String) browser.js("return scratchnet.messages()[0];"))
                .startsWith("data=é is not valid"));
        for (String hash : PLAYGROUND_HASHES) {
            String what = "index.html" + shortly(hash) + " on hashchange";
            browser.js("location.hash = arguments[0];", hash);
            Thread.sleep(150);
            assertWorking(what, "messages");
            assertPlaygroundTrains(what);
        }
        // a lab's link on the playground goes to the labs page, even a broken one
        open("index.html#lab=%", "LabsPage");
        assertTrue(browser.driver.getCurrentUrl().contains("labs.html#lab=%"));
        assertWorking("index.html#lab=%", "lab-problems");
    }

    @Test
    void playgroundConsoleApiRefusesHostileSettingsAndKeepsItsState() {
        open("index.html#lr=0.1&layers=3", "Playground");
        Object config = browser.js("return JSON.stringify(scratchnet.config());");
        List<String> values = List.of("{seed: '\\uD800'}", "{seed: 'x'.repeat(100000)}",
                "{seed: {a: 1}}", "{seed: NaN}", "{lr: Infinity}", "{lr: -Infinity}",
                "{layers: [8, null]}", "{layers: '8,'}", "{layers: ',,,'}", "{layers: [8, 'x']}",
                "{data: '%C3%A9'}", "{['x'.repeat(100000)]: 1}", "{seed: 1e300}", "{seed: -1}",
                "{f: []}", "[1]", "'x'", "5", "null", "undefined", "{}.constructor",
                "(function () { var o = {}; o.self = o; return o; })()");
        List<String> failures = new ArrayList<>();
        for (String v : values) {
            Object out = browser.js("try { scratchnet.set(" + v + "); return null; }"
                    + " catch (e) { return String(e); }");
            if (out != null) {
                failures.add(v + " threw " + out);
            }
            assertEquals(config, browser.js("return JSON.stringify(scratchnet.config());"), v);
            List<?> messages = (List<?>) browser.js("return scratchnet.messages();");
            if (!v.equals("{}.constructor") && messages.isEmpty()) {
                failures.add(v + " gave no message");
            }
            assertWorking("scratchnet.set(" + v + ")", "messages");
        }
        assertEquals(List.of(), failures);
        assertPlaygroundTrains("after hostile set() calls");
    }
}
