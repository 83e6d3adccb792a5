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
import scratchnet.format.JsonForTests;

/** Pins Learn mode's calculators' JSON (see {@link LearnTools}) and checks their numbers. */
class LearnToolsTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v) {
        Object o = v instanceof String ? JsonForTests.parse((String) v) : v;
        assertInstanceOf(Map.class, o);
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object v) {
        assertInstanceOf(List.class, v);
        return (List<?>) v;
    }

    @Test
    void theTutorialsNeuronSumsTo13Point54NotThePrinted13Point74() {
        Map<String, Object> n = object(LearnTools.neuron(
                "{\"x\": [5.2, 8, 22], \"w\": [0.7, 0.2, 0.4], \"b\": -0.5}"));
        assertEquals(List.of("x", "w", "b", "terms", "z", "activations"),
                new ArrayList<>(n.keySet()));
        List<?> terms = list(n.get("terms"));
        assertEquals(3.64, (Double) terms.get(0), 1e-12);
        assertEquals(1.6, (Double) terms.get(1), 1e-12);
        assertEquals(8.8, (Double) terms.get(2), 1e-12);
        assertEquals(13.54, (Double) n.get("z"), 1e-12);
        List<?> acts = list(n.get("activations"));
        assertEquals(9, acts.size(), "every element-wise activation, no softmax");
        Map<String, Object> relu = object(acts.get(1));
        assertEquals(List.of("name", "formula", "a"), new ArrayList<>(relu.keySet()));
        assertEquals("relu", relu.get("name"));
        assertEquals(13.54, (Double) relu.get("a"), 1e-12);
    }

    @Test
    void aNeuronThatIsNotOneGetsAMessage() {
        Map<String, Object> n = object(LearnTools.neuron("{\"x\": [1, 2], \"w\": [1], \"b\": 0}"));
        assertTrue(((String) n.get("error")).contains("2 inputs but 1 weights"));
        assertTrue(object(LearnTools.neuron("{\"x\": [1], \"w\": [\"a\"], \"b\": 0}"))
                .containsKey("error"));
        assertTrue(object(LearnTools.neuron("not json")).containsKey("error"));
    }

    @Test
    void aNeuronOfTheNetworkOnOneRowGivesTheNetworksOwnOutput() {
        Session s = session("#layers=3,2&act=tanh");
        s.step(5);
        Map<String, Object> n = object(LearnTools.neuronAt(s, 1, 1, 0));
        assertEquals(List.of("layer", "unit", "row", "rows", "inputNames", "x", "w", "b",
                "terms", "z", "activation", "formula", "a", "batchNorm"),
                new ArrayList<>(n.keySet()));
        assertTrue(JsonForTests.isNull(n.get("batchNorm")));
        assertEquals(3, list(n.get("x")).size(), "the previous layer's 3 outputs");
        assertEquals("tanh", n.get("activation"));
        double z = (Double) n.get("z");
        assertEquals(Math.tanh(z), (Double) n.get("a"), 1e-12);
        double w11 = s.link(1, 1, 1)[0];
        assertEquals(w11, (Double) list(n.get("w")).get(1));
        Map<String, Object> first = object(LearnTools.neuronAt(s, 0, 0, 0));
        assertEquals(List.of("x1", "x2"), list(first.get("inputNames")));
        assertTrue(object(LearnTools.neuronAt(s, 5, 0, 0)).containsKey("error"));
    }

    /**
     * Under batch norm the network feeds f with y = γ·(z − μ)/√(σ² + ε) + β, not with z: the
     * view gives every number of that step, and they give the network's own a.
     */
    @Test
    void aNeuronUnderBatchNormShowsTheNormalisationStep() {
        Session s = session("#layers=3,2&act=tanh&bn=1");
        s.step(40);
        Map<String, Object> n = object(LearnTools.neuronAt(s, 1, 1, 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> bn = (Map<String, Object>) n.get("batchNorm");
        assertEquals(List.of("z", "mean", "variance", "epsilon", "gamma", "beta", "normalized",
                "y"), new ArrayList<>(bn.keySet()));
        double z = (Double) bn.get("z");
        assertEquals((Double) n.get("z"), z, 1e-12, "the network's own sum");
        double mean = (Double) bn.get("mean");
        double variance = (Double) bn.get("variance");
        assertTrue(mean != 0 && variance != 1, "running statistics moved: " + bn);
        double xh = (z - mean) / Math.sqrt(variance + 1e-5);
        assertEquals(xh, (Double) bn.get("normalized"), 1e-12);
        double y = (Double) bn.get("gamma") * xh + (Double) bn.get("beta");
        assertEquals(y, (Double) bn.get("y"), 1e-12);
        assertEquals(Math.tanh(y), (Double) n.get("a"), 1e-12, "a = f(y), not f(z)");
        assertTrue(Math.abs(Math.tanh(z) - (Double) n.get("a")) > 1e-6, "and f(z) differs");
        assertTrue(JsonForTests.isNull(object(LearnTools.neuronAt(s, 2, 0, 0)).get("batchNorm")),
                "the output layer has none");
    }

    @Test
    void activationCurvesComeFromTheEngineWithZonesAndTheNumericCheck() {
        Map<String, Object> c = object(LearnTools.activation("sigmoid", -6, 6, 121, 0.5, 1e-5));
        assertEquals(List.of("name", "formula", "z", "f", "df", "zones", "maxSlope", "at", "h",
                "fAt", "dfAt", "numeric", "relError"), new ArrayList<>(c.keySet()));
        assertEquals(121, list(c.get("f")).size());
        assertEquals(0.25, (Double) object(c.get("maxSlope")).get("value"));
        List<?> zones = list(c.get("zones"));
        assertEquals(2, zones.size());
        assertEquals(-4.0, (Double) object(zones.get(0)).get("to"));
        assertEquals(4.0, (Double) object(zones.get(1)).get("from"));
        assertTrue((Double) c.get("relError") < 1e-8);
        Map<String, Object> relu = object(LearnTools.activation("relu", -2, 2, 5, 0, 1e-5));
        assertEquals("dead", object(list(relu.get("zones")).get(0)).get("kind"));
        assertEquals(0.0, (Double) relu.get("dfAt"), "left derivative at the kink");
        assertEquals(0.5, (Double) relu.get("numeric"), 1e-12, "the central difference straddles it");
        Map<String, Object> tanh = object(LearnTools.activation("tanh", -3, 3, 7, 0, 1e-5));
        assertEquals(2.0, (Double) object(list(tanh.get("zones")).get(1)).get("from"));
        // ELU on [−20, 2]: dead below −14, saturated from −14 to −2.7, nothing on the right
        List<?> elu = list(object(LearnTools.activation("elu", -20, 2, 23, 0, 1e-5)).get("zones"));
        assertEquals(2, elu.size());
        assertEquals(List.of(-20.0, -14.0, "dead"), List.copyOf(object(elu.get(0)).values()));
        assertEquals(List.of(-14.0, -2.7, "saturated"), List.copyOf(object(elu.get(1)).values()));
        // SiLU on [−3, 3] reaches neither edge (−16.6, −3.5): no zone
        assertEquals(List.of(), list(object(LearnTools.activation("silu", -3, 3, 7, 0, 1e-5))
                .get("zones")));
        // GELU on [−4, 4]: only the saturated stretch from −4 to −2.2
        List<?> gelu = list(object(LearnTools.activation("gelu", -4, 4, 9, 0, 1e-5)).get("zones"));
        assertEquals(List.of(-4.0, -2.2, "saturated"), List.copyOf(object(gelu.get(0)).values()));
        assertTrue(object(LearnTools.activation("softmax", -1, 1, 5, 0, 1e-5)).containsKey("error"));
        assertTrue(object(LearnTools.activation("tanh", 1, -1, 5, 0, 1e-5)).containsKey("error"));
        assertTrue(object(LearnTools.activation("tanh", -1, 1, 5, 0, 0)).containsKey("error"));
    }

    @Test
    void theTutorialsFourEightFourOneHas81Parameters() {
        Session s = session("#data=delivery&layers=8,4");
        Map<String, Object> shapes = object(LearnTools.shapes(s));
        assertEquals(List.of("sizes", "layers", "parameters"), new ArrayList<>(shapes.keySet()));
        assertEquals(81.0, shapes.get("parameters"));
        Map<String, Object> first = object(list(shapes.get("layers")).get(0));
        assertEquals(List.of("name", "inputs", "outputs", "W", "b", "norm", "parameters",
                "checkWork", "checkOnPage"), new ArrayList<>(first.keySet()));
        assertEquals(0.0, first.get("norm"));
        assertEquals(List.of(4.0, 8.0), first.get("W"));
        assertEquals(40.0, first.get("parameters"));
        assertEquals(true, first.get("checkOnPage"));
        assertEquals(s.gradCheckWork(0), first.get("checkWork"));
        double perPass = s.gradCheckWork(0) / (2 * 40);
        assertEquals(2 * 36 * perPass, object(list(shapes.get("layers")).get(1)).get("checkWork"),
                "two passes per parameter: 8·4 + 4 = 36 in the second layer");
    }

    @Test
    void underBatchNormTheShapesCountGammaAndBetaAsTheEngineDoes() {
        Session s = session("#data=delivery&layers=8,4&bn=1");
        Map<String, Object> shapes = object(LearnTools.shapes(s));
        Map<String, Object> first = object(list(shapes.get("layers")).get(0));
        assertEquals(8.0, first.get("norm"));
        assertEquals(4 * 8 + 8 + 2 * 8.0, first.get("parameters"));
        assertEquals(0.0, object(list(shapes.get("layers")).get(2)).get("norm"), "not the output");
        assertEquals(81 + 2 * 8 + 2 * 4.0, shapes.get("parameters"));
        assertEquals((double) s.stats().parameters(), shapes.get("parameters"));
    }

    @Test
    void aGradientCheckTooLongForAClickIsLeftToTheConsole() {
        // the digits under six layers of 64: each of the output layer's 650 parameters needs
        // two forward passes over all the training rows
        Session s = session("#data=digits&layers=64,64,64,64,64,64");
        List<?> layers = list(object(LearnTools.shapes(s)).get("layers"));
        Map<String, Object> top = object(layers.get(6));
        assertEquals(650.0, top.get("parameters"));
        assertEquals(false, top.get("checkOnPage"), String.valueOf(top.get("checkWork")));
        assertTrue((Double) top.get("checkWork") > Limits.GRAD_CHECK_PAGE_WORK);
    }

    @Test
    void anExportedModelLoadsBackWithTheSameParameters() {
        Session a = session("#layers=5,3&act=tanh");
        a.step(30);
        String model = a.export(Session.ExportKind.MODEL_JSON, 1);
        Session b = session("#layers=2&act=relu");
        Map<String, Object> r = object(LearnTools.importModel(b, model));
        assertEquals(List.of("ok", "message", "settings", "hash"), new ArrayList<>(r.keySet()));
        assertEquals(true, r.get("ok"), (String) r.get("message"));
        assertEquals(a.parameterBits(), b.parameterBits());
        assertEquals(List.of(5.0, 3.0), object(r.get("settings")).get("layers"));
    }

    @Test
    void aModelThatDoesNotFitTheDataIsRefusedAndTheRunKept() {
        Session a = session("#data=delivery&layers=8,4");
        String model = a.export(Session.ExportKind.MODEL_JSON, 1);
        Session b = session("#layers=4,2");
        b.step(3);
        String before = b.parameterBits();
        Map<String, Object> r = object(LearnTools.importModel(b, model));
        assertEquals(false, r.get("ok"));
        assertTrue(((String) r.get("message")).contains("takes 4 inputs"), (String) r.get("message"));
        assertEquals(before, b.parameterBits());
        assertEquals(3, b.steps());
        assertFalse((Boolean) object(LearnTools.importModel(b, "{oops")).get("ok"));
        assertEquals(before, b.parameterBits());
    }

    @Test
    void aLessonThatLocksWhatAModelChangesRefusesItAndKeepsTheRun() {
        Session a = session("#layers=5,3");
        a.step(30);
        String model = a.export(Session.ExportKind.MODEL_JSON, 1);
        Session b = session("#layers=2&act=relu&lock=layers,act");
        b.step(3);
        String before = b.parameterBits();
        Map<String, Object> r = object(LearnTools.importModel(b, model));
        assertEquals(false, r.get("ok"));
        assertEquals("This model cannot be loaded: the lesson locks the hidden layers and the "
                + "activation, which loading it would change (open the playground without the "
                + "lesson to load it). The current network is kept.", r.get("message"));
        assertEquals(before, b.parameterBits());
        assertEquals(3, b.steps());
        assertEquals("2", scratchnet.format.HashCodec.pairs(b.hash()).get("layers"));

        // the same shape under a lesson that locks it loads; a locked weight seed never does
        Session c = session("#layers=5,3&lock=layers");
        assertEquals(true, object(LearnTools.importModel(c, model)).get("ok"));
        assertEquals(a.parameterBits(), c.parameterBits());
        Session d = session("#layers=5,3&lock=seed");
        Map<String, Object> s = object(LearnTools.importModel(d, model));
        assertEquals(false, s.get("ok"));
        assertTrue(((String) s.get("message")).contains("the lesson locks the weight seed"),
                (String) s.get("message"));
    }
}
