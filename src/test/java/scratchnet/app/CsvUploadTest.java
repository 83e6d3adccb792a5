package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.format.DatasetCsv;
import scratchnet.format.JsonForTests;

/**
 * Your own data in the playground: task detection and override, the column chooser, training
 * on it, links that need it, forgetting it, and the CSV it exports for the command line.
 */
class CsvUploadTest {
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object json) {
        return (Map<String, Object>) (json instanceof String s ? JsonForTests.parse(s) : json);
    }

    static List<?> list(Object v) {
        return (List<?>) v;
    }

    /** A ring of class 1 inside class 0 with a noise column and a regression column. */
    static String rings(int n) {
        StringBuilder sb = new StringBuilder("x,y,noise,\"dist, m\",label\r\n");
        for (int i = 0; i < n; i++) {
            double a = i * 2.399;
            double r = i % 2 == 0 ? 1 + (i % 7) * 0.1 : 4 + (i % 5) * 0.2;
            double x = r * Math.cos(a);
            double y = r * Math.sin(a);
            sb.append(x).append(',').append(y).append(',').append(i % 3).append(',')
                    .append(Math.sqrt(x * x + y * y)).append(',').append(i % 2 == 0 ? 1 : 0)
                    .append("\r\n");
        }
        return sb.toString();
    }

    @Test
    void detectsTheTask() {
        assertEquals(Task.BINARY, UserData.detect(new double[] {0, 1, 1}));
        assertEquals(Task.MULTICLASS, UserData.detect(new double[] {0, 2, 1, 2}));
        assertEquals(Task.REGRESSION, UserData.detect(new double[] {0, 0.5, 1}));
        assertEquals(Task.REGRESSION, UserData.detect(new double[] {1, 2, 3})); // no class 0
        assertEquals(Task.REGRESSION, UserData.detect(new double[] {0, 1, 3})); // class 2 absent
        assertEquals(Task.REGRESSION, UserData.detect(new double[] {0, 10, 5})); // over the limit
        assertEquals(Task.REGRESSION, UserData.detect(new double[] {0, 0}));
    }

    @Test
    void loadsTrainsAndNamesItInTheLink() {
        Session s = new Session();
        Map<String, Object> out = object(s.upload().load(rings(400), "{\"name\": \"rings.csv\"}"));
        assertEquals(true, out.get("ok"), out.toString());
        Map<String, Object> data = object(out.get("data"));
        assertEquals(List.of("name", "id", "rows", "columns", "features", "target", "task",
                "detected", "classes", "notes"), new ArrayList<>(data.keySet()));
        assertEquals(List.of("ok", "messages", "settings", "hash", "data"),
                new ArrayList<>(out.keySet()));
        assertEquals("rings.csv", data.get("name"));
        assertEquals("binary", data.get("task"));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), data.get("features"));
        assertEquals(400.0, data.get("rows"));
        String hash = (String) out.get("hash");
        assertTrue(hash.startsWith("#data=csv&csv=" + data.get("id") + "&"), hash);
        assertTrue(hash.contains("&std=1"), hash);
        assertEquals("400 rows of 4 features to predict label: two classes (0 and 1) (detected"
                + " from the target column).", list(out.get("messages")).get(0));
        s.step(3000);
        s.refresh(true);
        assertTrue(s.stats().accuracy() > 0.95, "test accuracy " + s.stats().accuracy());
        assertEquals(320, s.stats().trainRows());
    }

    @Test
    void theColumnChooserPicksFeaturesTargetAndTask() {
        Session s = new Session();
        Map<String, Object> out = object(s.upload().load(rings(200),
                "{\"target\": \"dist, m\", \"features\": [\"x\", 1]}"));
        assertEquals(true, out.get("ok"), out.toString());
        Map<String, Object> data = object(out.get("data"));
        assertEquals("regression", data.get("task"));
        assertEquals(3.0, data.get("target"));
        assertEquals("mse", object(out.get("settings")).get("loss"));
        Map<String, Object> key = object(s.heatmapKey());
        assertEquals("x", object(key.get("x")).get("name"));
        assertEquals("", object(key.get("x")).get("unit"));
        assertEquals("y", object(key.get("y")).get("name"));
        assertEquals("predicted dist, m", object(key.get("scale")).get("title"));
        assertEquals(List.of("dist, m"), key.get("outputs"));
        Map<String, Object> multi = object(s.upload().load(rings(200),
                "{\"target\": \"noise\", \"features\": [\"x\", \"y\"]}"));
        assertEquals("multiclass", object(multi.get("data")).get("task"));
        assertEquals(3.0, object(multi.get("data")).get("classes"));
        assertEquals("softmax-ce", object(multi.get("settings")).get("loss"));
        Map<String, Object> forced = object(s.upload().load(rings(200),
                "{\"target\": \"noise\", \"features\": [0, 1], \"task\": \"regression\"}"));
        assertEquals("regression", object(forced.get("data")).get("task"));
        assertTrue(((String) list(forced.get("messages")).get(0)).contains("(chosen; the target"
                + " column looks like several classes)"), forced.toString());
    }

    @Test
    void aChoiceThatDoesNotFitIsNamedAndChangesNothing() {
        Session s = new Session();
        String before = s.hash();
        Map<String, Object> out = object(s.upload().load("a,y\n1,0\n2,1\n3,2\n",
                "{\"task\": \"binary\"}"));
        assertEquals(false, out.get("ok"));
        assertEquals("line 4, column 2 (\"y\"): the label 2 is not 0 or 1; two-class data needs"
                + " 0/1 labels (or choose regression).", out.get("message"));
        assertEquals(4.0, out.get("line"));
        assertEquals(2.0, out.get("column"));
        assertEquals(before, s.hash());
        Map<String, Object> bad = object(s.upload().load("a,y\n1,0\n", "{\"target\": \"z\"}"));
        assertEquals("target: there is no column named \"z\"; the columns are a, y.",
                bad.get("message"));
        Map<String, Object> self = object(s.upload().load("a,y\n1,0\n",
                "{\"target\": \"a\", \"features\": [\"a\"]}"));
        assertTrue(((String) self.get("message")).contains("is the target; it cannot also be a"
                + " feature"), self.toString());
        Map<String, Object> file = object(s.upload().load("a,y\n1,x\n", ""));
        assertEquals("line 2, column 2 (\"y\"): \"x\" is not a number; write plain decimals such"
                + " as 12.5, -3 or 4.2e-3.", file.get("message"));
        Map<String, Object> huge = object(s.upload().load("a,y\n1e308,0\n1,1\n", ""));
        assertEquals("Column 1 (a) has values so large that their sum of squares overflows a"
                + " double (above about 1e154); rescale the column.", huge.get("message"));
        assertEquals(before, s.hash());
        assertNull(s.userData());
    }

    @Test
    void theUploadReadsInSlices() {
        Session s = new Session();
        Map<String, Object> begun = object(s.upload().begin(rings(100), "r.csv"));
        assertEquals(List.of("ok", "lines", "columns"), new ArrayList<>(begun.keySet()));
        assertEquals(101.0, begun.get("lines"));
        Map<String, Object> slice = object(s.upload().parse(40));
        assertEquals(List.of("ok", "done", "linesRead", "lines", "rows"),
                new ArrayList<>(slice.keySet()));
        assertEquals(false, slice.get("done"));
        assertEquals(40.0, slice.get("rows"));
        assertEquals(false, object(s.upload().use("")).get("ok")); // not read to the end
        while (!(Boolean) object(s.upload().parse(40)).get("done")) {
            // slices
        }
        assertEquals(true, object(s.upload().use("{\"target\": 4}")).get("ok"));
        s.upload().cancel();
        assertEquals(false, object(s.upload().parse(10)).get("ok"));
    }

    @Test
    void aLinkThatNeedsOwnDataSaysSo() {
        Session s = new Session();
        List<String> m = s.load("#data=csv&csv=0123456789abcdef&layers=3");
        assertEquals("This link trains on someone's own data (csv=0123456789abcdef), which this"
                + " browser does not have: load the same CSV file under Data → Your own data to"
                + " see it. Until then this shows circle instead.", m.get(0));
        assertTrue(s.hash().startsWith("#data=circle&"), s.hash());
        object(s.upload().load(rings(100), "{\"name\": \"mine.csv\"}"));
        String mine = s.hash();
        List<String> other = s.load("#data=csv&csv=0123456789abcdef");
        assertTrue(other.get(0).contains("is not the data loaded here (mine.csv, csv="), other.get(0));
        assertEquals(List.of(), s.load(mine));
        assertEquals(mine, s.hash());
        // a link to other data keeps the own data loaded, and a link back finds it
        assertEquals(List.of(), s.load("#data=spiral"));
        assertEquals(List.of(), s.load(mine));
        assertEquals(mine, s.hash());
        assertEquals(List.of(), s.configure("#data=delivery"));
        assertTrue(s.hash().startsWith("#data=delivery&"), s.hash());
        s.configure("#data=csv");
        assertTrue(s.hash().startsWith("#data=csv&csv="), s.hash());
    }

    @Test
    void forgettingTheDataInUseGoesBackToTheCircle() {
        Session s = new Session();
        s.upload().load(rings(100), "");
        Map<String, Object> out = object(s.upload().forget());
        assertTrue(((String) out.get("hash")).startsWith("#data=circle&"));
        assertNull(out.get("data") == null || JsonForTests.isNull(out.get("data")) ? null : "x");
        assertNull(s.userData());
        assertTrue(JsonForTests.isNull(object(s.upload().current()).get("data")));
        assertEquals("", s.upload().export());
    }

    @Test
    void oneFeatureTrainsWithAHeatmapAcross() {
        Session s = new Session();
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 50; i++) {
            sb.append(i * 0.1).append(',').append(Math.sin(i * 0.1)).append('\n');
        }
        Map<String, Object> out = object(s.upload().load(sb.toString(), ""));
        assertEquals(true, out.get("ok"), out.toString());
        assertTrue(s.hash().contains("&hx=0&hy=0"), s.hash());
        s.step(200);
        s.refresh(true);
        assertTrue(Double.isFinite(s.stats().testMae()));
        assertEquals(s.resolution() * s.resolution(), s.outputPixels().length);
    }

    @Test
    void tenClassesAreTheLimit() {
        Session s = new Session();
        StringBuilder sb = new StringBuilder("a,b,digit\n");
        for (int i = 0; i < 200; i++) {
            int k = i % 10;
            sb.append(Math.cos(k * 0.6) * 3 + (i % 7) * 0.05).append(',')
                    .append(Math.sin(k * 0.6) * 3 - (i % 5) * 0.05).append(',').append(k)
                    .append('\n');
        }
        Map<String, Object> out = object(s.upload().load(sb.toString(), ""));
        assertEquals("multiclass", object(out.get("data")).get("task"), out.toString());
        assertEquals(10.0, object(out.get("data")).get("classes"));
        s.step(2000);
        s.refresh(true);
        assertEquals(10, list(object(s.heatmapKey()).get("classes")).size());
        assertTrue(s.stats().accuracy() > 0.8, "accuracy " + s.stats().accuracy());
        Map<String, Object> eleven = object(s.upload().load("a,y\n1,0\n2,10\n",
                "{\"task\": \"multiclass\"}"));
        assertEquals("line 3, column 2 (\"y\"): the label 10 is not a class 0 to 9; classes are"
                + " whole numbers from 0, at most 10 of them (or choose regression).",
                eleven.get("message"));
    }

    @Test
    void tinyDrawingsStillTrain() {
        Session s = new Session();
        Map<String, Object> out = object(s.upload().load("x1,x2,label\n1,1,0\n-1,-1,1\n", ""));
        assertEquals(true, out.get("ok"), out.toString());
        s.configure("#train=10");
        assertEquals(1, s.stats().trainRows());
        s.step(5);
    }

    /** The export is the CLI's format and reads back to the very same rows (bit for bit). */
    @Test
    void exportedCsvReadsBackToIdenticalRows() {
        Session s = new Session();
        StringBuilder sb = new StringBuilder("x1,x2,label\n");
        double[] odd = {0.1, 1e-300, -2.5e150, 4.9e-324, 123456789.123456789, 1.0 / 3};
        for (int i = 0; i < odd.length; i++) {
            sb.append(odd[i]).append(',').append(-odd[(i + 1) % odd.length]).append(',')
                    .append(i % 3).append('\n');
        }
        object(s.upload().load(sb.toString(), "{\"features\": [\"x1\", \"x2\"]}"));
        String csv = s.upload().export();
        Dataset original = s.userData().dataset;
        Dataset back = DatasetCsv.read(csv, Task.MULTICLASS);
        assertEquals(original.rows(), back.rows());
        assertEquals(3, back.classes());
        for (int r = 0; r < back.rows(); r++) {
            for (int c = 0; c < back.cols(); c++) {
                assertEquals(Double.doubleToRawLongBits(original.feature(r, c)),
                        Double.doubleToRawLongBits(back.feature(r, c)));
            }
            assertEquals(original.target(r), back.target(r));
        }
        assertEquals(List.of("x1", "x2"), List.of(back.featureNames()));
        // a name the CLI's format cannot hold is made writable
        object(s.upload().load(rings(20), "{\"target\": \"dist, m\"}"));
        assertTrue(s.upload().export().startsWith("x,y,noise,label,dist; m\n"),
                s.upload().export());
        assertEquals(20, DatasetCsv.read(s.upload().export()).rows());
        assertFalse(csv.contains("\r"));
    }
}
