package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import scratchnet.cli.StaticServer;

/**
 * The playground's Learn panel on the live run: the neuron calculator's arithmetic, the step
 * walk-through against a real step, the gradient check, the activation explorer, shapes,
 * exports and model import, keyboard use, and the panel at 360 px. Pictures of each view go
 * to target/screenshots/learn-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnModeBrowserTest {
    private static final Path SITE = Path.of("target/site");
    private Browser browser;
    private StaticServer server;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.forBuiltPage("index.html");
        server = StaticServer.start(SITE, 0);
        browser.driver.manage().window().setSize(new Dimension(1280, 1700)); // whole panel in view
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

    private void open(String where, String hash) {
        browser.driver.get("about:blank");
        String base = where.equals("file") ? SITE.toAbsolutePath().resolve("index.html").toUri()
                .toString() : server.url() + "index.html";
        browser.open(base + hash);
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    private void tab(String view) {
        find("[data-tab='" + view + "']").click();
    }

    private void shoot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name), find("#learn").getScreenshotAs(OutputType.BYTES));
    }

    private void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void theNeuronCalculatorOpensOnTheTutorialsExampleWithZ13Point54(String where)
            throws IOException {
        browser.consoleErrors();
        open(where, "#learn=neuron");
        assertEquals("wasm", browser.js("return scratchnet.state().backend;"));
        assertFalse(find("#learn").getAttribute("hidden") != null, "the link opened the panel");
        String sum = find(".neuron-sum").getText();
        assertTrue(sum.endsWith("= 3.64 + 1.6 + 8.8 − 0.5 = 13.54"), sum);
        assertTrue(find(".neuron-note").isDisplayed());
        assertTrue(find(".neuron-note").getText().contains("13.74"));
        assertEquals("a = relu(z) = 13.54", find(".neuron-out").getText());
        if (where.equals("file")) {
            shoot("learn-neuron.png");
        }
        WebElement w0 = browser.driver.findElements(By.cssSelector(".neuron-w")).get(0);
        type(w0, "abc");
        assertTrue(find(".neuron-error").getText().contains("w0"), find(".neuron-error").getText());
        assertTrue(find(".neuron-sum").getText().endsWith("13.54"), "last result kept");
        type(w0, "1");
        assertTrue(find(".neuron-sum").getText().endsWith("= 5.2 + 1.6 + 8.8 − 0.5 = 15.1"),
                find(".neuron-sum").getText());
        assertFalse(find(".neuron-note").isDisplayed());
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void clickingANeuronInTheDiagramOpensItWithOneRealRow() {
        open("file", "#layers=4,2&act=tanh");
        browser.js("scratchnet.step(20);");
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) browser.js(
                "var n = ScratchNet.Playground.widgets.diagram.layout.columns[2][1];"
                        + "return {x: n.x + n.s / 2, y: n.y + n.s / 2};");
        WebElement diagram = find("#diagram");
        double w = diagram.getSize().getWidth();
        double h = diagram.getSize().getHeight();
        new Actions(browser.driver).moveToElement(diagram,
                (int) (((Number) node.get("x")).doubleValue() - w / 2),
                (int) (((Number) node.get("y")).doubleValue() - h / 2)).click().perform();
        assertTrue(find("#tooltip").getText().contains("Click again to work it out"),
                find("#tooltip").getText());
        assertTrue(find("#learn").getAttribute("hidden") != null, "one click shows the numbers");
        new Actions(browser.driver).click().perform();
        assertTrue(find(".neuron-from").isDisplayed());
        String from = find(".neuron-from").getText();
        assertTrue(from.startsWith("Unit 1 of layer 2"), from);
        assertEquals(4L, browser.js("return document.querySelectorAll('.neuron-x').length;"));
        assertEquals("tanh", browser.js("return document.querySelector('.neuron-act').value;"));
        @SuppressWarnings("unchecked")
        Map<String, Object> real = (Map<String, Object>) browser.js(
                "return ScratchNet.Playground.engine.neuronAt(1, 1, 0);");
        assertTrue(from.contains("a = " + browser.js("return ScratchNet.LearnMatrix.text("
                + real.get("a") + ");")), from);
        diagram.sendKeys(Keys.ARROW_RIGHT, Keys.ENTER); // link 0 → 0 into layer 1: its unit
        assertTrue(find(".neuron-from").getText().startsWith("Unit 0 of layer 1"),
                find(".neuron-from").getText());
        assertEquals("tab-neuron", browser.js("return document.activeElement.id;"),
                "Enter moves the focus into the panel");
    }

    /** Under batch norm the opened unit says how the network gets from z to its own a. */
    @Test
    void aNeuronUnderBatchNormShowsTheNormalisationStepWithItsNumbers() {
        open("file", "#layers=3,2&act=tanh&bn=1");
        browser.js("scratchnet.step(40); ScratchNet.Playground.widgets.learn.openUnit(1, 1, true);");
        String from = find(".neuron-from").getText();
        @SuppressWarnings("unchecked")
        Map<String, Object> real = (Map<String, Object>) browser.js(
                "return ScratchNet.Playground.engine.neuronAt(1, 1, 0);");
        @SuppressWarnings("unchecked")
        Map<String, Object> bn = (Map<String, Object>) real.get("batchNorm");
        assertTrue(from.contains("This layer has batch norm"), from);
        for (String key : new String[] {"gamma", "z", "variance", "y", "normalized"}) {
            assertTrue(from.contains((String) browser.js("return ScratchNet.LearnMatrix.text("
                    + bn.get(key) + ");")), key + " in: " + from);
        }
        assertTrue(from.contains("a = tanh(y)") && from.contains("shows tanh(z), without that step"),
                from);
        assertEquals("", browser.consoleErrors());
    }

    /** The walk-through writes batch norm out: its stages, their links, γ′ and β′ checked. */
    @Test
    void theStepWalkThroughWritesOutBatchNormAndTakingItMatchesEveryParameter() {
        open("file", "#layers=3,2&act=tanh&bn=1&batch=4");
        browser.js("scratchnet.step(5);");
        find("#learn-open").click();
        tab("step");
        assertTrue(find(".step-head").getText().contains("This network has batch norm: each "
                + "hidden layer has three more stages"), find(".step-head").getText());
        assertEquals("Stage 1 of 29", find(".step-count").getText(),
                "19 stages without batch norm, and 5 more for each of its two layers");
        WebElement next = find(".step-next");
        next.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertEquals("Ẑ1 = (Z1 − μ1) / √(σ²1 + ε), ε = 0.00001",
                find(".step-formula").getText());
        browser.js("arguments[0].focus();",
                find(".matrix[data-m='Zh1'] td[data-r='1'][data-c='2']"));
        assertEquals(List.of("Z1", "mu1", "var1", "Zh1"), browser.js("return Array.from("
                + "document.querySelectorAll('.step-mats .lit'), function (td) {"
                + " return td.closest('.matrix').getAttribute('data-m'); });"),
                "Ẑ1[1,2] comes from Z1[1,2], μ1[2] and σ²1[2]");
        @SuppressWarnings("unchecked")
        Map<String, Object> bn = (Map<String, Object>) browser.js(
                "return scratchnet.explain().layers[0].bn;");
        double z = ((Number) browser.js("return scratchnet.explain().layers[0].Z[1][2];"))
                .doubleValue();
        double mu = ((Number) ((List<?>) bn.get("mean")).get(2)).doubleValue();
        double var = ((Number) ((List<?>) bn.get("variance")).get(2)).doubleValue();
        assertEquals((z - mu) * (1 / Math.sqrt(var + 1e-5)), Double.parseDouble(find(
                ".matrix[data-m='Zh1'] td[data-r='1'][data-c='2']").getAttribute("data-v")),
                "the page's Ẑ is the engine's, and follows from its Z, μ and σ²");
        next.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertEquals("A1 = tanh(Z̃1)", find(".step-formula").getText());
        find(".step-take").click();
        assertEquals("Took step 6: 30 of 30 weights, biases, γ and β now equal W′, b′, γ′ and β′ "
                + "exactly (bit for bit).", find(".step-check").getText());
        assertEquals("", browser.consoleErrors());
    }

    /** Softmax cross-entropy's targets are class indices: the output gradient one-hot codes them. */
    @Test
    void aSoftmaxOutputsGradientSubtractsTheOneHotClasses() {
        open("file", "#data=digits");
        @SuppressWarnings("unchecked")
        List<String> formulas = (List<String>) browser.js("scratchnet.step(3);"
                + " return ScratchNet.LearnStages.build(scratchnet.explain(4),"
                + " ScratchNet.Playground.config).map(function (s) { return s.formula; });");
        assertTrue(formulas.contains("dZ2 = (A2 − one-hot(Y)) / 32"), formulas.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) browser.js("return scratchnet.explain(4);");
        List<?> top = (List<?>) t.get("layers");
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) top.get(top.size() - 1);
        List<?> a = (List<?>) ((List<?>) out.get("A")).get(0);
        List<?> dz = (List<?>) ((List<?>) out.get("dZ")).get(0);
        int y = ((Number) ((List<?>) ((List<?>) t.get("Y")).get(0)).get(0)).intValue();
        for (int j = 0; j < 10; j++) {
            assertEquals((((Number) a.get(j)).doubleValue() - (j == y ? 1 : 0)) / 32,
                    ((Number) dz.get(j)).doubleValue(), 1e-17, "dZ[0," + j + "]");
        }
    }

    /** With dropout the next layer reads D = A ⊙ M, and the walk-through shows that stage. */
    @Test
    void theStepWalkThroughWritesOutDropoutAndItsMask() {
        open("file", "#layers=3,2&act=tanh&dropout=0.3&batch=4");
        browser.js("scratchnet.step(5);");
        find("#learn-open").click();
        tab("step");
        assertEquals("Stage 1 of 23", find(".step-count").getText(),
                "19 stages without dropout, and 2 more for each of its two hidden layers");
        find(".step-next").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertEquals("D1 = A1 ⊙ M1, M1 = 0 (probability 0.3) or 1/(1 − 0.3) = 1.42857",
                find(".step-formula").getText());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 3; c++) {
                String cell = "td[data-r='" + r + "'][data-c='" + c + "']";
                double a = Double.parseDouble(find(".matrix[data-m='A1'] " + cell)
                        .getAttribute("data-v"));
                double m = Double.parseDouble(find(".matrix[data-m='M1'] " + cell)
                        .getAttribute("data-v"));
                assertEquals(a * m, Double.parseDouble(find(".matrix[data-m='D1'] " + cell)
                        .getAttribute("data-v")), 0, "D1 = A1 ⊙ M1 at " + r + "," + c);
                assertTrue(m == 0 || m == 1 / 0.7, "the mask holds 0 or 1/(1 − p): " + m);
            }
        }
        find(".step-next").sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Z2 = D1·W2 + b2", find(".step-formula").getText());
        find(".step-take").click();
        assertEquals("Took step 6: 20 of 20 weights and biases now equal W′ and b′ exactly (bit "
                + "for bit).", find(".step-check").getText());
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theStepWalkThroughShowsTheNumbersOfTheRealStepAndWorksByKeyboard() throws IOException {
        open("file", "#layers=3,2&act=tanh&batch=4&lr=0.1");
        browser.js("scratchnet.step(5);");
        find("#learn-open").click();
        tab("step");
        assertTrue(find(".step-count").getText().startsWith("Stage 1 of "));
        long stages = Long.parseLong(find(".step-count").getText().replaceAll(".* of ", ""));
        WebElement next = find(".step-next");
        next.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Stage 2 of " + stages, find(".step-count").getText());
        assertEquals("Z1 = X·W1 + b1", find(".step-formula").getText());
        assertEquals(5L, ((Number) browser.js("return scratchnet.state().step;")).longValue(),
                "the arrow walked the stages; it did not train");
        WebElement z = find(".matrix[data-m='Z1'] td[data-r='1'][data-c='2']");
        z.sendKeys(Keys.TAB, Keys.SHIFT); // focus lands somewhere in the tables
        browser.js("arguments[0].focus();", z);
        assertEquals(1L + 2 + 1 + 1 + 1, browser.js(
                "return document.querySelectorAll('.step-mats .lit').length;"),
                "row 1 of X (2), column 2 of W1 (2), b1[2], and Z1[1,2] itself");
        shoot("learn-step.png");
        browser.js("document.querySelector('.step-next').focus();");
        for (int i = 0; i < stages; i++) {
            // At the last stage "Next" is disabled and the focus moves to "Previous".
            browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals("Stage " + stages + " of " + stages, find(".step-count").getText());
        assertTrue(find(".step-formula").getText().startsWith("W3 ← W3 − 0.1·dW3"),
                find(".step-formula").getText());
        for (int i = 0; i < 2; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        }
        assertEquals("Layer 1: the update", find(".step-title").getText());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll(\".matrix[data-m='W1after'] td\"), "
                + "function (td) { return td.getAttribute('data-v'); });");
        assertEquals(6, shown.size(), "W1 is 2 × 3");
        find(".step-take").click();
        assertEquals(6L, ((Number) browser.js("return scratchnet.state().step;")).longValue());
        @SuppressWarnings("unchecked")
        List<String> after = (List<String>) browser.js("var w = ScratchNet.Playground.engine"
                + ".weights(); var out = []; for (var i = 0; i < 6; i++) { out.push(String(w[i])); }"
                + " return out;");
        assertEquals(shown, after);
        String check = find(".step-check").getText();
        assertTrue(check.contains(" 20 of 20 weights and biases now equal"), check);
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theGradientCheckPassesOnTanhAndExplainsReluKinks() throws IOException {
        open("file", "#layers=4,2&act=tanh");
        browser.js("scratchnet.step(50);");
        double worst = ((Number) browser.js("return scratchnet.gradCheck(0, 1e-5).maxRelError;"))
                .doubleValue();
        assertTrue(worst < 1e-6, "max relative error " + worst);
        find("#learn-open").click();
        tab("check");
        find(".check-run").click();
        String summary = find(".check-summary").getText();
        assertTrue(summary.startsWith("Pass: the largest relative error in layer 1"), summary);
        assertEquals(12, browser.driver.findElements(By.cssSelector(".check-rows tr")).size());
        assertEquals("W1[0,0]", find(".check-rows tr th").getText());
        shoot("learn-check.png");
        type(find(".check-eps"), "-3");
        find(".check-run").click();
        assertTrue(find(".check-error").getText().startsWith("ε must be a number above 0"));
        assertEquals(12, browser.driver.findElements(By.cssSelector(".check-rows tr")).size(),
                "the last check is kept");
        browser.js("scratchnet.set({act: 'relu'});");
        tab("check");
        type(find(".check-eps"), "0.1");
        find(".check-run").click();
        assertTrue(find(".check-kink").isDisplayed(), "±0.1 moves some z across ReLU's corner");
        assertTrue(find(".check-kink").getText().contains("left derivative, 0 at z = 0"));
        assertTrue(find(".check-rows").getText().contains("(kink)"));
        // a check too long for a click (the engine's limit) is left to the console
        open("file", "#data=delivery&layers=64,64,64,64,64,64");
        find("#learn-open").click();
        tab("check");
        browser.js("var s = document.querySelector('.check-layer'); s.value = '1';");
        find(".check-run").click();
        String refused = find(".check-error").getText();
        assertTrue(refused.startsWith("This layer has 4160 parameters; checking each one takes "
                + "two passes over the training set, about ") && refused.contains(
                " billion multiply-adds in all, too long for one click. scratchnet.gradCheck(1, "),
                refused);
        assertEquals(0, browser.driver.findElements(By.cssSelector(".check-rows tr")).size(),
                "nothing ran");
    }

    @Test
    void theActivationExplorerPlotsTheEnginesNumbersAndTheLabsLinkToIt() throws IOException {
        open("file", "#learn=activations");
        assertTrue(find("[data-view='activations']").isDisplayed());
        assertTrue(find(".act-formula").getText().contains("at most 0.25"));
        String check = find(".act-check").getText();
        assertTrue(check.contains("(agree)"), check);
        shoot("learn-activations.png");
        browser.js("var s = document.querySelector('.act-name'); s.value = 'relu';"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        type(find(".act-at"), "0");
        check = find(".act-check").getText();
        assertTrue(check.contains("f′(z) = 0 ") && check.contains(": 0.5;"), check);
        type(find(".act-lo"), "7");
        assertTrue(find(".act-error").getText().startsWith("The range must go"));
        String labs = Files.readString(SITE.resolve("labs.html"));
        assertEquals(2, labs.split("index.html#learn=activations", -1).length - 1);
    }

    @Test
    void exportsDownloadAndAnExportedModelLoadsBackExactly(@TempDir Path dir) throws Exception {
        open("file", "#layers=4,2&act=tanh");
        browser.js("scratchnet.step(40);");
        String numpy = (String) browser.js("return scratchnet.export('numpy');");
        assertTrue(numpy.startsWith("#!") || numpy.startsWith("\"\"\""), numpy.substring(0, 40));
        String w00 = String.valueOf(browser.js("return ScratchNet.Playground.engine.weights()[0];"));
        assertTrue(numpy.contains(w00), "the script holds W1[0,0] = " + w00);
        String json = (String) browser.js("return scratchnet.export('json');");
        String bits = (String) browser.js("return ScratchNet.Playground.engine.parameterBits();");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior",
                "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        find("#learn-open").click();
        tab("takeaway");
        find("[data-export='numpy']").click();
        Path script = downloads.resolve("scratchnet-circle-2-4-2-1-numpy.py");
        waiting().until(d -> Files.isRegularFile(script));
        waiting().until(d -> {
            try {
                return Files.readString(script).equals(numpy);
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(find(".take-status").getText().matches("Saved scratchnet-circle-2-4-2-1-numpy"
                + "\\.py \\(\\d+ characters\\)\\."), find(".take-status").getText());
        find("[data-png='heatmap']").click();
        waiting().until(d -> find(".take-status").getText().endsWith(".png (" + find("#heatmap")
                .getAttribute("width") + " × " + find("#heatmap").getAttribute("height")
                + " pixels)."));
        Path png = downloads.resolve("scratchnet-circle-2-4-2-1-heatmap.png");
        waiting().until(d -> Files.isRegularFile(png));
        waiting().until(d -> {
            try {
                byte[] b = Files.readAllBytes(png);
                return b.length > 8 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            } catch (IOException e) {
                return false;
            }
        });
        browser.js("scratchnet.set({layers: [3], act: 'relu'});");
        assertNotEquals(bits, browser.js("return ScratchNet.Playground.engine.parameterBits();"));
        Path model = Files.writeString(dir.resolve("model.json"), json);
        tab("takeaway");
        find(".take-file").sendKeys(model.toAbsolutePath().toString());
        try {
            waiting().until(d -> find(".take-status").getText().startsWith("Loaded a 2-4-2-1"));
        } catch (RuntimeException e) {
            throw new AssertionError("status: " + find(".take-status").getText() + "; console: "
                    + browser.consoleErrors(), e);
        }
        assertEquals(bits, browser.js("return ScratchNet.Playground.engine.parameterBits();"));
        assertEquals(List.of(4L, 2L), browser.js("return scratchnet.config().layers;"));
        shoot("learn-takeaway.png");
        Path wrong = Files.writeString(dir.resolve("wrong.json"), json.replace(
                "\"inputs\": 2", "\"inputs\": 3"));
        find(".take-file").sendKeys(wrong.toAbsolutePath().toString());
        waiting().until(d -> find(".take-status").getText().startsWith("This model cannot"));
        assertEquals(bits, browser.js("return ScratchNet.Playground.engine.parameterBits();"),
                "a rejected model changes nothing");
        tab("shapes");
        assertTrue(find(".shape-total").getText().startsWith("This 2-4-2-1 network has 25 "
                + "parameters"), find(".shape-total").getText());
        shoot("learn-shapes.png");
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void thePanelFitsA360PixelPhone() throws IOException {
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        try {
            open("file", "#data=delivery&layers=8,4");
            browser.js("scratchnet.step(3);");
            find("#learn-open").click();
            for (String view : List.of("neuron", "step", "check", "activations", "shapes",
                    "takeaway")) {
                tab(view);
                if (view.equals("check")) {
                    find(".check-run").click();
                }
                long width = ((Number) browser.js(
                        "return document.documentElement.scrollWidth;")).longValue();
                assertTrue(width <= 360, view + ": the page is " + width + " px wide");
                if (view.equals("step")) {
                    shoot("learn-phone.png");
                }
            }
            tab("shapes");
            assertTrue(find(".shape-total").getText().contains("has 81 parameters"),
                    find(".shape-total").getText());
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1700));
        }
    }
}
