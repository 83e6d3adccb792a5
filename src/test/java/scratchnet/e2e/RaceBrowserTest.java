package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.app.RaceProtocol;
import scratchnet.app.Session;

/**
 * The optimizer race panel in the built page (WebAssembly GC): a race of three started from
 * the form advances every racer in lockstep, fills the winner table and draws three curves;
 * the console's {@code scratchnet.race} gives the JVM's losses bit for bit in both builds
 * (WebAssembly GC and JavaScript) and keeps the race
 * on bad input; axe-core finds no WCAG 2.1 A/AA violation in the panel. Leaves screenshots at 1280 and 360 px in target/screenshots/.
 */
class RaceBrowserTest extends PageTest {
    RaceBrowserTest() {
        super("index.html");
    }

    @BeforeAll
    void catchErrors() {
        browser.catchErrors();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> race() {
        return (Map<String, Object>) browser.js("return scratchnet.race();");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> racers(Map<String, Object> race) {
        return (List<Map<String, Object>>) race.get("racers");
    }

    private void waitUntilFinished() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d ->
                Boolean.TRUE.equals(browser.js("var r = scratchnet.race();"
                        + " return !!r && r.finished && !ScratchNet.Playground.widgets.race.running;")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRaceOfThreeAdvancesInLockstepFillsTheTableAndDrawsThreeCurves() throws Exception {
        for (int width : new int[] {1280, 360}) {
            open("", width);
            browser.driver.findElement(By.id("race-open")).click();
            assertTrue(browser.driver.findElement(By.id("race")).isDisplayed());
            assertEquals(3L, browser.js("return document.querySelectorAll('#race .race-on:checked')"
                    + ".length;"), "three racers are on by default");
            browser.driver.findElement(By.cssSelector("#race .race-start")).click();
            long last = -1;
            for (int sample = 0; sample < 8; sample++) {
                Map<String, Object> race = race();
                long step = ((Number) race.get("step")).longValue();
                for (Map<String, Object> x : racers(race)) {
                    assertEquals(step, ((Number) x.get("step")).longValue(), "lockstep: " + race);
                }
                assertTrue(step >= last, "steps only go forward");
                last = step;
                Thread.sleep(60);
            }
            waitUntilFinished();
            Map<String, Object> race = race();
            assertEquals(3, racers(race).size());
            assertEquals(1000L, ((Number) race.get("step")).longValue());
            for (Map<String, Object> x : racers(race)) {
                assertEquals(1000L, ((Number) x.get("step")).longValue());
                assertTrue(((Number) x.get("wallMs")).doubleValue() > 0, "timed: " + x);
            }
            List<String> rows = (List<String>) browser.js("return Array.prototype.map.call("
                    + "document.querySelectorAll('#race .race-table tbody tr'),"
                    + " function (r) { return r.textContent; });");
            assertEquals(3, rows.size());
            assertTrue(rows.get(0).contains("SGD") && rows.get(2).contains("Adam"), rows.toString());
            rows.forEach(r -> assertTrue(r.matches(".*\\d\\.\\d{4}.*"), "losses in " + r));
            assertEquals(1L, browser.js("return document.querySelectorAll("
                    + "'#race .race-table .lead-tag').length - document.querySelectorAll("
                    + "'#race .race-table td:nth-child(6) .lead-tag').length;"),
                    "one racer has the lowest loss");
            assertEquals("3", browser.js("return document.querySelector('#race .race-chart')"
                    + ".dataset.curves;"));
            assertEquals(4L, browser.js("return document.querySelectorAll('#race .race-legend li')"
                    + ".length;"), "three racers and the target in the legend");
            assertEquals(3L, browser.js("return document.querySelectorAll('#race .race-view')"
                    + ".length;"));
            assertEquals(3L, curvesDrawn(), "each racer's colour is on the chart");
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth"
                    + " <= window.innerWidth;"), "no sideways scrolling at " + width + " px");
            browser.js("document.getElementById('race').scrollIntoView();");
            screenshot("race-" + width + ".png");
            Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a",
                    "wcag21aa")).include("#race").analyze(browser.driver);
            assertEquals("", axe.getViolations().stream().map(v -> v.getId() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", "))).collect(Collectors.joining("\n")),
                    "WCAG 2.1 A/AA violations in the race panel at " + width + " px");
        }
        assertEquals("[[],[]]", browser.js("return JSON.stringify([__caught.errors, __caught.csp]);"),
                "no errors, no CSP violations");
    }

    /** How many of the racers' line colours appear on the chart (a few dozen pixels each). */
    private long curvesDrawn() {
        return (Long) browser.js("var c = document.querySelector('#race .race-chart');"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "var styles = ScratchNet.RaceViews.STYLES.slice(0, 3); var seen = 0;"
                + "styles.forEach(function (s) {"
                + "  var r = parseInt(s.colour.substr(1, 2), 16), g = parseInt(s.colour.substr(3, 2), 16),"
                + "      b = parseInt(s.colour.substr(5, 2), 16), n = 0;"
                + "  for (var i = 0; i < d.length; i += 4) {"
                + "    if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 30"
                + "        && d[i + 3] > 200) { n++; } }"
                + "  if (n > 40) { seen++; } });"
                + "return seen;");
    }

    @Test
    void theConsoleRaceGivesTheJvmsLossesInBothBuildsAndKeepsTheRaceOnBadInput() {
        for (String query : new String[] {"?backend=wasm", "?backend=js"}) {
            open(query, 1280);
            consoleRaceMatchesTheJvm(query);
        }
    }

    private void consoleRaceMatchesTheJvm(String query) {
        String configs = "{\"racers\": [{\"optimizer\": \"momentum\", \"learningRate\": 0.1},"
                + " {\"optimizer\": \"rmsprop\", \"learningRate\": 0.01},"
                + " {\"optimizer\": \"adam\", \"learningRate\": 0.003}], \"steps\": 240}";
        browser.js("scratchnet.race(" + configs + ");");
        waitUntilFinished();
        Session jvm = new Session();
        scratchnet.format.RaceRequest request = scratchnet.format.RaceRequest.read(configs);
        scratchnet.app.Race expected = jvm.startRace(request);
        for (int round = 0; round < 30; round++) {
            for (int r = 0; r < 3; r++) {
                expected.advance(r, 8);
            }
        }
        expected.refresh();
        Map<?, ?> want = (Map<?, ?>) ((Map<?, ?>) scratchnet.format.JsonForTests.parse(
                RaceProtocol.state(jvm))).get("race");
        List<?> wantRacers = (List<?>) want.get("racers");
        List<Map<String, Object>> got = racers(race());
        for (int r = 0; r < 3; r++) {
            Map<?, ?> w = (Map<?, ?>) wantRacers.get(r);
            assertEquals(((Number) w.get("trainLoss")).doubleValue(),
                    ((Number) got.get(r).get("trainLoss")).doubleValue(), query + " racer " + r);
            assertEquals(((Number) w.get("testLoss")).doubleValue(),
                    ((Number) got.get(r).get("testLoss")).doubleValue(), "racer " + r);
            assertEquals(String.valueOf(w.get("stepsToTarget")).replace(".0", ""),
                    String.valueOf(got.get(r).get("stepsToTarget")), "racer " + r);
        }
        Map<?, ?> bad = (Map<?, ?>) browser.js("return scratchnet.race([{optimizer: 'sgd',"
                + " learningRate: 0.03}]);");
        assertTrue(String.valueOf(bad.get("error")).contains("2 to 4 racers"), bad.toString());
        assertTrue(browser.driver.findElement(By.cssSelector("#race .race-error")).getText()
                .contains("2 to 4 racers"));
        assertEquals(3, racers(race()).size(), "the previous race stays");
    }

    @Test
    void aRaceWhoseStepsGoInPartsGivesTheJvmsLossesBitForBit() {
        // Full batch on the largest digits network: one step is longer than a racer's share
        // of a frame, so steps and the losses after them go on over frames.
        String hash = "#data=digits&layers=64,64,64,64,64,64&batch=100000";
        String configs = "{\"racers\": [{\"optimizer\": \"sgd\", \"learningRate\": 0.1},"
                + " {\"optimizer\": \"adam\", \"learningRate\": 0.003}], \"steps\": 3}";
        Session jvm = new Session();
        jvm.load(hash);
        scratchnet.app.Race expected = jvm.startRace(scratchnet.format.RaceRequest.read(configs));
        for (int r = 0; r < 2; r++) {
            expected.advance(r, 8);
        }
        expected.refresh();
        List<?> wantRacers = (List<?>) ((Map<?, ?>) ((Map<?, ?>) scratchnet.format.JsonForTests
                .parse(RaceProtocol.state(jvm))).get("race")).get("racers");
        for (String query : new String[] {"?backend=wasm", "?backend=js"}) {
            open(query + hash, 1280);
            browser.js("scratchnet.race(" + configs + ");");
            waitUntilFinished();
            List<Map<String, Object>> got = racers(race());
            for (int r = 0; r < 2; r++) {
                assertEquals(3L, ((Number) got.get(r).get("step")).longValue());
                assertEquals(((Number) ((Map<?, ?>) wantRacers.get(r)).get("testLoss")).doubleValue(),
                        ((Number) got.get(r).get("testLoss")).doubleValue(), query + " racer " + r);
                List<?> curve = (List<?>) browser.js("return Array.from("
                        + "ScratchNet.Playground.engine.raceLosses(" + r + "));");
                double[] want = expected.losses(r);
                assertEquals(want.length, curve.size(), query + " racer " + r);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], ((Number) curve.get(i)).doubleValue(),
                            query + " racer " + r + ", value " + i);
                }
            }
        }
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name),
                browser.driver.findElement(By.id("race")).getScreenshotAs(OutputType.BYTES));
    }
}
