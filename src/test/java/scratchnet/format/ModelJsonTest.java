package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

class ModelJsonTest {
    /** The 2-2-1 network of NetworkTest's hand-worked SGD step. */
    private static Network small() {
        return Network.of(Loss.MSE, new int[] {2, 2, 1},
                new Activation[] {Activation.RELU, Activation.LINEAR},
                new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.6}},
                new double[][] {{0, -0.0}, {13.54}}, 0.01);
    }

    private static final String SMALL_JSON = "{\n"
            + "  \"format\": \"scratchnet-model\",\n"
            + "  \"version\": 1,\n"
            + "  \"loss\": \"mse\",\n"
            + "  \"layers\": [\n"
            + "    {\n"
            + "      \"inputs\": 2,\n"
            + "      \"outputs\": 2,\n"
            + "      \"activation\": \"relu\",\n"
            + "      \"weights\": [\n"
            + "        [0.1, 0.2],\n"
            + "        [0.3, 0.4]\n"
            + "      ],\n"
            + "      \"biases\": [0, -0]\n"
            + "    },\n"
            + "    {\n"
            + "      \"inputs\": 2,\n"
            + "      \"outputs\": 1,\n"
            + "      \"activation\": \"linear\",\n"
            + "      \"weights\": [\n"
            + "        [0.5],\n"
            + "        [0.6]\n"
            + "      ],\n"
            + "      \"biases\": [13.54]\n"
            + "    }\n"
            + "  ]\n"
            + "}\n";

    private static String error(String json) {
        return assertThrows(FormatException.class, () -> ModelJson.read(json)).getMessage();
    }

    /** SMALL_JSON with {@code from} replaced by {@code to} (which must occur). */
    private static String small(String from, String to) {
        assertEquals(true, SMALL_JSON.contains(from), from);
        return SMALL_JSON.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
    }

    private static void assertSameParameters(Network expected, Network actual) {
        assertArrayEquals(expected.sizes(), actual.sizes());
        assertEquals(expected.loss(), actual.loss());
        for (int l = 0; l < expected.depth(); l++) {
            assertEquals(expected.layer(l).activation(), actual.layer(l).activation());
            assertEquals(expected.layer(l).slope(), actual.layer(l).slope());
            assertBits(expected.layer(l).weights(), actual.layer(l).weights());
            assertBits(expected.layer(l).biases(), actual.layer(l).biases());
        }
    }

    private static void assertBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]),
                    Double.doubleToRawLongBits(actual[i]), "index " + i + ": " + expected[i]
                    + " read back as " + actual[i]);
        }
    }

    @Test
    void writesTheDocumentedLayout() {
        assertEquals(SMALL_JSON, ModelJson.write(small()));
    }

    @Test
    void readsTheDocumentedLayout() {
        Network net = ModelJson.read(SMALL_JSON);
        assertSameParameters(small(), net);
        // 13.54 + 0.5 relu(0.1 + 0.6) + 0.6 relu(0.2 + 0.8)
        assertEquals(13.54 + 0.5 * 0.7 + 0.6 * 1.0, net.forward(new double[] {1, 2}, 1)[0],
                1e-12);
    }

    @Test
    void roundTripIsBitExactForAwkwardDoubles() {
        Network net = Network.build(NetSpec.of(new int[] {3, 4, 2}, Activation.TANH, Loss.MSE,
                Init.HE), new Rng(1));
        double[] w = net.layer(0).weights();
        double[] special = {0.1, 1e-300, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL / 3,
            Double.MAX_VALUE, 1e23, Math.scalb(1.0, -44), 1.0 / 3, -2.2250738585072014E-308};
        for (int i = 0; i < w.length && i < special.length; i++) {
            w[i] = special[i];
        }
        Rng rng = new Rng(2);
        double[] w2 = net.layer(1).weights();
        for (int i = 0; i < w2.length; i++) {
            long bits = ((long) rng.nextInt() << 32) | (rng.nextInt() & 0xFFFFFFFFL);
            double d = Double.longBitsToDouble(bits);
            w2[i] = Double.isNaN(d) || Double.isInfinite(d) ? 0.5 : d;
        }
        String json = ModelJson.write(net);
        Network back = ModelJson.read(json);
        assertSameParameters(net, back);
        assertEquals(json, ModelJson.write(back));
    }

    @Test
    void roundTripsEveryLossAndActivation() {
        Rng rng = new Rng(3);
        Network[] nets = {
            Network.build(NetSpec.of(new int[] {2, 8, 1}, Activation.SIGMOID, Loss.BCE,
                    Init.LECUN), rng),
            Network.build(NetSpec.of(new int[] {2, 5, 5, 3}, Activation.RELU, Loss.SOFTMAX_CE,
                    Init.HE), rng),
            Network.build(new NetSpec(new int[] {4, 3, 2}, Activation.LEAKY_RELU,
                    Activation.TANH, Loss.MSE, Init.UNIFORM, 0.2, 0), rng),
        };
        for (Network net : nets) {
            assertSameParameters(net, ModelJson.read(ModelJson.write(net)));
        }
    }

    @Test
    void leakySlopeIsWrittenOnlyWhenALayerIsLeaky() {
        Network leaky = Network.build(new NetSpec(new int[] {2, 3, 1}, Activation.LEAKY_RELU,
                Activation.LINEAR, Loss.MSE, Init.HE, 0.2, 0), new Rng(4));
        String json = ModelJson.write(leaky);
        assertEquals(true, json.contains("\n  \"leakySlope\": 0.2,\n"));
        assertEquals(false, SMALL_JSON.contains("leakySlope"));
        assertEquals(0.2, ModelJson.read(json).layer(0).slope());
        String defaulted = small("\"relu\"", "\"leaky-relu\"");
        assertEquals(NetSpec.DEFAULT_LEAKY_SLOPE, ModelJson.read(defaulted).layer(0).slope());
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = small("\"version\": 1,", "\"version\": 1, \"note\": {\"by\": [\"me\", null]},"
                + " \"trainedEpochs\": 200,")
                .replace("\"outputs\": 1,", "\"outputs\": 1, \"comment\": \"output layer\",");
        assertSameParameters(small(), ModelJson.read(json));
    }

    @Test
    void refusesToWriteNonFiniteParameters() {
        Network net = small();
        net.layer(1).weights()[1] = Double.NaN;
        assertEquals("cannot write the model: layer 2 weight row 2, column 1 is NaN and JSON has "
                + "no NaN or Infinity; training diverged, so retrain with a smaller learning "
                + "rate or from the last good model",
                assertThrows(IllegalArgumentException.class, () -> ModelJson.write(net))
                        .getMessage());
        Network inf = small();
        inf.layer(0).biases()[1] = Double.NEGATIVE_INFINITY;
        assertEquals(true, assertThrows(IllegalArgumentException.class,
                () -> ModelJson.write(inf))
                .getMessage().startsWith("cannot write the model: layer 1 bias 2 is -Infinity"));
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        assertEquals("a model file is a JSON object {\"format\": \"scratchnet-model\", ...}, but "
                + "this file holds an array", error("[1, 2]"));
        assertEquals("missing field \"format\" (expected \"scratchnet-model\")", error("{}"));
        assertEquals("\"format\" is \"scratchnet-url\"; expected \"scratchnet-model\" (is this a "
                + "ScratchNet model file?)", error(small("scratchnet-model", "scratchnet-url")));
        assertEquals("\"version\" is 2 but this ScratchNet reads version 1; open it with the "
                + "ScratchNet that wrote it", error(small("\"version\": 1", "\"version\": 2")));
        assertEquals("missing field \"version\"", error(small("\"version\": 1,", "")));
    }

    @Test
    void rejectsBadLossAndLayersFields() {
        assertEquals("\"loss\" is \"mae\"; expected mse, huber, bce or softmax-ce",
                error(small("\"mse\"", "\"mae\"")));
        assertEquals("missing field \"loss\" (expected mse, huber, bce or softmax-ce)",
                error(small("\"loss\": \"mse\",", "")));
        assertEquals("\"layers\" is an object, not an array",
                error("{\"format\": \"scratchnet-model\", \"version\": 1, \"loss\": \"mse\", "
                        + "\"layers\": {}}"));
        assertEquals("\"layers\" is empty; a model needs at least one layer",
                error("{\"format\": \"scratchnet-model\", \"version\": 1, \"loss\": \"mse\", "
                        + "\"layers\": []}"));
        assertEquals("\"leakySlope\" is 1.5; expected a number in [0, 1), e.g. 0.01",
                error(small("\"version\": 1,", "\"version\": 1, \"leakySlope\": 1.5,")));
    }

    @Test
    void rejectsBadLayerFieldsNamingLayerAndField() {
        assertEquals("layer 2: \"weights\" has 3 rows but \"inputs\" is 2; weights[i][j] "
                + "connects input i to output j", error(small("[0.6]", "[0.6], [0.7]")));
        assertEquals("layer 1: \"weights\" row 2 has 3 numbers but \"outputs\" is 2",
                error(small("[0.3, 0.4]", "[0.3, 0.4, 0.5]")));
        assertEquals("layer 1: \"weights\" row 1, entry 2 is the string \"0.2\", not a number",
                error(small("0.2", "\"0.2\"")));
        assertEquals("layer 1: \"weights\" row 1 is 0.1, not an array of 2 numbers",
                error(small("[0.1, 0.2]", "0.1")));
        assertEquals("layer 2: \"biases\" has 2 numbers but \"outputs\" is 1",
                error(small("[13.54]", "[13.54, 1]")));
        assertEquals("layer 2: missing field \"biases\"", error(small(",\n      \"biases\": "
                + "[13.54]", "")));
        assertEquals("layer 1: \"inputs\" is 2.5; expected a whole number >= 1",
                error(small("\"inputs\": 2", "\"inputs\": 2.5")));
        assertEquals("layer 1: \"outputs\" is 0; expected a whole number >= 1",
                error(small("\"outputs\": 2", "\"outputs\": 0")));
        assertEquals("layer 1: missing field \"inputs\" (a whole number >= 1)",
                error(small("\"inputs\": 2,", "")));
        assertEquals("layer 1: \"activation\" is \"swish\"; expected linear, relu, leaky-relu, "
                + "sigmoid, tanh, elu, gelu, silu, softplus or softmax",
                error(small("\"relu\"", "\"swish\"")));
        assertEquals("layer 1: \"activation\" is null, not a string; expected linear, relu, "
                + "leaky-relu, sigmoid, tanh, elu, gelu, silu, softplus or softmax",
                error(small("\"relu\"", "null")));
        assertEquals("layer 2 is 7, not an object with \"inputs\", \"outputs\", "
                + "\"activation\", \"weights\" and \"biases\"",
                error(small("    },\n    {", "    }, 7, {")));
    }

    @Test
    void aHugeDeclaredSizeIsRejectedWithoutAllocatingIt() {
        assertEquals("layer 1: \"weights\" row 1 has 2 numbers but \"outputs\" is 2000000000",
                error(small("\"outputs\": 2", "\"outputs\": 2000000000")));
        assertEquals("layer 1: \"weights\" has 2 rows but \"inputs\" is 2000000000; "
                + "weights[i][j] connects input i to output j",
                error(small("\"inputs\": 2", "\"inputs\": 2000000000")));
    }

    @Test
    void rejectsLayersThatDoNotChain() {
        String json = small("\"outputs\": 2", "\"outputs\": 3")
                .replace("[0.1, 0.2]", "[0.1, 0.2, 0]").replace("[0.3, 0.4]", "[0.3, 0.4, 0]")
                .replace("[0, -0]", "[0, 0, 0]");
        assertEquals("layer 2: \"inputs\" is 2 but layer 1 has \"outputs\" 3; each layer's inputs "
                + "must equal the previous layer's outputs", error(json));
    }

    @Test
    void rejectsALossThatDisagreesWithTheOutputActivation() {
        assertEquals("\"loss\" is \"bce\" but the last layer (2) has activation \"linear\"; bce "
                + "needs a \"sigmoid\" output layer", error(small("\"mse\"", "\"bce\"")));
        assertEquals("\"loss\" is \"softmax-ce\" but the last layer (2) has activation "
                + "\"linear\"; softmax-ce needs a \"softmax\" output layer",
                error(small("\"mse\"", "\"softmax-ce\"")));
        assertEquals("the last layer (2) is \"softmax\", which needs \"loss\": \"softmax-ce\", "
                + "not \"mse\"", error(small("\"linear\"", "\"softmax\"")));
        assertEquals("layer 1: \"softmax\" is only allowed on the last layer (with \"loss\": "
                + "\"softmax-ce\"); use relu or tanh for hidden layers",
                error(small("\"relu\"", "\"softmax\"")));
        assertEquals("\"loss\" is \"softmax-ce\" but the last layer (2) has 1 output; softmax "
                + "cross-entropy needs one per class (at least 2)",
                error(small("\"mse\"", "\"softmax-ce\"").replace("\"linear\"", "\"softmax\"")));
        String twoOut = small("\"outputs\": 1", "\"outputs\": 2").replace("[0.5]", "[0.5, 0]")
                .replace("[0.6]", "[0.6, 0]").replace("[13.54]", "[0, 0]")
                .replace("\"mse\"", "\"bce\"").replace("\"linear\"", "\"sigmoid\"");
        assertEquals("\"loss\" is \"bce\" but the last layer (2) has 2 outputs; binary "
                + "cross-entropy needs exactly 1", error(twoOut));
    }

    @Test
    void syntaxErrorsKeepTheirLineAndColumn() {
        assertEquals("JSON syntax error at line 11, column 14: expected ',' or ']' after an "
                + "array element but found '0'", error(small("[0.1, 0.2]", "[0.1 0.2]")));
    }

    @Test
    void batchNormAndPrecisionRoundTripExactly() {
        scratchnet.engine.Network net = scratchnet.engine.Network.build(
                scratchnet.engine.NetSpec.of(new int[] {3, 4, 2}, scratchnet.engine.Activation.TANH,
                        scratchnet.engine.Loss.MSE, scratchnet.engine.Init.LECUN),
                new scratchnet.math.Rng(5), true, scratchnet.engine.Precision.FLOAT32);
        double[] x = {0.1, 0.2, 0.3, -1, 2, 0.5, 0.7, -0.4, 1.5};
        net.forwardTrain(x, 3, null);
        net.layer(0).norm().gamma()[1] = 1.25;
        String text = ModelJson.write(net);
        scratchnet.engine.Network back = ModelJson.read(text);
        org.junit.jupiter.api.Assertions.assertEquals(text, ModelJson.write(back));
        org.junit.jupiter.api.Assertions.assertArrayEquals(net.forward(x, 3), back.forward(x, 3));
        org.junit.jupiter.api.Assertions.assertTrue(back.batchNorm());
        String bad = text.replace("\"precision\": \"float32\"", "\"precision\": \"half\"");
        FormatException e = org.junit.jupiter.api.Assertions.assertThrows(FormatException.class,
                () -> ModelJson.read(bad));
        org.junit.jupiter.api.Assertions.assertEquals(
                "\"precision\" is the string \"half\"; expected float64 or float32", e.getMessage());
        String noVar = text.replaceFirst("\"runningVar\": \\[[^\\]]*\\]",
                "\"runningVar\": [1, -1, 1, 1]");
        FormatException v = org.junit.jupiter.api.Assertions.assertThrows(FormatException.class,
                () -> ModelJson.read(noVar));
        org.junit.jupiter.api.Assertions.assertTrue(v.getMessage().contains("a variance is 0 or more"),
                v.getMessage());
    }
}
