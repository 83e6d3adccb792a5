package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.app.Settings;
import scratchnet.app.SettingsHash;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;

/**
 * Issue 15: 12,000 seeded playground links — built from the hash's keys, then truncated,
 * mutated, re-encoded, made huge or deep, with NaN and Infinity put in — are each read by
 * {@link HashCodec} and {@link HashReader} (through the playground's own
 * {@link SettingsHash#read}) as settings inside every range the engine relies on, with short
 * one-line messages for what was replaced, in time proportional to their length; and
 * {@link HashCodec#pairs} alone either splits a link or throws a {@link FormatException}.
 */
class HashFuzzTest {
    private static final int CASES = 12_000;
    private static final String[][] VALUES = {
        {"data", "circle", "xor", "gauss", "spiral", "spiral-k", "blobs", "plane", "multigauss",
            "delivery", "moons"},
        {"k", "3", "5", "9", "-1"}, {"noise", "0", "25", "50", "51"}, {"train", "10", "90", "5"},
        {"dseed", "0", "999999999", "1000000000"}, {"f", "x1", "x1,x2,sinx1", "x1sq,x1x2", ""},
        {"layers", "8,8", "", "4,2,1", "64,64", "9", "1,1,1,1,1,1,1", "0"},
        {"act", "relu", "tanh", "softmax", "leaky-relu", "swish"},
        {"loss", "bce", "mse", "softmax-ce"}, {"out", "sigmoid", "softmax", "linear", "relu"},
        {"init", "he", "xavier", "too-large"}, {"lr", "0.03", "1e-7", "100", "1e23", "-0"},
        {"batch", "1", "100000", "0"}, {"opt", "sgd", "adam", "rmsprop", "momentum", "lbfgs"},
        {"reg", "none", "l1", "l2"}, {"rate", "0", "10", "0.001"}, {"dropout", "0", "0.9"},
        {"clip", "0", "1", "1e6"}, {"seed", "0", "42", "999999999"}, {"test", "0", "1"},
        {"discrete", "1", "0"}, {"ylog", "0", "1", "2"}, {"hx", "0", "3"}, {"hy", "1", "2"},
    };

    @Test
    void everyLinkGivesSettingsInRangeAndShortMessagesInLinearTime() {
        Fuzz fuzz = new Fuzz(18);
        Settings current = null;
        for (int i = 0; i < CASES; i++) {
            String hash = input(fuzz, i);
            Settings base = fuzz.nextBoolean() ? null : current;
            Fuzz.check("case " + i, hash, h -> {
                try {
                    HashCodec.pairs(h);
                } catch (FormatException e) {
                    // a malformed link is allowed to be refused here; HashReader reports it
                }
                SettingsHash.Result r = SettingsHash.read(h, base);
                checkInvariants(r.settings());
                for (String p : r.problems()) {
                    assertTrue(!p.isEmpty() && p.length() <= Fuzz.MAX_MESSAGE
                            && p.indexOf('\n') < 0 && p.indexOf('\r') < 0, p);
                }
                String canonical = SettingsHash.write(r.settings());
                SettingsHash.Result again = SettingsHash.read(canonical);
                assertEquals(List.of(), again.problems(), canonical);
                assertEquals(canonical, SettingsHash.write(again.settings()));
            });
            current = SettingsHash.read(hash, base).settings();
        }
    }

    private static void checkInvariants(Settings s) {
        Settings.Data d = s.data();
        Settings.Net n = s.net();
        Settings.Training t = s.training();
        Settings.View v = s.view();
        assertTrue(d.classes() >= TwoD.DEFAULT_CLASSES && d.classes() <= TwoD.MAX_CLASSES);
        assertTrue(d.noise() >= 0 && d.noise() <= TwoD.MAX_NOISE);
        assertTrue(d.trainPercent() >= 10 && d.trainPercent() <= 90);
        assertTrue(d.seed() >= 0 && n.seed() >= 0);
        assertTrue(!n.features().isEmpty());
        int[] layers = n.layers();
        assertTrue(layers.length <= Settings.MAX_LAYERS);
        for (int units : layers) {
            assertTrue(units >= 1 && units <= s.maxUnits(), units + " units");
        }
        assertTrue(n.activation() != Activation.SOFTMAX);
        Loss loss = n.loss();
        Activation required = loss.requiredOutput();
        assertTrue(required == null ? n.output() != Activation.SOFTMAX
                : n.output() == required);
        assertTrue(t.learningRate() >= 1e-7 && t.learningRate() <= 100);
        assertTrue(t.batchSize() >= 1 && t.batchSize() <= 100_000);
        assertTrue(t.penaltyRate() >= 0 && t.penaltyRate() <= 10);
        assertTrue(n.dropout() >= 0 && n.dropout() <= 0.9);
        assertTrue(t.clipNorm() >= 0 && t.clipNorm() <= 1e6);
        assertTrue(v.heatX() != v.heatY() && v.heatX() >= 0 && v.heatY() >= 0
                && v.heatX() < Settings.DELIVERY_FEATURES
                && v.heatY() < Settings.DELIVERY_FEATURES, v.toString());
    }

    /** A link for case i: mostly one built from the keys and mutated; sometimes huge or deep. */
    private static String input(Fuzz fuzz, int i) {
        switch (i % 10) {
            case 0:
                return fuzz.noise("#&=,.-0123456789%abcdefxlrs", fuzz.nextInt(200));
            case 1:
                return i % 100 == 1 ? huge(fuzz) : built(fuzz);
            case 2:
                return built(fuzz).replaceFirst("(?<=lr=)[^&]*|(?<=rate=)[^&]*", fuzz.pick("NaN",
                        "Infinity", "-Infinity", "inf", "1e999", "0x1p-3", "1e-3d", "%4E%61N"));
            default:
                return fuzz.mutate(built(fuzz));
        }
    }

    private static String built(Fuzz fuzz) {
        StringBuilder sb = new StringBuilder(fuzz.nextInt(5) == 0 ? "" : "#");
        for (String[] key : VALUES) {
            if (fuzz.nextInt(3) == 0) {
                String value = key[1 + fuzz.nextInt(key.length - 1)];
                sb.append(sb.length() > 1 ? "&" : "").append(key[0]).append('=').append(value);
            }
        }
        return sb.toString();
    }

    private static String huge(Fuzz fuzz) {
        int n = 100_000 + fuzz.nextInt(900_000);
        switch (fuzz.nextInt(5)) {
            case 0:
                return "#lr=0." + "1".repeat(n);
            case 1:
                return "#layers=" + "8,".repeat(n / 2) + "8";
            case 2:
                return "#" + "a=1&".repeat(n / 4);
            case 3:
                return "#f=" + "%".repeat(n) + "&k=" + "9".repeat(n);
            default:
                return "#data=" + "\uD800".repeat(n);
        }
    }
}
