package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deque's axe-core scans every page in headless Chromium for WCAG 2.1 A and AA violations:
 * the playground (default, the delivery table, four blobs, a diverged run), every lab of the
 * labs page (paused at the start and finished) and the benchmark page, each at 1280 px and on
 * a 360 px phone. Zero violations allowed; a failure lists each rule with the elements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
    private static final Path SITE = Path.of("target/site");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int[] WIDTHS = {1280, 360};
    private static final String[] LABS = {"dying-relu", "nan-explosion", "vanishing-gradients",
        "overfitting", "tiny-learning-rate", "gd-variants"};
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.forBuiltPage("index.html");
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String page, String hash) {
        return SITE.toAbsolutePath().resolve(page).toUri() + hash;
    }

    private void load(int width, String page, String hash, String ready) {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        browser.driver.get("about:blank");
        browser.driver.get(url(page, hash));
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                browser.js("return !!(" + ready + ");")));
    }

    /** Scans the page as it is; returns one line per violation, "" if none. */
    private String scan(String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
        List<String> out = new ArrayList<>();
        System.out.println("axe " + what + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated");
        for (Rule rule : results.getViolations()) {
            out.add(what + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getHelp() + " at " + rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        return String.join("\n", out);
    }

    private static void none(List<String> found) {
        String all = found.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
        assertEquals("", all, "WCAG 2.1 A/AA violations");
    }

    @Test
    void playgroundStatesHaveNoViolations() {
        String ready = "window.ScratchNet && ScratchNet.Playground && ScratchNet.Playground.ready";
        List<String> found = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String hash : new String[] {"", "#data=delivery", "#data=blobs&k=4",
                "#data=xor&hide=opt,play&lock=lr,layers&prompt=A%20lesson"}) {
                load(width, "index.html", hash, ready);
                browser.js("scratchnet.step(50);");
                found.add(scan(width + " px index.html" + hash));
            }
            // rewound and replayed with another rate, the optimizer-internals panel open
            load(width, "index.html", "#opt=adam", ready);
            browser.js("scratchnet.step(300); scratchnet.rewind(100); scratchnet.set({lr: 0.1});"
                    + "document.getElementById('internals').open = true; scratchnet.step(100);");
            found.add(scan(width + " px index.html, a replay and the internals panel"));
            load(width, "index.html", "#init=too-large&lr=10&act=relu", ready);
            browser.js("scratchnet.step(200);");
            found.add(scan(width + " px index.html, a diverged run"));
            // the Labs menu and the shortcuts dialog open
            browser.js("document.getElementById('labs-menu').open = true;");
            found.add(scan(width + " px index.html, Labs menu open"));
            // your own data loaded, its panel with the column chooser and draw mode open
            load(width, "index.html", "", ready);
            browser.js("scratchnet.loadCsv('x,y,label\\n1,2,0\\n2,1,1\\n3,3,0\\n4,1,1\\n',"
                    + " {name: 'a.csv'}); document.getElementById('own-data').open = true;"
                    + " document.getElementById('draw-open').click();");
            found.add(scan(width + " px index.html, your own data and draw mode open"));
        }
        none(found);
    }

    @Test
    void everyLabHasNoViolationsPausedAndFinished() {
        String ready = "window.ScratchNet && ScratchNet.LabsPage && ScratchNet.LabsPage.ready";
        List<String> found = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String lab : LABS) {
                load(width, "labs.html", "#lab=" + lab, ready);
                found.add(scan(width + " px lab " + lab + ", paused"));
                browser.js("scratchnetLabs.finish();");
                found.add(scan(width + " px lab " + lab + ", finished"));
            }
        }
        none(found);
    }

    @Test
    void benchPageHasNoViolations() {
        List<String> found = new ArrayList<>();
        for (int width : WIDTHS) {
            load(width, "bench.html", "", "document.readyState === 'complete'");
            found.add(scan(width + " px bench.html"));
        }
        none(found);
    }
}
