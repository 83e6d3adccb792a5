package scratchnet.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The setup that most browser tests share: one headless browser per test class, started once
 * for the built {@code page} ("index.html" or "labs.html"), optionally resized, and closed at
 * the end. {@link #open(String)} loads the page afresh with a hash (or query) and waits until
 * it is ready. A subclass adds its own {@code @BeforeAll}/{@code @AfterAll} methods under other
 * names: JUnit runs this class's {@code @BeforeAll} first and its {@code @AfterAll} last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTest {
    static final Path SITE = Path.of("target/site");
    private final String page;
    private final Dimension windowSize;
    Browser browser;

    /** Tests of {@code page} in the browser's default window (1280 x 900). */
    PageTest(String page) {
        this(page, null);
    }

    /** Tests of {@code page} in a window of {@code width} x {@code height} pixels. */
    PageTest(String page, int width, int height) {
        this(page, new Dimension(width, height));
    }

    private PageTest(String page, Dimension windowSize) {
        this.page = page;
        this.windowSize = windowSize;
    }

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.forBuiltPage(page);
        if (windowSize != null) {
            browser.driver.manage().window().setSize(windowSize);
        }
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Loads the page anew (via about:blank, so a new hash is a new page) with {@code suffix}
     * (a hash such as "#data=circle", a query such as "?backend=js", or both), and waits until
     * the playground or the labs page reports that it is ready.
     */
    void open(String suffix) {
        browser.driver.get("about:blank");
        String url = SITE.toAbsolutePath().resolve(page).toUri() + suffix;
        if (page.equals("index.html")) {
            browser.open(url);
        } else {
            browser.driver.get(url);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE
                    .equals(browser.js("return !!(window.ScratchNet && ScratchNet.LabsPage"
                            + " && ScratchNet.LabsPage.ready);")));
        }
    }

    /** {@link #open(String)} in a window {@code width} pixels wide and 1000 high. */
    void open(String suffix, int width) {
        open(suffix, width, 1000);
    }

    /** {@link #open(String)} in a window of {@code width} x {@code height} pixels. */
    void open(String suffix, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        open(suffix);
    }

    /** The value of the JavaScript expression {@code expression}, read as a JSON-like map. */
    @SuppressWarnings("unchecked")
    Map<String, Object> js(String expression) {
        return (Map<String, Object>) browser.js("return " + expression + ";");
    }
}
