package scratchnet.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs target/site/bench.html?auto in headless Chromium from file:// and prints its table:
 * the browser half of issue 7's numbers, on this machine. Not a test (it asserts nothing).
 *
 * <p>Run after {@code mvn package}: {@code java -cp "target/classes:target/test-classes:$(mvn
 * -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" scratchnet.e2e.BenchPage}
 */
public final class BenchPage {
    private BenchPage() {
    }

    /** Prints one line per figure; {@code quick} as the first argument for the quick mode. */
    public static void main(String[] args) throws Exception {
        String query = args.length > 0 && args[0].equals("quick") ? "?auto&quick" : "?auto";
        try (Browser browser = new Browser()) {
            browser.driver.get(Path.of("target/site/bench.html").toAbsolutePath().toUri()
                    + query);
            new WebDriverWait(browser.driver, Duration.ofMinutes(10)).until(d -> Boolean.TRUE
                    .equals(browser.js("return !!(window.benchResults && (benchResults.done"
                            + " || benchResults.error));")));
            System.out.println("error: " + browser.js("return benchResults.error || 'none';"));
            System.out.println(browser.js("return navigator.userAgent;"));
            System.out.println("engine load ms: " + browser.js(
                    "return JSON.stringify(benchResults.engines);"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.js(
                    "return benchResults.rows;");
            for (Map<String, Object> row : rows) {
                System.out.printf("%-5s %-8s %-11s %14.4g  %s%n", row.get("bench"),
                        row.get("backend"), row.get("figure"),
                        ((Number) row.get("value")).doubleValue(), row.get("unit"));
            }
        }
    }
}
