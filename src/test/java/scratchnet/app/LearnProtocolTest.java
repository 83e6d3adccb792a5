package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.JsonForTests;

/** Pins the teaching instruments' JSON (see {@link LearnProtocol}) and checks their numbers. */
class LearnProtocolTest {
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
    void explainNamesEveryMatrixAndItsWeightsAfterAreThoseOfTheNextStep() {
        Session s = session("#batch=4&layers=3,2");
        s.step(7);
        Map<String, Object> e = object(LearnProtocol.explain(s, 100));
        assertEquals(List.of("step", "rows", "shownRows", "lr", "loss", "optimizer", "gradNorm",
                "clipNorm", "clipScale", "updateRule", "X", "Y", "layers"),
                new ArrayList<>(e.keySet()));
        assertEquals("{W} ← {W} − lr·{g}", e.get("updateRule"));
        assertEquals("m ← 0.9·m + (1 − 0.9)·{g},   v ← 0.999·v + (1 − 0.999)·{g}²,   {W} ← {W}"
                + " − lr·(m / (1 − 0.9^t)) / (√(v / (1 − 0.999^t)) + 1e-8)",
                LearnProtocol.updateRule(scratchnet.train.OptimizerKind.ADAM));
        assertEquals(1.0, e.get("clipScale"), "no clipping");
        assertEquals(8.0, e.get("step"));
        List<?> layers = list(e.get("layers"));
        assertEquals(3, layers.size());
        Map<String, Object> first = object(layers.get(0));
        assertEquals(List.of("name", "activation", "inputs", "outputs", "W", "b", "Z", "A", "dA",
                "dZ", "dW", "db", "Wafter", "bafter", "bn", "dropout"),
                new ArrayList<>(first.keySet()));
        assertTrue(JsonForTests.isNull(first.get("dropout")), "no dropout");
        assertTrue(JsonForTests.isNull(first.get("bn")), "no batch norm");
        assertEquals(4, list(first.get("Z")).size(), "rows of Z");
        assertEquals(3, list(list(first.get("Z")).get(0)).size(), "units of Z");
        assertEquals(2, list(first.get("W")).size(), "W is n_in × n_out");
        Map<String, Object> top = object(layers.get(2));
        assertTrue(JsonForTests.isNull(top.get("dA")), "BCE on a sigmoid: dZ directly");
        List<?> wAfter = list(first.get("Wafter"));
        s.step(1);
        double[] w = s.weights();
        assertEquals(w[0], (Double) list(wAfter.get(0)).get(0));
        assertEquals(w[4], (Double) list(wAfter.get(1)).get(1));
    }

    @Test
    void explainCopiesOutAFewRowsOfABigBatchButItsNumbersAreTheWholeBatchs() {
        Session s = session("#batch=200&layers=3,2&act=tanh&bn=1");
        Map<String, Object> e = object(LearnProtocol.explain(s, 4));
        assertEquals(200.0, e.get("rows"));
        assertEquals(4.0, e.get("shownRows"));
        assertEquals(4, list(e.get("X")).size());
        Map<String, Object> first = object(list(e.get("layers")).get(0));
        assertEquals(4, list(first.get("Z")).size());
        assertEquals(4, list(object(first.get("bn")).get("dZtilde")).size());
        Map<String, Object> all = object(LearnProtocol.explain(s, 1000));
        assertEquals(128.0, all.get("shownRows"), "at most Limits.EXPLAIN_MAX_ROWS");
        Map<String, Object> allFirst = object(list(all.get("layers")).get(0));
        assertEquals(list(first.get("Z")).get(3), list(allFirst.get("Z")).get(3));
        assertEquals(first.get("dW"), allFirst.get("dW"), "the gradients are the whole batch's");
        assertEquals(object(first.get("bn")).get("mean"), object(allFirst.get("bn")).get("mean"));
    }

    @Test
    void explainWritesOutBatchNormAndZIsBeforeIt() {
        Session s = session("#batch=4&layers=3,2&act=tanh&bn=1");
        s.step(5);
        Map<String, Object> first = object(list(object(LearnProtocol.explain(s, 100)).get("layers"))
                .get(0));
        Map<String, Object> bn = object(first.get("bn"));
        assertEquals(List.of("mean", "variance", "epsilon", "Zhat", "gamma", "beta", "Ztilde",
                "dZtilde", "dgamma", "dbeta", "gammaAfter", "betaAfter"),
                new ArrayList<>(bn.keySet()));
        assertEquals(1e-5, bn.get("epsilon"));
        assertEquals(3, list(bn.get("mean")).size());
        assertEquals(4, list(bn.get("Zhat")).size(), "rows of Ẑ");
        double z = (Double) list(list(first.get("Z")).get(0)).get(0);
        double mu = (Double) list(bn.get("mean")).get(0);
        double var = (Double) list(bn.get("variance")).get(0);
        assertEquals((z - mu) * (1 / Math.sqrt(var + 1e-5)),
                (Double) list(list(bn.get("Zhat")).get(0)).get(0), "Ẑ from Z, the JSON's own numbers");
        List<?> gammaAfter = list(bn.get("gammaAfter"));
        s.step(1);
        assertEquals(s.normParameters()[0], gammaAfter.get(0));
        assertTrue(JsonForTests.isNull(object(list(object(LearnProtocol.explain(s, 100)).get("layers"))
                .get(2)).get("bn")), "not on the output layer");
    }

    @Test
    void underBatchNormTheGradientCheckCoversGammaAndBetaToo() {
        Session s = session("#layers=3,2&act=tanh&bn=1");
        s.step(20);
        Map<String, Object> g = object(LearnProtocol.gradCheck(s, 0, 1e-5));
        List<?> names = list(g.get("names"));
        assertEquals(2 * 3 + 3 + 2 * 3, names.size());
        assertEquals(List.of("b1[2]", "γ1[0]", "γ1[1]", "γ1[2]", "β1[0]", "β1[1]", "β1[2]"),
                names.subList(8, 15));
        assertTrue((Double) g.get("maxRelError") < 1e-4,
                "max relative error " + g.get("maxRelError"));
    }

    @Test
    void gradCheckNamesEntriesAsTheTutorialAndPassesOnASmoothNetwork() {
        Session s = session("#layers=3&act=tanh");
        s.step(20);
        Map<String, Object> g = object(LearnProtocol.gradCheck(s, 0, 1e-5));
        assertEquals(List.of("layer", "h", "threshold", "names", "analytic", "numeric",
                "relError", "kink", "maxRelError"), new ArrayList<>(g.keySet()));
        assertEquals(List.of("W1[0,0]", "W1[0,1]", "W1[0,2]", "W1[1,0]", "W1[1,1]", "W1[1,2]",
                "b1[0]", "b1[1]", "b1[2]"), g.get("names"));
        assertTrue((Double) g.get("maxRelError") < 1e-6, g.toString());
    }

    @Test
    void sharpnessAndRewindAnswerByName() {
        Session s = session("");
        s.step(120);
        Map<String, Object> h = object(LearnProtocol.sharpness(s));
        assertEquals(List.of("lambdaMax", "lrLimit", "momentumLimit", "momentum", "iterations",
                "rows", "trainRows", "inFloat64"), new ArrayList<>(h.keySet()));
        assertEquals(false, h.get("inFloat64"));
        // heavy-ball momentum (μ = 0.9) on a quadratic is stable while lr·λ < 2(1 + μ)
        assertEquals(0.9, h.get("momentum"));
        assertEquals(3.8 / (Double) h.get("lambdaMax"), (Double) h.get("momentumLimit"), 1e-12);
        assertEquals(h.get("trainRows"), h.get("rows"), "the 2-D data: every training row");
        assertTrue((Double) h.get("lambdaMax") > 0);
        assertEquals(2 / (Double) h.get("lambdaMax"), (Double) h.get("lrLimit"), 1e-12);
        Map<String, Object> r = object(LearnProtocol.rewind(s, 75));
        assertEquals(50.0, r.get("step"));
        assertEquals(List.of(0.0, 50.0, 100.0, 120.0), r.get("checkpoints"),
                "until a step replays, the run left behind can still be scrubbed");
    }
}
