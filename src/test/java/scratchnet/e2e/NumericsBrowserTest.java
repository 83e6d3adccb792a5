package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scratchnet.app.Session;

/**
 * Batch normalisation and the float32/float64 switch in the built page: the same link gives
 * the JVM's weights bit for bit in both browser builds (float32 and batch norm included), the
 * controls reach the engine, the diagram marks normalised layers and the float64 twin's losses
 * are shown beside a float32 run.
 */
class NumericsBrowserTest extends PageTest {
    NumericsBrowserTest() {
        super("index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void batchNormAndFloat32AreBitIdenticalOnJvmAndInTheBrowser(String backend) {
        open("?backend=" + backend);
        assertEquals(backend, browser.js("return ScratchNet.Playground.backend;"));
        for (String hash : new String[] {"#bn=1&layers=6,5&act=tanh&opt=adam",
            "#prec=float32&layers=6,5&act=tanh", "#data=spiral&prec=float32&bn=1&layers=8,6"
                + "&act=relu&opt=rmsprop&dropout=0.2&lr=0.01",
            "#data=delivery&std=0&prec=float32&lr=0.01"}) {
            Session jvm = new Session();
            jvm.load(hash);
            jvm.reset(7);
            jvm.step(150);
            jvm.refresh();
            Object bits = browser.js("var e = ScratchNet.Playground.engine; e.load(arguments[0]);"
                    + " e.reset(7); e.step(150); e.refresh(true); return e.parameterBits();",
                    hash);
            assertEquals(jvm.parameterBits(), bits, backend + " " + hash);
            // the take-away files too, character for character: every number in them is the
            // shortest decimal that reads back, found the same way on every runtime
            assertEquals(jvm.export(scratchnet.app.Session.ExportKind.NUMPY, 3), browser.js(
                    "return ScratchNet.Playground.engine.exportText('numpy', 3);"), hash);
            assertEquals(jvm.export(scratchnet.app.Session.ExportKind.MODEL_JSON, 1), browser.js(
                    "return ScratchNet.Playground.engine.exportText('json', 1);"), hash);
            Object loss = browser.js("return ScratchNet.Playground.engine.stats().trainLoss;");
            double jvmLoss = jvm.stats().trainLoss();
            if (Double.isFinite(jvmLoss)) {
                assertEquals(jvmLoss, ((Number) loss).doubleValue(), backend + " " + hash);
            } else {
                assertEquals(String.valueOf(jvmLoss), String.valueOf(loss), hash);
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void theControlsReachTheEngineAndTheTwinIsShown() {
        open("#prec=float32&twin=1&bn=1&layers=4,3");
        Map<String, Object> config = (Map<String, Object>) browser.js(
                "return scratchnet.config();");
        assertEquals(true, config.get("bn"));
        assertEquals("float32", config.get("prec"));
        assertEquals(true, config.get("twin"));
        browser.js("scratchnet.step(200);");
        assertEquals("1", browser.js("return document.getElementById('diagram').dataset.norm;"));
        assertFalse((Boolean) browser.js("return document.getElementById('twin-row').hidden;"));
        String twin = (String) browser.js(
                "return document.getElementById('out-twin').textContent;");
        assertTrue(twin.matches("\\d\\.\\d{4} / \\d\\.\\d{4}"), twin);
        Map<String, Object> stats = (Map<String, Object>) browser.js(
                "return ScratchNet.Playground.engine.stats();");
        Map<String, Object> t = (Map<String, Object>) stats.get("twin");
        assertEquals(200L, ((Number) t.get("step")).longValue());
        // the checkbox and the menu change the settings (and the link)
        browser.js("document.querySelector('input[data-key=bn]').click();");
        browser.js("var s = document.querySelector('select[data-key=prec]');"
                + " s.value = 'float64'; s.dispatchEvent(new Event('change', {bubbles: true}));");
        config = (Map<String, Object>) browser.js("return scratchnet.config();");
        assertEquals(false, config.get("bn"));
        assertEquals("float64", config.get("prec"));
        String hash = (String) browser.js("return location.hash;");
        assertTrue(hash.contains("bn=0") && hash.contains("prec=float64"), hash);
        browser.js("scratchnet.step(1);");
        assertEquals("0", browser.js("return document.getElementById('diagram').dataset.norm;"));
        assertTrue((Boolean) browser.js("return document.getElementById('twin-row').hidden;"),
                "no twin in float64");
    }
}
