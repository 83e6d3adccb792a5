package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.cli.StaticServer;
import scratchnet.format.JsonForTests;
import scratchnet.labs.LabId;

/**
 * The site served as production serves it: by the project's own server, which sends
 * netlify.toml's headers (the Content-Security-Policy among them). Every page — the
 * playground, every lab, the benchmark page in its quick mode — loads and works with no
 * request outside the site's own origin (DevTools' Network events, from Chrome's performance
 * log) and no CSP violation ({@code securitypolicyviolation} events).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameOriginBrowserTest {
    private StaticServer server;
    private Browser browser;
    private String origin;

    @BeforeAll
    void start() throws Exception {
        Browser.forBuiltPage("index.html").close();
        server = StaticServer.start(Path.of("target/site"), 0);
        origin = server.url().substring(0, server.url().length() - 1);
        browser = new Browser(true);
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

    /** URLs the browser requested since the last call (DevTools Network.requestWillBeSent). */
    @SuppressWarnings("unchecked")
    private List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = (Map<String, Object>) ((Map<String, Object>)
                    JsonForTests.parse(entry.getMessage())).get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    private void open(String page, String readyScript) {
        browser.driver.get("about:blank");
        requests();
        browser.driver.get(server.url() + page);
        new WebDriverWait(browser.driver, Duration.ofSeconds(150)).until(d -> Boolean.TRUE
                .equals(browser.js("return !!(" + readyScript + ");")));
    }

    @SuppressWarnings("unchecked")
    private void assertOwnRequestsOnly(String page, TreeSet<String> seen) {
        List<String> urls = requests();
        assertFalse(urls.isEmpty(), page + ": no request recorded");
        for (String url : urls) {
            assertTrue(url.startsWith(origin + "/"), page + " requested " + url);
            seen.add(url.substring(origin.length()).replaceAll("[?#].*", ""));
        }
        Map<String, Object> caught = (Map<String, Object>) browser.js("return window.__caught;");
        assertEquals(List.of(), caught.get("csp"), page + ": CSP violations");
        assertEquals(List.of(), caught.get("errors"), page + ": uncaught errors");
        assertEquals("", browser.consoleErrors(), page + ": console errors");
    }

    @Test
    void everyPageStaysOnItsOwnOriginUnderTheProductionPolicy() {
        TreeSet<String> seen = new TreeSet<>();
        browser.consoleErrors();
        open("index.html",
                "window.ScratchNet && ScratchNet.Playground && ScratchNet.Playground.ready");
        browser.js("scratchnet.step(50);");
        assertOwnRequestsOnly("index.html", seen);
        for (LabId lab : LabId.values()) {
            String page = "labs.html#lab=" + lab.id();
            open(page, "window.ScratchNet && ScratchNet.LabsPage && ScratchNet.LabsPage.ready");
            browser.js("scratchnetLabs.run(50);");
            assertOwnRequestsOnly(page, seen);
        }
        open("bench.html?auto&quick",
                "window.benchResults && (benchResults.done || benchResults.error)");
        assertEquals(null, browser.js("return benchResults.error || null;"));
        assertOwnRequestsOnly("bench.html?quick", seen);
        System.out.println("same-origin pages requested: " + seen);
        assertTrue(seen.stream().anyMatch(u -> u.endsWith(".wasm")),
                "the WASM build loads: " + seen);
        // The listener does see a violation: an inline script is refused by the policy.
        browser.js("var s = document.createElement('script'); s.textContent = 'window.x = 1';"
                + " document.body.appendChild(s);");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                browser.js("return window.__caught.csp.length > 0;")));
        browser.consoleErrors();
    }

    @Test
    void theServerSendsTheProductionPolicy() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(server.url() + "labs.html")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("connect-src 'self'"), csp);
    }
}
