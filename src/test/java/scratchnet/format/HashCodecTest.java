package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.data.Feature;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.train.OptimizerKind;

class HashCodecTest {
    @Test
    void pairsKeepTheirOrderAndDecodeEscapes() {
        Map<String, String> p = HashCodec.pairs("#b=2&a=x%2Cy&&c=");
        assertEquals(List.of("b", "a", "c"), List.copyOf(p.keySet()));
        assertEquals("x,y", p.get("a"));
        assertEquals("", p.get("c"));
    }

    @Test
    void aPieceWithoutEqualsOrARepeatedKeyIsRejectedWithItsName() {
        FormatException e = assertThrows(FormatException.class, () -> HashCodec.pairs("#a=1&b"));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        e = assertThrows(FormatException.class, () -> HashCodec.pairs("a=1&a=2"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void numbersUseTheirShortestRoundTripForm() {
        assertEquals("3", HashCodec.number(3));
        assertEquals("0.03", HashCodec.number(0.03));
        assertEquals("1e-5", HashCodec.number(0.00001));
        assertEquals("-2.5", HashCodec.number(-2.5));
        assertEquals(0.00001, Double.parseDouble(HashCodec.number(0.00001)));
    }

    @Test
    void readerReturnsTypedValuesForValidInput() {
        HashReader r = new HashReader(
                "#data=spiral-k&act=leaky-relu&lr=1e-3&layers=4,2&f=x1,sinx2&test=1&opt=adam");
        assertEquals(TwoD.SPIRAL_K, r.data("data", TwoD.CIRCLE));
        assertEquals(Activation.LEAKY_RELU, r.activation("act", Activation.TANH));
        assertEquals(0.001, r.number("lr", 0.03, 1e-7, 100));
        assertEquals(2, r.integers("layers", new int[0], 1, 8, 6).length);
        assertEquals(EnumSet.of(Feature.X1, Feature.SIN_X2),
                r.features("f", EnumSet.of(Feature.X1)));
        assertTrue(r.flag("test", false));
        assertEquals(OptimizerKind.ADAM, r.optimizer("opt", OptimizerKind.SGD));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void numbersArePlainDecimalsReadTheSameOnEveryRuntime() {
        HashReader r = new HashReader("#a=+0.5&b=.25&c=4.2e-3&d=0x1p-5&e=1e-3d&f=NaN&g=1e23");
        assertEquals(0.5, r.number("a", 1, 0, 1e30));
        assertEquals(0.25, r.number("b", 1, 0, 1e30));
        assertEquals(4.2e-3, r.number("c", 1, 0, 1e30));
        // Java accepts hex floats and a trailing d; a link must not mean one thing on the JVM
        // and another in the browser, so both are refused like NaN.
        assertEquals(1, r.number("d", 1, 0, 1e30));
        assertEquals(1, r.number("e", 1, 0, 1e30));
        assertEquals(1, r.number("f", 1, 0, 1e30));
        // 1e23 is the classic hard case TeaVM's JavaScript parseDouble rounds the wrong way.
        assertEquals(1e23, r.number("g", 1, 0, 1e30));
        assertEquals(3, r.problems().size(), r.problems().toString());
    }

    @Test
    void aNumberOfMoreThan1100CharactersIsRefusedUnreadAndQuotedShort() {
        HashReader r = new HashReader("#lr=0." + "1".repeat(1_000_000) + "&rate=0."
                + "1".repeat(1098));
        long t0 = System.nanoTime();
        assertEquals(0.03, r.number("lr", 0.03, 1e-7, 100));
        assertTrue(System.nanoTime() - t0 < 500_000_000L);
        assertEquals(0.1111111111111111, r.number("rate", 0, 0, 10));
        assertEquals(List.of("lr=0.111111111111111111111111111111… (1000002 characters) is not"
                + " valid (expected a number of at most 1100 characters from 1e-7 to 100);"
                + " using 0.03."), r.problems());
    }

    @Test
    void deliveryIsReadAsNoTwoDKind() {
        assertNull(new HashReader("data=delivery").data("data", TwoD.CIRCLE));
    }

    @Test
    void badValuesFallBackToTheDefaultAndAreReported() {
        HashReader r = new HashReader("#noise=80&act=swish&lr=abc&zzz=1&layers=4,x");
        assertEquals(0, r.integer("noise", 0, 0, 50));
        assertEquals(Activation.TANH, r.activation("act", Activation.TANH));
        assertEquals(0.03, r.number("lr", 0.03, 1e-7, 100));
        assertEquals(1, r.integers("layers", new int[] {3}, 1, 8, 6).length);
        List<String> problems = r.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("noise=80 is not valid"), problems.get(0));
        assertTrue(problems.get(1).contains("one of linear, relu"), problems.get(1));
        assertTrue(problems.get(4).contains("'zzz'"), problems.get(4));
    }

    @Test
    void aMalformedHashIsReportedAndReadAsEmpty() {
        HashReader r = new HashReader("#noise");
        assertEquals(5, r.integer("noise", 5, 0, 50));
        assertEquals(1, r.problems().size());
    }

    @Test
    void writerPutsPairsInOrderWithHashNames() {
        String hash = new HashCodec.Writer().data("data", null).choice("act", Activation.RELU)
                .number("lr", 0.005).integers("layers", new int[] {16, 8}).flag("test", true)
                .features("f", EnumSet.of(Feature.X2, Feature.X1)).toString();
        assertEquals("#data=delivery&act=relu&lr=0.005&layers=16,8&test=1&f=x1,x2", hash);
    }

    @Test
    void theTutorialsXavierReadsAsLeCunsRuleAndIsWrittenAsLecun() {
        HashReader r = new HashReader("#init=xavier");
        assertEquals(scratchnet.engine.Init.LECUN, r.init("init", scratchnet.engine.Init.HE));
        assertEquals("lecun", HashCodec.name(scratchnet.engine.Init.LECUN));
        assertEquals(scratchnet.engine.Init.GLOROT,
                new HashReader("#init=glorot").init("init", scratchnet.engine.Init.HE));
    }
}
