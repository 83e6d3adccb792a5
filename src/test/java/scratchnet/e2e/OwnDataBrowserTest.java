package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Your own data in the playground (issue 14): a CSV picked with the file input, the column
 * chooser, a malformed and an oversized file, reading in slices with a progress bar and
 * Cancel, the console's loadCsv, the data surviving a reload, a link that needs data this
 * browser lacks, forgetting, and draw mode (add, undo, erase, train, export). Pictures go to
 * target/screenshots/own-data-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnDataBrowserTest {
    private static final Path SITE = Path.of("target/site");
    private Browser browser;
    @TempDir
    Path tmp;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.forBuiltPage("index.html");
        browser.catchErrors();
        browser.driver.manage().window().setSize(new Dimension(1280, 1400));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private String page() {
        return SITE.toAbsolutePath().resolve("index.html").toUri().toString();
    }

    private void open(String hash) {
        browser.driver.get("about:blank");
        browser.open(page() + hash);
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private void openPanel() {
        if (!Boolean.TRUE.equals(js("return document.getElementById('own-data').open;"))) {
            find("#own-data summary").click();
        }
    }

    private Path file(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private void upload(Path p) {
        find("#csv-file").sendKeys(p.toAbsolutePath().toString());
    }

    private String status() {
        return find("#csv-status").getText();
    }

    private void shoot(String name, String css) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name), find(css).getScreenshotAs(OutputType.BYTES));
    }

    static String rings(int n) {
        StringBuilder sb = new StringBuilder("x,y,noise,dist,label\n");
        for (int i = 0; i < n; i++) {
            double a = i * 2.399;
            double r = i % 2 == 0 ? 1 + (i % 7) * 0.1 : 4 + (i % 5) * 0.2;
            double x = Math.round(r * Math.cos(a) * 1000) / 1000.0;
            double y = Math.round(r * Math.sin(a) * 1000) / 1000.0;
            sb.append(x).append(',').append(y).append(',').append(i % 3).append(',')
                    .append(Math.round(Math.sqrt(x * x + y * y) * 1000) / 1000.0).append(',')
                    .append(i % 2 == 0 ? 1 : 0).append('\n');
        }
        return sb.toString();
    }

    @Test
    void uploadChooseColumnsAndTrain() throws Exception {
        open("");
        js("localStorage.clear();");
        openPanel();
        assertTrue(find("#csv-limits").getText().startsWith("At most 4,000,000 bytes, 20,000 rows"
                + " and 50 columns"), find("#csv-limits").getText());
        upload(file("rings.csv", rings(300)));
        waiting().until(d -> find("#csv-chooser").isDisplayed());
        assertEquals(5, browser.driver.findElements(By.cssSelector("#csv-columns tr")).size());
        assertTrue(status().contains("rings.csv: 300 rows, 5 columns"), status());
        // the last column is the default target; choose dist as a number to predict from x, y
        find("#csv-columns tr:nth-child(4) .csv-target").click();
        find("#csv-columns tr:nth-child(3) .csv-feature").click(); // noise off
        find("#csv-columns tr:nth-child(5) .csv-feature").click(); // label on... then off
        find("#csv-columns tr:nth-child(5) .csv-feature").click();
        find("#csv-use").click();
        waiting().until(d -> "csv".equals(js("return scratchnet.config().data;")));
        Map<?, ?> config = (Map<?, ?>) js("return scratchnet.config();");
        assertEquals("mse", config.get("loss"));
        assertTrue(((String) js("return location.hash;")).startsWith("#data=csv&csv="));
        assertTrue(status().contains("300 rows of 2 features to predict dist: a number"
                + " (regression)"), status());
        assertEquals("Your data: rings.csv", find("#data-own").getText());
        assertEquals("x", new org.openqa.selenium.support.ui.Select(find("#axis-x"))
                .getFirstSelectedOption().getText());
        Map<?, ?> state = (Map<?, ?>) js("return scratchnet.step(400);");
        double mae = ((Number) state.get("testMae")).doubleValue();
        double baseline = ((Number) state.get("baselineMae")).doubleValue();
        assertTrue(mae < baseline / 2, mae + " vs baseline " + baseline);
        // the same file as two classes from all four other columns
        find("#csv-columns tr:nth-child(5) .csv-target").click();
        for (int row : new int[] {1, 2, 3, 4}) {
            WebElement box = find("#csv-columns tr:nth-child(" + row + ") .csv-feature");
            if (!box.isSelected()) {
                box.click();
            }
        }
        find("#csv-use").click();
        waiting().until(d -> "bce".equals(((Map<?, ?>) js("return scratchnet.config();"))
                .get("loss")));
        // the data menu goes back and forth between built-in data and yours
        assertEquals("spiral", ((Map<?, ?>) js("return scratchnet.set({data: 'spiral'});"))
                .get("data"));
        new org.openqa.selenium.support.ui.Select(find("#data")).selectByValue("csv");
        waiting().until(d -> "csv".equals(js("return scratchnet.config().data;")));
        assertEquals(List.of(), js("return scratchnet.messages();"));
        state = (Map<?, ?>) js("return scratchnet.step(1500);");
        assertTrue(((Number) state.get("accuracy")).doubleValue() > 0.9, state.toString());
        browser.js("scratchnet.step(1);");
        shoot("own-data-1280.png", "main");
        shoot("own-data-panel-1280.png", "#own-data");
        browser.driver.manage().window().setSize(new Dimension(360, 2400));
        Thread.sleep(400);
        assertTrue(((Number) js("return document.documentElement.scrollWidth;")).intValue()
                <= 360, "no sideways scrolling at 360 px");
        shoot("own-data-360.png", "main");
        browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        assertEquals("", browser.consoleErrors());
        assertEquals(List.of(), js("return window.__caught.errors;"));
    }

    @Test
    void badFilesAreNamedAndChangeNothing() throws Exception {
        open("#data=spiral");
        openPanel();
        upload(file("bad.csv", "a,b,label\n1,2,0\n3,x,1\n"));
        waiting().until(d -> status().contains("Nothing changed"));
        assertEquals("bad.csv: line 3, column 2 (\"b\"): \"x\" is not a number; write plain"
                + " decimals such as 12.5, -3 or 4.2e-3. Nothing changed.", status());
        assertEquals("spiral", js("return scratchnet.config().data;"));
        upload(file("ragged.csv", "a,b,label\n1,2,0\n3,1\n"));
        waiting().until(d -> status().startsWith("ragged.csv"));
        assertTrue(status().contains("Line 3 has 2 values but the header (line 1) has 3"
                + " columns"), status());
        // 20 MB: refused by its size before the browser reads it
        Path big = tmp.resolve("big.csv");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("a,b,label\n");
            for (int i = 0; i < 1_700_000; i++) {
                w.write("1.2345,6.789,1\n");
            }
        }
        assertTrue(Files.size(big) > 20_000_000);
        upload(big);
        waiting().until(d -> status().startsWith("big.csv"));
        assertEquals("big.csv has " + String.format(java.util.Locale.ENGLISH, "%,d",
                Files.size(big)) + " bytes; ScratchNet reads at most 4,000,000. Use a sample of"
                + " the rows. Nothing changed.", status());
        assertEquals("spiral", js("return scratchnet.config().data;"));
        // a file inside the limits reads in slices with a progress bar, and Cancel stops it
        StringBuilder sb = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 19_000; i++) {
            sb.append(i % 97).append(".5,").append(i % 13).append(',').append(i % 2).append('\n');
        }
        js("window.__progress = [];"
                + "window.__watch = setInterval(function () {"
                + "  var v = document.getElementById('csv-progress').value;"
                + "  if (!document.getElementById('csv-progress-box').hidden && v > 0 && v < 1) {"
                + "    __progress.push(v);"
                + "    if (__progress.length === 2) { document.getElementById('csv-cancel').click();"
                + "      clearInterval(__watch); } } }, 1);");
        upload(file("slices.csv", sb.toString()));
        waiting().until(d -> status().startsWith("Reading cancelled")
                || find("#csv-chooser").isDisplayed());
        assertEquals("Reading cancelled; nothing changed.", status());
        assertTrue(((List<?>) js("return __progress;")).size() >= 2);
        assertEquals("spiral", js("return scratchnet.config().data;"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void consoleLoadCsvSurvivesAReloadAndCanBeForgotten() {
        open("");
        js("localStorage.clear();");
        List<?> messages = (List<?>) js("return scratchnet.loadCsv(arguments[0],"
                + " {target: 'label', features: ['x', 'y'], task: 'binary', name: 'mine'});",
                rings(200));
        assertEquals(List.of("200 rows of 2 features to predict label: two classes (0 and 1)"
                + " (detected from the target column)."), messages);
        String hash = (String) js("return location.hash;");
        assertTrue(hash.startsWith("#data=csv&csv="), hash);
        List<?> bad = (List<?>) js("return scratchnet.loadCsv('a,y\\n1,0\\n2,5\\n',"
                + " {task: 'binary'});");
        assertEquals(List.of("line 3, column 2 (\"y\"): the label 5 is not 0 or 1; two-class"
                + " data needs 0/1 labels (or choose regression)."), bad);
        assertEquals(hash, js("return location.hash;"));
        // reload: the data comes back from this browser's storage and the link finds it
        browser.driver.navigate().refresh();
        browser.open(page() + hash);
        assertEquals(hash, js("return location.hash;"));
        assertEquals("csv", js("return scratchnet.config().data;"));
        assertEquals(List.of(), js("return scratchnet.messages();"));
        // without the kept data, the link says what it needs instead of using other data
        js("localStorage.clear();");
        browser.driver.navigate().refresh();
        browser.open(page() + hash);
        String said = String.valueOf(((List<?>) js("return scratchnet.messages();")).get(0));
        assertTrue(said.startsWith("This link trains on someone's own data (csv="
                + hash.substring(hash.indexOf("csv=") + 4, hash.indexOf("csv=") + 20)
                + "), which this browser does not have"), said);
        assertEquals("circle", js("return scratchnet.config().data;"));
        // edge cases through the browser's engine: BOM, CRLF, quotes, blank lines, hard numbers;
        // the page's export reads back on the JVM to the very same doubles
        String hard = "\uFEFF\"a, first\",b,label\r\n\"0.1\",2.2250738585072011e-308,0\r\n\r\n"
                + "9007199254740993,5e-324,1\r\n0.30000000000000004, 1e150 ,0\r\n"
                + "123456789012345678901234567890,-4.35,1\r\n\r\n";
        List<?> read = (List<?>) js("return scratchnet.loadCsv(arguments[0]);", hard);
        assertTrue(String.valueOf(read.get(0)).startsWith("4 rows of 2 features to predict label"),
                read.toString());
        String exported = (String) js("return scratchnet.export('csv');");
        scratchnet.format.CsvTable jvm = scratchnet.format.CsvTable.begin(hard, 4_000_000, 20_000,
                50);
        jvm.parse(100);
        scratchnet.data.Dataset back = scratchnet.format.DatasetCsv.read(exported);
        assertEquals(4, back.rows());
        assertEquals("a; first", back.featureName(0));
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(Double.doubleToRawLongBits(jvm.value(r, c)),
                        Double.doubleToRawLongBits(back.feature(r, c)), exported);
            }
            assertEquals(jvm.value(r, 2), back.target(r));
        }
        List<?> huge = (List<?>) js("return scratchnet.loadCsv('a,y\\n1,0\\n1e400,1\\n');");
        assertEquals(List.of("line 3, column 1 (\"a\"): \"1e400\" is too large for a double;"
                + " rescale the column."), huge);
        // load again, then forget
        js("scratchnet.loadCsv(arguments[0], {name: 'again'});", rings(50));
        assertTrue(((String) js("return localStorage.getItem('scratchnet.ownData');"))
                .contains("again"));
        openPanel();
        find("#csv-forget").click();
        assertEquals("circle", js("return scratchnet.config().data;"));
        assertEquals(null, js("return localStorage.getItem('scratchnet.ownData');"));
        assertFalse(find("#data-own").isEnabled());
    }

    @Test
    void drawModeMakesADatasetThatExportsAsCsv() throws Exception {
        open("");
        js("localStorage.clear();");
        openPanel();
        find("#draw-open").click();
        WebElement pad = find("#draw-pad");
        int w = pad.getSize().getWidth();
        Actions act = new Actions(browser.driver);
        // class 0 on the left half, class 1 on the right: offsets from the centre
        int[][] left = {{-100, -60}, {-80, 40}, {-120, 10}, {-60, 90}, {-90, -100}};
        for (int[] p : left) {
            act.moveToElement(pad, p[0] * w / 300, p[1] * w / 300).click().perform();
        }
        new org.openqa.selenium.support.ui.Select(find("#draw-class")).selectByValue("1");
        int[][] right = {{100, -60}, {80, 40}, {120, 10}, {60, 90}, {90, -100}, {40, 0}};
        for (int[] p : right) {
            act.moveToElement(pad, p[0] * w / 300, p[1] * w / 300).click().perform();
        }
        assertEquals("11 points.", find("#draw-status").getText());
        find("#draw-undo").click();
        assertEquals("10 points.", find("#draw-status").getText());
        find("#draw-erase").click();
        act.moveToElement(pad, 100 * w / 300, -60 * w / 300).click().perform();
        assertEquals("9 points.", find("#draw-status").getText());
        find("#draw-erase").click();
        // the keyboard's way: type a point
        find("#draw-x1").clear();
        find("#draw-x1").sendKeys("4.5");
        find("#draw-x2").clear();
        find("#draw-x2").sendKeys("-1");
        find("#draw-add").click();
        assertEquals("10 points.", find("#draw-status").getText());
        shoot("own-data-draw-1280.png", "#own-data");
        find("#draw-use").click();
        waiting().until(d -> "csv".equals(js("return scratchnet.config().data;")));
        String csv = (String) js("return scratchnet.export('csv');");
        String[] lines = csv.split("\n");
        assertEquals("x1,x2,label", lines[0]);
        assertEquals(11, lines.length, csv);
        assertTrue(csv.contains("4.5,-1,1\n"), csv); // the shortest decimals
        Map<?, ?> state = (Map<?, ?>) js("return scratchnet.step(300);");
        assertEquals(1.0, ((Number) state.get("accuracy")).doubleValue(), state.toString());
        // values for regression
        new org.openqa.selenium.support.ui.Select(find("#draw-kind")).selectByValue("values");
        find("#draw-value").clear();
        find("#draw-value").sendKeys("2.5");
        act.moveToElement(pad, 0, 0).click().perform();
        find("#draw-value").clear();
        find("#draw-value").sendKeys("-1");
        act.moveToElement(pad, 50 * w / 300, 50 * w / 300).click().perform();
        find("#draw-use").click();
        waiting().until(d -> "mse".equals(((Map<?, ?>) js("return scratchnet.config();"))
                .get("loss")));
        assertTrue(((String) js("return scratchnet.export('csv');")).startsWith("x1,x2,value\n"));
        browser.driver.manage().window().setSize(new Dimension(360, 1400));
        js("window.scrollTo(0, 0);");
        Thread.sleep(300);
        assertTrue(((Number) js("return document.documentElement.scrollWidth;")).intValue()
                <= 360, "no sideways scrolling at 360 px");
        shoot("own-data-draw-360.png", "#own-data");
        browser.driver.manage().window().setSize(new Dimension(1280, 1400));
        assertEquals("", browser.consoleErrors());
        assertEquals(List.of(), js("return window.__caught.errors;"));
        assertEquals(List.of(), js("return window.__caught.csp;"));
    }
}
