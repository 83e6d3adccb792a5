package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scratchnet.app.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17's vocabulary on the page: the new activations in both menus and the explorer, one
 * activation menu per hidden layer, Huber loss for regression, and the learning-rate schedule
 * with its fields and the rate of the next step.
 */
class VocabularyBrowserTest extends PageTest {
    VocabularyBrowserTest() {
        super("index.html");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() {
        return (Map<String, Object>) browser.js("return scratchnet.config();");
    }

    private String location() {
        return (String) browser.js("return location.hash;");
    }

    private WebElement layerMenu(int l) {
        return browser.driver.findElement(By.cssSelector("select[data-layer-act='" + l + "']"));
    }

    /**
     * The new functions train to the same bits in the browser as on the JVM: every activation
     * in one network, Huber loss, and a schedule with warm-up changing the rate each step.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void newFunctionsAndSchedulesGiveBitIdenticalWeightsOnJvmAndInTheBrowser(String backend) {
        for (String hash : List.of(
                "#data=multigauss&loss=huber&layers=6,5,4,3&act=elu&acts=elu,gelu,silu,softplus"
                        + "&lr=0.1&sched=cosine&period=60&floor=0.001&warmup=7&batch=8",
                "#data=spiral&layers=8,6&act=gelu&acts=gelu,silu&out=tanh&loss=mse&opt=adam"
                        + "&lr=0.01&sched=step&gamma=0.7&period=9",
                "#data=xor&layers=5&act=softplus&opt=momentum&sched=exponential&gamma=0.98")) {
            Session jvm = new Session();
            assertEquals("[]", jvm.load(hash).toString());
            jvm.reset(7);
            jvm.step(100);
            jvm.refresh();
            browser.driver.get("about:blank");
            browser.open(SITE.toAbsolutePath().resolve("index.html").toUri() + "?backend="
                    + backend);
            assertEquals(backend, browser.js("return ScratchNet.Playground.backend;"));
            Object bits = browser.js("var e = ScratchNet.Playground.engine; e.load(arguments[0]);"
                    + " e.reset(7); e.step(100); e.refresh(true); return e.parameterBits();",
                    hash);
            assertEquals(jvm.parameterBits(), bits, backend + " " + hash);
        }
    }

    @Test
    void everyHiddenLayerHasItsOwnActivationMenu() {
        open("#layers=4,3&act=tanh");
        assertEquals("tanh", new Select(layerMenu(0)).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("Activation of layer 2", layerMenu(1).getAttribute("aria-label"));
        new Select(layerMenu(1)).selectByValue("gelu");
        assertEquals(List.of("tanh", "gelu"), config().get("acts"));
        assertTrue(location().contains("&act=tanh&acts=tanh,gelu&"), location());
        assertEquals("gelu", new Select(layerMenu(1)).getFirstSelectedOption()
                .getAttribute("value"), "the menu shows the engine's choice after the rebuild");
        browser.driver.findElement(By.id("add-layer")).click();
        assertEquals(List.of("tanh", "gelu", "gelu"), config().get("acts"));
        new Select(browser.driver.findElement(By.cssSelector("select[data-key='act']")))
                .selectByValue("softplus");
        assertFalse(location().contains("acts="), location());
        assertEquals("softplus", new Select(layerMenu(2)).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void theNewActivationsAreInTheMenusAndTheExplorer() {
        open("#learn=activations");
        for (String name : List.of("elu", "gelu", "silu", "softplus")) {
            assertEquals(1L, browser.js("return document.querySelectorAll("
                    + "'select[data-key=act] option[value=" + name + "]').length;"), name);
            assertEquals(1L, browser.js("return document.querySelectorAll("
                    + "'.act-name option[value=" + name + "]').length;"), name);
        }
        new Select(browser.driver.findElement(By.cssSelector(".act-name"))).selectByValue("gelu");
        String formula = browser.driver.findElement(By.cssSelector(".act-formula")).getText();
        assertTrue(formula.contains("tanh form"), formula);
        String check = browser.driver.findElement(By.cssSelector(".act-check")).getText();
        assertTrue(check.contains("(agree)"), check);
    }

    @Test
    void huberIsOfferedForRegressionOnly() {
        open("#data=plane");
        new Select(browser.driver.findElement(By.cssSelector("select[data-key='loss']")))
                .selectByValue("huber");
        assertEquals("huber", config().get("loss"));
        open("#data=circle");
        assertEquals("true", browser.driver.findElement(By.cssSelector(
                "select[data-key='loss'] option[value='huber']")).getAttribute("disabled"));
    }

    @Test
    void aScheduleShowsItsFieldsAndTheRateOfTheNextStep() {
        open("#lr=0.1");
        WebElement gamma = browser.driver.findElement(By.cssSelector("[data-param='gamma']"));
        assertFalse(gamma.isDisplayed(), "a constant rate has no factor");
        assertEquals("", browser.driver.findElement(By.cssSelector(".rate-now")).getText());
        new Select(browser.driver.findElement(By.cssSelector("select[data-key='sched']")))
                .selectByValue("step");
        assertEquals("step", config().get("sched"));
        assertTrue(gamma.isDisplayed());
        assertFalse(browser.driver.findElement(By.cssSelector("[data-param='floor']"))
                .isDisplayed());
        WebElement period = browser.driver.findElement(By.cssSelector("[data-key='period']"));
        period.clear();
        period.sendKeys("4", Keys.TAB);
        assertTrue(location().contains("&sched=step&gamma=0.5&period=4&"), location());
        browser.js("scratchnet.step(9);");
        Map<?, ?> state = (Map<?, ?>) browser.js("return ScratchNet.Playground.engine.stats();");
        assertEquals(0.025, ((Number) state.get("rate")).doubleValue(), 1e-17,
                "0.1 · 0.5^⌊9/4⌋");
        String shown = browser.driver.findElement(By.cssSelector(".rate-now")).getText();
        assertTrue(shown.startsWith("rate at step 9: 0.025"), shown);
        assertEquals("", browser.consoleErrors());
    }
}
