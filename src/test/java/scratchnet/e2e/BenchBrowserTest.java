package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.bench.Bench;

/**
 * The benchmark page opened from disk in its quick mode runs every benchmark on both builds
 * and publishes a finite, positive figure for each; both builds compute exactly the JVM's
 * results. It says nothing about speed: quick workloads are too small to time, and this
 * machine is shared.
 */
class BenchBrowserTest {
    private static final Path PAGE = Path.of("target/site/bench.html");
    /** bench/figure pairs every backend must report. */
    private static final List<String> FIGURES = List.of("A/training", "B/training",
            "B/arithmetic", "C/training", "C/test MAE", "H/compute", "H/draw", "H/frame");

    @Test
    void quickRunReportsEveryFigureForBothBuilds() throws Exception {
        assertTrue(Files.isRegularFile(PAGE), PAGE + " is missing: run with 'mvn verify'");
        try (Browser browser = new Browser()) {
            browser.consoleErrors();
            browser.driver.get(PAGE.toAbsolutePath().toUri() + "?auto&quick");
            new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE
                    .equals(browser.js("return !!(window.benchResults && (benchResults.done"
                            + " || benchResults.error));")));
            assertEquals(null, browser.js("return benchResults.error || null;"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.js(
                    "return benchResults.rows;");
            List<String> seen = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                double value = ((Number) row.get("value")).doubleValue();
                String name = row.get("bench") + "/" + row.get("figure");
                System.out.printf("bench page (quick): %-14s %-5s %12.4g %s%n", name,
                        row.get("backend"), value, row.get("unit"));
                assertTrue(Double.isFinite(value) && value > 0, name + " on "
                        + row.get("backend") + " is " + value);
                seen.add(row.get("backend") + " " + name);
            }
            for (String backend : List.of("js", "wasm")) {
                for (String figure : FIGURES) {
                    assertTrue(seen.contains(backend + " " + figure), "no row for " + figure
                            + " on " + backend + "; rows: " + seen);
                }
            }
            assertEquals(2 * FIGURES.size(), rows.size(), "one row per figure: " + seen);
            sameResultsAsTheJvm(browser);
            assertEquals("", browser.consoleErrors());
        }
    }

    /**
     * Each quick workload's result (a final loss, a test MAE, a pixel checksum) is the JVM's
     * double, bit for bit, in both builds: tanh, exp, log and the blocked kernels round alike.
     */
    private static void sameResultsAsTheJvm(Browser browser) {
        for (Bench b : Bench.values()) {
            double jvm = b.create(true).run();
            for (String backend : List.of("js", "wasm")) {
                Object page = browser.js("var api = benchEngines[arguments[0]];"
                        + " api.benchSetUp(arguments[1], true); return api.benchRun();",
                        backend, b.name());
                assertEquals(Double.doubleToLongBits(jvm),
                        Double.doubleToLongBits(((Number) page).doubleValue()),
                        b + " on " + backend + ": JVM " + jvm + ", page " + page);
            }
        }
    }
}
