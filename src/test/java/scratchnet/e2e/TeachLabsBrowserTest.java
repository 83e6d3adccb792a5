package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The labs as a teacher needs them: they open paused with their story on screen; a regression
 * lab scores every run in minutes against always predicting the mean and says plainly whether
 * a fix is enough; the tutorial's recipe beats the mean; gd-variants shows per-step loss and
 * times a workload long enough to measure. Leaves before/after screenshots of the NaN lab in
 * target/screenshots/.
 */
class TeachLabsBrowserTest extends PageTest {
    TeachLabsBrowserTest() {
        super("labs.html");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> labs(String call) {
        return (Map<String, Object>) browser.js("return scratchnetLabs." + call + ";");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Map<String, Object> state, int r) {
        return ((List<Map<String, Object>>) state.get("runs")).get(r);
    }

    private static double num(Map<String, Object> run, String key) {
        Object v = run.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    private void screenshot(Path path) throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 1500));
        browser.js("window.scrollTo(0, 0); ScratchNet.LabsPage.actions.paint();");
        Files.createDirectories(path.getParent());
        Files.write(path, browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aLabOpensPausedWithItsStoryAndRunsWhenAsked() throws Exception {
        open("#lab=nan-explosion&fix=all-fixes", 1280);
        Thread.sleep(500);
        Map<String, Object> s = labs("state()");
        assertEquals(Boolean.FALSE, s.get("running"));
        assertEquals(0.0, num(run(s, 0), "step"));
        assertTrue(browser.driver.findElement(By.cssSelector(".explain[data-lab='nan-explosion']"))
                .isDisplayed());
        assertEquals("Run", browser.driver.findElement(By.id("lab-play")).getText());
        String summary = browser.driver.findElement(By.id("lab-summary")).getText();
        assertTrue(summary.contains("not started"), summary);
        assertTrue(summary.contains("Before training: test MAE"), summary);
        screenshot(Path.of("target", "screenshots", "nan-lab-before.png"));
        browser.driver.findElement(By.id("lab-play")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                num(run(labs("state()"), 1), "step") > 0);
        // a lab link typed while the page is open opens that lab paused too
        browser.js("location.hash = '#lab=overfitting';");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                "overfitting".equals(labs("state()").get("lab")));
        assertEquals(Boolean.FALSE, labs("state()").get("running"));
    }

    @Test
    void nanLabScoresEveryFixInMinutesAndOnlyTheRecipeBeatsTheMean() throws Exception {
        open("#lab=nan-explosion", 1280);
        List<?> fixes = (List<?>) labs("state()").get("fixes");
        assertTrue(fixes.contains("all-fixes"), fixes.toString());
        for (Object fix : fixes) {
            labs("applyFix('" + fix + "')");
            Map<String, Object> s = labs("finish()");
            Map<String, Object> before = run(s, 0);
            Map<String, Object> after = run(s, 1);
            assertTrue(((String) before.get("verdict")).startsWith("Not fixed: at step 6"));
            double base = num(after, "baselineMae");
            assertEquals(12.4, base, 0.05, "mean predictor's MAE in minutes");
            assertEquals("min", after.get("unit"));
            String verdict = (String) after.get("verdict");
            double mae = num(after, "testMae");
            if ("all-fixes".equals(fix)) {
                assertTrue(mae < base / 2, "recipe: " + mae);
                assertTrue(verdict.startsWith("Enough: test MAE"), verdict);
            } else {
                assertTrue(mae > base, fix + ": " + mae);
                assertTrue(verdict.startsWith("Finite, but not enough"), fix + ": " + verdict);
            }
            String side = browser.driver.findElements(By.cssSelector(".side")).get(1).getText();
            assertTrue(side.contains(verdict), side);
            assertTrue(side.contains("Test MAE of predicting the mean"), side);
            System.out.println("nan-explosion " + fix + ": test MAE " + mae + " min vs " + base
                    + " | " + verdict);
        }
        screenshot(Path.of("target", "screenshots", "nan-lab-after.png"));
    }

    @Test
    void gdVariantsShowsPerStepLossAndTimesALongerWorkloadByItsMedian() {
        open("#lab=gd-variants", 1280);
        Map<String, Object> s = labs("finish()");
        for (int r = 0; r < 3; r++) {
            assertTrue(num(run(s, r), "testMae") < num(run(s, r), "baselineMae"), "run " + r);
        }
        assertEquals(3L, browser.js("return document.querySelectorAll("
                + "'.side .side-charts canvas').length / 2;"));
        double sgdSteps = ((Number) browser.js("return ScratchNet.LabsPage.engine"
                + ".stepSeries(1).length;")).doubleValue();
        assertTrue(sgdSteps > 100, "stochastic steps drawn: " + sgdSteps);
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) browser.js("return scratchnetLabs.time();");
        assertEquals(-1.0, num(t, "next"));
        for (int r = 0; r < 3; r++) {
            assertEquals(5.0, num(run(t, r), "timed"));
            assertTrue(num(run(t, r), "medianMs") > 50, "a workload long enough to measure");
        }
        String sentence = (String) t.get("sentence");
        assertTrue(sentence.startsWith("Measured in this page: 200 epochs"), sentence);
        assertTrue(sentence.contains("vectorised"), sentence);
        System.out.println("gd-variants timing: " + sentence);
        String shown = browser.driver.findElement(By.id("lab-timing")).getText();
        assertEquals(sentence, shown);
    }

    @Test
    void phoneSummaryKeepsBeforeAndAfterSideBySideNearTheTop() {
        open("#lab=nan-explosion&fix=all-fixes", 360);
        labs("finish()");
        List<?> tops = (List<?>) browser.js("return Array.from(document.querySelectorAll("
                + "'#lab-summary .summary-run')).map(function (e) {"
                + " return Math.round(e.getBoundingClientRect().top); });");
        assertEquals(2, tops.size());
        assertEquals(tops.get(0), tops.get(1), "the summary's columns sit side by side");
        double overflow = ((Number) browser.js(
                "return document.documentElement.scrollWidth - window.innerWidth;")).doubleValue();
        assertFalse(overflow > 0, "sideways scroll: " + overflow);
    }
}
