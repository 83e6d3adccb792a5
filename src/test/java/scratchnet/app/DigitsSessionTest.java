package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static scratchnet.app.Sessions.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.data.Digits;
import scratchnet.format.JsonForTests;
import scratchnet.train.Confusion;

/**
 * The handwritten digits in the playground's session, and the classification metrics of every
 * classification task; pins the JSON field names of metrics, digitGallery and digitPad.
 */
class DigitsSessionTest {
    static final List<String> METRICS = List.of("set", "rows", "classes", "counts", "accuracy",
            "precision", "recall", "support", "predicted");
    static final List<String> GALLERY = List.of("set", "rows", "mistakes", "shown");
    static final List<String> SHOWN = List.of("row", "label", "predicted", "probability");
    static final List<String> PAD = List.of("pixels", "probabilities", "predicted");

    /** Epochs the default digits run needs to reach 90 % test accuracy (it does in 3). */
    static final int EPOCHS_TO_90 = 3;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) JsonForTests.parse(json);
    }

    private static List<?> list(Object v) {
        return (List<?>) v;
    }

    @Test
    void digitsHaveTheirOwnCanonicalLinkAndNetwork() {
        Session s = session("#data=digits");
        assertEquals("#data=digits&train=80&dseed=1&layers=32&act=relu&loss=softmax-ce"
                + "&out=softmax&init=he&lr=0.003&batch=32&opt=adam&reg=none&rate=0.001"
                + "&dropout=0&clip=0&seed=1&bn=0&prec=float64&twin=0&test=0&discrete=0&ylog=0",
                s.hash());
        assertEquals(64, s.sizes()[0]);
        assertEquals(10, s.sizes()[2]);
        assertEquals(1438, s.stats().trainRows()); // 80 % of 1,797
        assertEquals(359, s.stats().testRows());
        assertEquals(List.of(), SettingsHash.read(s.hash()).problems());
        assertEquals(s.hash(), SettingsHash.write(SettingsHash.read(s.hash()).settings()));
    }

    @Test
    void switchingToTheDigitsAndBackRestoresThePointsSettings() {
        Session s = session("#data=spiral&lr=0.1&layers=8,8");
        String points = s.hash();
        List<String> messages = s.configure("#data=digits");
        assertTrue(messages.get(0).startsWith("The digits have their own network"), messages.toString());
        s.configure("#lr=0.01");
        s.configure("#data=spiral");
        assertEquals(points, s.hash());
        s.configure("#data=digits");
        assertTrue(s.hash().contains("lr=0.01"), s.hash());
        s.configure("#data=delivery");
        assertTrue(s.hash().startsWith("#data=delivery"), s.hash());
        s.configure("#data=nonsense");
        assertTrue(s.hash().startsWith("#data=delivery"), s.hash());
    }

    @Test
    void theDefaultDigitsRunPassesNinetyPercentWithinThreeEpochs() {
        Session s = session("#data=digits");
        for (int e = 0; e < EPOCHS_TO_90; e++) {
            s.stepEpoch();
        }
        s.refresh();
        assertTrue(s.stats().accuracy() >= 0.9, "test accuracy " + s.stats().accuracy());
        Confusion c = s.confusion();
        assertEquals(10, c.classes());
        assertEquals(s.stats().testRows(), c.rows());
        assertEquals(s.stats().accuracy(), c.accuracy());
    }

    @Test
    void metricsCrossByName() {
        Session s = session("#data=digits");
        s.stepEpoch();
        s.refresh();
        Map<String, Object> m = object(s.metrics());
        assertEquals(METRICS, new ArrayList<>(m.keySet()));
        assertEquals("test", m.get("set"));
        assertEquals(359.0, m.get("rows"));
        assertEquals("digit 0", list(m.get("classes")).get(0));
        assertEquals(10, list(m.get("counts")).size());
        assertEquals(10, list(list(m.get("counts")).get(3)).size());
        double[] counts = new double[1];
        list(m.get("counts")).forEach(row -> list(row).forEach(v -> counts[0] += (Double) v));
        assertEquals(359.0, counts[0]);
        assertEquals(s.stats().accuracy(), (Double) m.get("accuracy"));
        Map<String, Object> g = object(s.digitGallery());
        assertEquals(GALLERY, new ArrayList<>(g.keySet()));
        assertEquals(Classification.GALLERY, list(g.get("shown")).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) list(g.get("shown")).get(0);
        assertEquals(SHOWN, new ArrayList<>(first.keySet()));
        if ((Double) g.get("mistakes") > 0) {
            assertTrue(!first.get("label").equals(first.get("predicted")), "mistakes first");
        }
        assertEquals(359 * 64, s.digitImages().length);
        assertEquals(32 * 64, s.digitWeights().length);
    }

    @Test
    void everyClassificationTaskHasAConfusionMatrixAndRegressionNone() {
        Session circle = session("#data=circle");
        assertEquals(2, circle.confusion().classes());
        assertEquals(circle.stats().testRows(), circle.confusion().rows());
        Session blobs = session("#data=blobs&k=4");
        assertEquals(4, blobs.confusion().classes());
        assertEquals("class 3", list(object(blobs.metrics()).get("classes")).get(3));
        assertEquals("null", session("#data=plane").metrics());
        assertEquals("null", session("#data=delivery").metrics());
        assertEquals("null", circle.digitGallery());
        assertTrue(object(circle.digitPad(new double[1024])).containsKey("error"));
    }

    @Test
    void aTestImageDrawnOnThePadIsReadAsItsDigitByATrainedNetwork() {
        Session s = session("#data=digits");
        for (int e = 0; e < 10; e++) {
            s.stepEpoch();
        }
        s.refresh();
        Map<String, Object> g = object(s.digitGallery());
        int right = 0;
        int tried = 0;
        for (Object o : list(g.get("shown"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) o;
            if (!shown.get("label").equals(shown.get("predicted"))) {
                continue;
            }
            int row = ((Double) shown.get("row")).intValue();
            double[] pixels = new double[64];
            // the test rows as the network sees them are pixel / 16
            int[] grey = s.digitImages();
            for (int p = 0; p < 64; p++) {
                int g8 = grey[row * 64 + p] & 0xFF; // 255 white .. 0 black
                pixels[p] = Math.round((255 - g8) * Digits.MAX_VALUE / 255.0);
            }
            Map<String, Object> pad = object(s.digitPad(Digits.bitmap(pixels)));
            assertEquals(PAD, new ArrayList<>(pad.keySet()));
            tried++;
            right += pad.get("predicted").equals(shown.get("label")) ? 1 : 0;
        }
        assertTrue(tried > 40, "tried " + tried);
        assertEquals(tried, right, "every rightly classified test image drawn back");
    }

    @Test
    void thePadCrossesTheBridgeAsText() {
        Session s = session("#data=digits");
        String drawing = Session.digitBitmap(String.join(",", java.util.Collections.nCopies(64,
                "16")));
        assertEquals("1".repeat(1024), drawing);
        // pixel 3 (row 0, column 3) = 1: the first point of its block, x = 12 on the top row
        assertEquals("0".repeat(12) + "1" + "0".repeat(1011),
                Session.digitBitmap("0,0,0,1" + ",0".repeat(60)));
        assertEquals("", Session.digitBitmap("17" + ",0".repeat(63)));
        assertEquals("", Session.digitBitmap("1,2"));
        assertEquals("", Session.digitBitmap("-1" + ",0".repeat(63)));
        Map<String, Object> pad = object(s.digitPad("1".repeat(1024)));
        assertEquals(PAD, new ArrayList<>(pad.keySet()));
        assertEquals(16.0, list(pad.get("pixels")).get(63));
        double sum = 0;
        for (Object p : list(pad.get("probabilities"))) {
            sum += (Double) p;
        }
        assertEquals(1.0, sum, 1e-12);
        assertTrue(object(s.digitPad("2".repeat(1024))).containsKey("error"));
        assertTrue(object(s.digitPad("1")).containsKey("error"));
    }
}
