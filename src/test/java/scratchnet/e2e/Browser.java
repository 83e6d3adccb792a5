package scratchnet.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the system's chromedriver. Never downloads a browser or driver:
 * both are looked up on this machine (Debian's {@code chromium} and {@code chromium-driver}),
 * and a missing one fails the test with a message saying how to install it.
 */
final class Browser implements AutoCloseable {
    private static final List<String> CHROME_PATHS = List.of("/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER_PATHS = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");
    private static final String INSTALL_HINT = "install Debian's packages with "
            + "'sudo apt-get install -y chromium chromium-driver' (./test.sh does this), or set "
            + "SCRATCHNET_CHROME and SCRATCHNET_CHROMEDRIVER";

    final ChromeDriver driver;
    private final Path profile;

    /**
     * A browser for tests of {@code page} in the built site; fails with a clear message when
     * the site has not been built (the browser tests run after packaging, in 'mvn verify').
     */
    static Browser forBuiltPage(String page) throws Exception {
        Path file = Path.of("target", "site", page);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: run the browser tests with 'mvn verify'");
        }
        return new Browser();
    }

    Browser() throws Exception {
        this(false);
    }

    /**
     * A browser; with {@code recordNetwork}, Chrome's performance log keeps the DevTools
     * Network events (read them with {@code driver.manage().logs().get(LogType.PERFORMANCE)}).
     */
    Browser(boolean recordNetwork) throws Exception {
        String chrome = find("SCRATCHNET_CHROME", CHROME_PATHS, "Chromium");
        String chromedriver = find("SCRATCHNET_CHROMEDRIVER", DRIVER_PATHS, "chromedriver");
        profile = Files.createTempDirectory("scratchnet-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (recordNetwork) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    private static String find(String envVar, List<String> candidates, String what) {
        String fromEnv = System.getenv(envVar);
        if (fromEnv != null && !fromEnv.isBlank()) {
            if (!Files.isExecutable(Path.of(fromEnv))) {
                throw new IllegalStateException(envVar + "=" + fromEnv + " is not executable");
            }
            return fromEnv;
        }
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + what + " found (looked in "
                        + candidates + "): the browser tests need it; " + INSTALL_HINT));
    }

    /** Opens {@code url} and waits until the playground reports that its engine is ready. */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js("return !!(window.ScratchNet && ScratchNet.Playground"
                        + " && ScratchNet.Playground.ready);")));
    }

    /**
     * Installs, for every document opened from now on, listeners that collect uncaught errors,
     * unhandled rejections and CSP violations in {@code window.__caught = {errors, csp}}.
     * DevTools runs the script before the page's own, and the page's CSP does not apply to it.
     */
    void catchErrors() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of(
                "source", "window.__caught = {errors: [], csp: []};"
                + "window.addEventListener('error', function (e) {"
                + " __caught.errors.push(String(e.message || e.type)); });"
                + "window.addEventListener('unhandledrejection', function (e) {"
                + " __caught.errors.push('unhandled rejection: ' + String(e.reason &&"
                + " e.reason.message || e.reason)); });"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + " __caught.csp.push(e.violatedDirective + ' blocked ' + e.blockedURI); });"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console messages at error level since the last call, one per line ("" if none). */
    String consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
