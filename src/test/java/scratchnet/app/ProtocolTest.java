package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonForTests;
import scratchnet.format.SettingsJson;
import scratchnet.labs.Hint;
import scratchnet.labs.LabId;

/**
 * Pins what crosses the bridge by name (see {@link Protocol}): the exact field names of
 * stats, settings, change, limits, the lab catalog, lab state and lab figures. A change here
 * is a change of the page's protocol; web/js reads these names.
 */
class ProtocolTest {
    private static final List<String> STATS = List.of("epoch", "step", "trainLoss", "testLoss",
            "accuracy", "testMae", "baselineMae", "trainRows", "testRows", "batchRows",
            "parameters", "diverged", "stepProgress", "twin", "firstNonFinite", "hint",
            "deadFraction", "gradNorm", "rate");
    private static final List<String> FIGURES = List.of("epoch", "epochs", "step",
            "stepsPerEpoch", "trainLoss", "testLoss", "batchLoss", "finished", "nonFinite",
            "bestEpoch", "stopped", "symptom", "threshold", "present", "symptomLayer", "wallMs",
            "startLoss", "maxDead", "maxDeadLayer", "gradRatio", "learningRate", "trainRows",
            "endTrainLoss", "endTestLoss", "testMae", "baselineMae", "unit", "verdict", "firstNonFinite");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        Object v = JsonForTests.parse(json);
        assertInstanceOf(Map.class, v, json);
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v) {
        assertInstanceOf(Map.class, v);
        return (Map<String, Object>) v;
    }

    private static List<?> list(Object v) {
        assertInstanceOf(List.class, v);
        return (List<?>) v;
    }

    private static List<String> keys(Map<String, Object> m) {
        return new ArrayList<>(m.keySet());
    }

    @Test
    void statsNameEveryNumberAndTheHealth() {
        Map<String, Object> stats = object(Protocol.stats(session("#layers=4,2")));
        assertEquals(STATS, keys(stats));
        assertTrue(JsonForTests.isNull(stats.get("firstNonFinite")));
        assertTrue(JsonForTests.isNull(stats.get("hint")));
        assertEquals(false, stats.get("diverged"));
        assertEquals(3, list(stats.get("gradNorm")).size());
        assertEquals(3, list(stats.get("deadFraction")).size());
    }

    @Test
    void statsOfADivergedRunNameTheFirstNonFiniteValueAndTheHint() {
        Session s = session("#data=plane&lr=100&act=relu&init=too-large&batch=250");
        s.step(1000);
        s.refresh();
        Map<String, Object> stats = object(Protocol.stats(s));
        assertEquals(true, stats.get("diverged"));
        assertEquals(List.of("step", "layer", "text"),
                keys(object(stats.get("firstNonFinite"))));
        Map<String, Object> hint = object(stats.get("hint"));
        assertEquals(List.of("phenomenon", "lab", "value", "threshold", "layer", "text"),
                keys(hint));
        assertEquals("NON_FINITE", hint.get("phenomenon"));
        assertEquals("nan-explosion", hint.get("lab"));
        // JSON has no NaN: it crosses as a string the page's reader turns back into NaN.
        assertEquals("NaN", hint.get("threshold"));
    }

    @Test
    void statsCarryTheExactDoubles() {
        Session s = session("");
        s.step(37);
        s.refresh();
        Map<String, Object> stats = object(Protocol.stats(s));
        assertEquals(s.stats().trainLoss(), (Double) stats.get("trainLoss"));
        assertEquals(37.0, stats.get("step"));
    }

    @Test
    void settingsAreTheCanonicalLinkTyped() {
        for (String hash : new String[] {"", "#data=delivery&layers=16,8", "#layers=",
            "#data=blobs&k=4&f=x1&lr=0.00001&test=1"}) {
            Session s = session(hash);
            Map<String, Object> settings = object(Protocol.settings(s));
            assertEquals(new ArrayList<>(HashCodec.pairs(s.hash()).keySet()), keys(settings));
            for (Object units : list(settings.get("layers"))) {
                assertInstanceOf(Double.class, units);
            }
            assertInstanceOf(Boolean.class, settings.get("test"));
            assertInstanceOf(Boolean.class, settings.get("discrete"));
            assertInstanceOf(Boolean.class, settings.get("ylog"));
            assertInstanceOf(Double.class, settings.get("lr"));
            assertInstanceOf(String.class, settings.get("data"));
            if (settings.containsKey("f")) {
                list(settings.get("f")).forEach(f -> assertInstanceOf(String.class, f));
            }
            // The typed settings read back to the same link.
            assertEquals(s.hash(), session(SettingsJson.toHash(Protocol.settings(s))).hash());
        }
    }

    @Test
    void changeAppliesAPartialObjectAndReturnsMessagesSettingsAndLink() {
        Session s = session("");
        Map<String, Object> out = object(Protocol.change(s, "{\"lr\": 0.1, \"layers\": [8, 8],"
                + " \"opt\": \"adam\", \"test\": true}"));
        assertEquals(List.of("messages", "settings", "hash"), keys(out));
        assertEquals(List.of(), out.get("messages"));
        Map<String, Object> settings = object(out.get("settings"));
        assertEquals(0.1, settings.get("lr"));
        assertEquals(List.of(8.0, 8.0), settings.get("layers"));
        assertEquals(true, settings.get("test"));
        assertEquals(s.hash(), out.get("hash"));
        assertTrue(s.hash().contains("opt=adam"));
    }

    @Test
    void aBadChangeIsReportedAndChangesNothing() {
        Session s = session("");
        String before = s.hash();
        Map<String, Object> out = object(Protocol.change(s, "{\"lr\": "));
        assertEquals(1, list(out.get("messages")).size());
        assertEquals(before, out.get("hash"));
        out = object(Protocol.change(s, "{\"layers\": [99]}"));
        assertEquals(1, list(out.get("messages")).size());
        assertEquals(List.of(4.0, 2.0), object(out.get("settings")).get("layers"));
    }

    @Test
    void limitsNameEveryLimitAndChoice() {
        Map<String, Object> limits = object(Protocol.limits());
        assertEquals(List.of("maxLayers", "minUnits", "newLayerUnits", "maxUnits", "ranges",
                "learningRates", "speeds", "defaultSpeed", "recentEpochs", "choices",
                "tableData", "imageData", "scheduleParams", "userData", "unfit"), keys(limits));
        assertEquals(List.of("dataName", "maxBytes", "maxRows", "maxColumns", "maxClasses",
                "sliceRows", "drawExtent", "drawColours", "drawShapes"),
                keys(object(limits.get("userData"))));
        List<?> speeds = list(limits.get("speeds"));
        speeds.forEach(v -> assertEquals(List.of("steps", "label"), keys(object(v))));
        assertEquals("full speed", object(speeds.get(speeds.size() - 1)).get("label"));
        assertTrue(speeds.stream().anyMatch(v -> object(v).get("steps")
                .equals(limits.get("defaultSpeed"))), "the default speed is on the menu");
        Map<String, Object> unfit = object(limits.get("unfit"));
        assertEquals("3 or more classes: only softmax cross-entropy",
                object(object(unfit.get("loss")).get("blobs")).get("bce"));
        assertFalse(object(object(unfit.get("loss")).get("circle")).containsKey("bce"));
        assertEquals("this loss needs a sigmoid output",
                object(object(unfit.get("out")).get("bce")).get("linear"));
        assertEquals("softmax belongs with softmax cross-entropy",
                object(object(unfit.get("out")).get("mse")).get("softmax"));
        assertEquals((double) Settings.MAX_LAYERS, limits.get("maxLayers"));
        Map<String, Object> maxUnits = object(limits.get("maxUnits"));
        List<String> dataNames = new ArrayList<>(List.of(HashCodec.dataNames()));
        dataNames.add(HashCodec.USER);
        assertEquals(dataNames, keys(maxUnits));
        assertEquals(64.0, maxUnits.get("delivery"));
        assertEquals(8.0, maxUnits.get("circle"));
        assertEquals(64.0, maxUnits.get("digits"));
        assertEquals(List.of("data", "f", "act", "loss", "out", "init", "opt", "reg", "sched",
                "prec"),
                keys(object(limits.get("choices"))));
        assertEquals(List.of("float64", "float32"), list(object(limits.get("choices"))
                .get("prec")));
        assertFalse(list(object(limits.get("choices")).get("act")).contains("softmax"));
        Map<String, Object> ranges = object(limits.get("ranges"));
        assertEquals(List.of("k", "noise", "train", "dseed", "lr", "gamma", "period", "floor",
                "warmup", "batch", "rate", "dropout",
                "clip", "seed", "hx", "hy"), keys(ranges));
        ranges.values().forEach(r -> assertEquals(List.of("min", "max"), keys(object(r))));
    }

    /** Each range is exactly what a link may carry: both ends accepted, beyond refused. */
    @Test
    void rangesAgreeWithWhatALinkAccepts() {
        for (Limits.Range r : Limits.RANGES) {
            String data = r.key().equals("k") ? "data=blobs&"
                    : r.key().startsWith("h") ? "data=delivery&" : "";
            // The heatmap's two axes must differ: the other one takes 1, inside both ends.
            String other = r.key().equals("hx") ? "&hy=1" : r.key().equals("hy") ? "&hx=1" : "";
            // the heatmap's columns reach 48 for your own data; the delivery table has 4
            double top = r.key().startsWith("h") ? Settings.DELIVERY_FEATURES - 1 : r.max();
            for (String v : new String[] {HashCodec.number(r.min()), HashCodec.number(top)}) {
                String hash = "#" + data + r.key() + "=" + v + other;
                assertEquals(List.of(), SettingsHash.read(hash).problems(), hash);
            }
            String below = "#" + data + r.key() + "="
                    + HashCodec.number(r.key().equals("lr") ? r.min() / 2 : r.min() - 1);
            String above = "#" + data + r.key() + "=" + HashCodec.number(r.max() + 1);
            assertEquals(1, SettingsHash.read(below).problems().size(), below);
            assertEquals(1, SettingsHash.read(above).problems().size(), above);
        }
        for (double lr : Limits.LEARNING_RATES) {
            assertEquals(List.of(), SettingsHash.read("#lr=" + HashCodec.number(lr)).problems());
        }
    }

    @Test
    void theCatalogNamesEveryLabWithItsTitleFixesAndCharts() {
        Map<String, Object> catalog = object(Protocol.labCatalog());
        assertEquals(List.of("labs", "watching"), keys(catalog));
        // The playground's checks, with the thresholds Hint uses, in the order it checks.
        List<?> watching = list(catalog.get("watching"));
        assertEquals(List.of(Hint.watching()), watching);
        assertEquals(7, watching.size());
        assertEquals("a training loss that rises 1.2× (or jumps 1.5×) over the last 8 readings"
                + " while the network guesses no better than chance", watching.get(1));
        assertEquals("50 % or more of a ReLU, ELU, GELU, SiLU or softplus layer's units dead",
                watching.get(4));
        List<?> labs = list(catalog.get("labs"));
        assertEquals(LabId.values().length, labs.size());
        for (int i = 0; i < labs.size(); i++) {
            Map<String, Object> lab = object(labs.get(i));
            assertEquals(List.of("id", "title", "shortTitle", "link", "fixable", "fixes",
                    "charts", "shared"), keys(lab));
            assertEquals(LabId.values()[i].id(), lab.get("id"));
            assertFalse(list(lab.get("charts")).isEmpty());
            for (Object chart : list(lab.get("charts"))) {
                assertEquals(List.of("id", "title"), keys(object(chart)));
            }
            for (Object f : list(lab.get("fixes"))) {
                Map<String, Object> fix = object(f);
                assertEquals(List.of("id", "label", "link"), keys(fix));
                // Every link opens the lab it names with that fix.
                LabSession s = new LabSession();
                assertEquals(List.of(), s.openLink((String) lab.get("link")));
                assertEquals(lab.get("id"), s.lab());
                if (Boolean.TRUE.equals(lab.get("fixable"))) {
                    assertEquals(List.of(), s.openLink((String) fix.get("link")));
                    assertEquals(fix.get("id"), s.fix());
                }
            }
        }
    }

    @Test
    void labStateAndOpenNameTheLabItsFixAndRuns() {
        LabSession s = new LabSession();
        assertEquals(List.of("lab", "fix", "runs", "finished"),
                keys(object(Protocol.labState(s))));
        Map<String, Object> out = object(Protocol.labOpen(s, "#lab=overfitting&fix=dropout"));
        assertEquals(List.of("messages", "lab", "fix", "runs", "finished"), keys(out));
        assertEquals("overfitting", out.get("lab"));
        assertEquals("dropout", out.get("fix"));
        assertEquals(List.of("before", "dropout"), out.get("runs"));
        out = object(Protocol.labOpen(s, "#lab=nope"));
        assertEquals(1, list(out.get("messages")).size());
        assertEquals("overfitting", out.get("lab"));
        out = object(Protocol.labLoad(s, "gd-variants"));
        assertEquals("", out.get("fix"));
        assertEquals(1, list(object(Protocol.labApplyFix(s, "dropout")).get("messages")).size());
    }

    @Test
    void labTimingNamesItsFields() {
        LabSession s = new LabSession();
        s.load("gd-variants");
        Map<String, Object> t = object(Protocol.labTiming(s));
        assertEquals(List.of("epochs", "repeats", "next", "runs", "sentence"), keys(t));
        assertEquals(List.of("name", "timed", "medianMs"), keys(object(list(t.get("runs")).get(0))));
    }

    @Test
    void labFiguresNameEveryNumber() {
        LabSession s = new LabSession();
        assertEquals(List.of(), s.load("nan-explosion"));
        Map<String, Object> f = object(Protocol.labFigures(s, 0));
        assertEquals(FIGURES, keys(f));
        assertEquals(false, f.get("finished"));
        assertTrue(JsonForTests.isNull(f.get("firstNonFinite")));
        for (int guard = 0; !s.finished() && guard < 10_000; guard++) {
            s.advance(0, 50);
            s.advance(1, 50);
        }
        f = object(Protocol.labFigures(s, 0));
        assertEquals(true, f.get("nonFinite"));
        assertEquals(List.of("step", "layer", "index", "value", "quantity", "lastFiniteStep",
                "lastFiniteLoss", "lastFiniteGradNorm"), keys(object(f.get("firstNonFinite"))));
        assertEquals(s.figures(0)[LabSession.STEP], f.get("step"));
    }
}
