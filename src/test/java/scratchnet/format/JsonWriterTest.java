package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesObjectsArraysAndFieldsWithCommasWhereTheyBelong() {
        String json = new JsonWriter().beginObject().field("a").number(3)
                .field("b").numbers(new double[] {0.5, -2}).field("c").beginArray().endArray()
                .field("d").string("x\"y").field("e").bool(true).field("f").nul()
                .field("g").beginObject().field("h").strings(new String[] {"i"}).endObject()
                .endObject().toString();
        assertEquals("{\"a\":3,\"b\":[0.5,-2],\"c\":[],\"d\":\"x\\\"y\",\"e\":true,\"f\":null,"
                + "\"g\":{\"h\":[\"i\"]}}", json);
        assertEquals(7, ((Map<?, ?>) Json.parse(json)).size());
    }

    @Test
    void nonFiniteNumbersCrossAsTheStringsThePageTurnsBack() {
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\"]", new JsonWriter()
                .numbers(new double[] {Double.NaN, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY}).toString());
    }

    @Test
    void everyNumberReadsBackAsTheSameDouble() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double v = i % 2 == 0 ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)
                    : Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = new JsonWriter().number(v).toString();
            assertEquals(v, DecimalParser.parse(text), text);
            assertEquals(Double.doubleToRawLongBits(v),
                    Double.doubleToRawLongBits((Double) Json.parse(text)), text);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(
                (Double) Json.parse(new JsonWriter().number(-0.0).toString())));
    }
}
