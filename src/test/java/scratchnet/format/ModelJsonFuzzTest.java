package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/**
 * Issue 15: 12,000 seeded model texts — files {@link ModelJson#write} made, then truncated,
 * mutated, re-encoded, nested deep, made huge, with NaN and Infinity put in — are each read
 * as a network that keeps the engine's invariants (layers chain, finite parameters, the loss
 * fits the output, write → read → write is stable) or refused with a
 * {@link FormatException}, in time proportional to their length.
 */
class ModelJsonFuzzTest {
    private static final int CASES = 12_000;
    private static final Activation[] HIDDEN = {Activation.LINEAR, Activation.RELU,
        Activation.LEAKY_RELU, Activation.SIGMOID, Activation.TANH};

    @Test
    void everyTextIsReadIntactOrRefusedWithAFormatExceptionInLinearTime() {
        Fuzz fuzz = new Fuzz(17);
        String model = null;
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            if (i % 20 == 0) {
                model = ModelJson.write(randomNetwork(fuzz));
                String again = ModelJson.write(ModelJson.read(model));
                assertEquals(model, again, "write → read → write");
            }
            String text = input(fuzz, i, model);
            accepted += Fuzz.check("case " + i, text, t -> checkInvariants(ModelJson.read(t)))
                    ? 1 : 0;
        }
        assertTrue(accepted > CASES / 20 && accepted < CASES / 2, accepted + " accepted");
    }

    private static Network randomNetwork(Fuzz fuzz) {
        int depth = 1 + fuzz.nextInt(3);
        int[] sizes = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            sizes[l] = 1 + fuzz.nextInt(4);
        }
        Loss loss = fuzz.pick(Loss.values());
        if (loss == Loss.BCE) {
            sizes[depth] = 1;
        } else if (loss == Loss.SOFTMAX_CE) {
            sizes[depth] = Math.max(2, sizes[depth]);
        }
        return Network.build(NetSpec.of(sizes, fuzz.pick(HIDDEN), loss,
                fuzz.pick(Init.HE, Init.LECUN, Init.UNIFORM)), new Rng(fuzz.nextLong()));
    }

    private static void checkInvariants(Network net) {
        assertTrue(net.depth() >= 1);
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            assertTrue(d.inputs() >= 1 && d.outputs() >= 1);
            if (l > 0) {
                assertEquals(net.layer(l - 1).outputs(), d.inputs());
            }
            assertEquals(d.inputs() * d.outputs(), d.weights().length);
            assertEquals(d.outputs(), d.biases().length);
            for (double w : d.weights()) {
                assertTrue(Double.isFinite(w));
            }
            for (double b : d.biases()) {
                assertTrue(Double.isFinite(b));
            }
            assertTrue(d.activation() != Activation.SOFTMAX || l == net.depth() - 1);
        }
        Activation out = net.layer(net.depth() - 1).activation();
        Activation required = net.loss().requiredOutput();
        assertTrue(required == null ? out != Activation.SOFTMAX : out == required);
        String written = ModelJson.write(net);
        assertEquals(written, ModelJson.write(ModelJson.read(written)));
    }

    /** A text for case i: mostly a model file mutated; sometimes deep, huge or noise. */
    private static String input(Fuzz fuzz, int i, String model) {
        switch (i % 20) {
            case 0:
                return model;
            case 1:
                return fuzz.noise("{}[]:,\"0123456789.-eE tnrufals\n", fuzz.nextInt(300));
            case 2:
                return deep(fuzz);
            case 3:
                return i % 100 == 3 ? huge(fuzz, model) : fuzz.mutate(model);
            case 4:
                // A number replaced by a non-finite or out-of-range literal.
                return model.replaceFirst("(?<=[\\[ ])-?[0-9][0-9.e-]*", fuzz.pick("NaN",
                        "Infinity", "-Infinity", "1e999", "-1e400", "1e-400", "0x10", "+1"));
            default:
                return fuzz.mutate(model);
        }
    }

    private static String deep(Fuzz fuzz) {
        int depth = 1 + fuzz.nextInt(2000);
        String open = fuzz.pick("[", "{\"a\":", "[{\"layers\":");
        String close = open.equals("[") ? "]" : open.equals("{\"a\":") ? "}" : "}]";
        return open.repeat(depth) + "0" + close.repeat(fuzz.nextInt(depth + 1));
    }

    private static String huge(Fuzz fuzz, String model) {
        switch (fuzz.nextInt(4)) {
            case 0: // one enormous number
                return model.replaceFirst("(?<=\\[)-?[0-9][0-9.e-]*",
                        "0." + "1".repeat(100_000 + fuzz.nextInt(900_000)));
            case 1: // an enormous string
                return "{\"comment\": \"" + "é".repeat(fuzz.nextInt(1_000_000)) + "\", "
                        + model.substring(1);
            case 2: // a layer with an enormous claimed size
                return model.replaceFirst("\"outputs\": [0-9]+", "\"outputs\": 2147483647");
            default: // a long array of numbers where a row belongs
                return model.replaceFirst("(?<=\"weights\": )\\[",
                        "[[" + "0.5,".repeat(fuzz.nextInt(200_000)) + "0],");
        }
    }
}
