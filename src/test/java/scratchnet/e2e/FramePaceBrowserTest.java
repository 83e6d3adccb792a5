package scratchnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Frame pace for every size of network the page allows, with batch norm and float32 (and its
 * float64 twin) too (issue 16): the interval between
 * animation frames, measured by a requestAnimationFrame recorder of its own (not by the page),
 * while the page trains at full speed and while it stands idle, printed as mean, p95 and max.
 * Timings depend on the machine's load, so they are printed, not bounded; what is asserted is
 * that training advanced and the pictures kept being repainted. The line under the loss chart is
 * printed too: what the last estimate of 2/λ cost while training (compute time and frames).
 * Then an optimizer race of four racers on the largest networks, whose steps and losses go
 * on over frames too.
 */
class FramePaceBrowserTest extends PageTest {
    /**
     * The largest own data the page takes (20,000 rows, 50 columns: 49 features and a target,
     * whole numbers so the text stays under the 4,000,000-character limit), loaded as an upload
     * is, under the largest network (six layers of 64).
     */
    private static final String BIGGEST_CSV = "var s = 1; function rnd() { s = (s * 16807) %"
            + " 2147483647; return s / 2147483647; }"
            + " var head = []; for (var c = 0; c < 49; c++) { head.push('f' + c); } head.push('y');"
            + " var lines = [head.join(',')];"
            + " for (var r = 0; r < 20000; r++) { var row = [], y = 0;"
            + " for (var c = 0; c < 49; c++) { var v = Math.floor(rnd() * 100); row.push(v);"
            + " y += v * (c % 3 - 1); } row.push(y); lines.push(row.join(',')); }"
            + " var m = scratchnet.loadCsv(lines.join('\\n'), {task: 'regression'});"
            + " scratchnet.set({layers: [64, 64, 64, 64, 64, 64]});";
    /** Label and link of each network measured, and a script that sets it up, if any. */
    private static final String[][] NETWORKS = {
        {"default (circle 2-4-2-1)", ""},
        {"spiral 6-8-8-6-1", "#data=spiral&noise=10&f=x1,x2,x1sq,x2sq,sinx1,sinx2&layers=8,8,6"
            + "&act=tanh&lr=0.03&batch=10&test=1"},
        {"largest 2-D, 7-8x6-1", "#data=spiral&f=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2"
            + "&layers=8,8,8,8,8,8&act=tanh&lr=0.03&batch=10"},
        {"delivery 4-64x6-1", "#data=delivery&layers=64,64,64,64,64,64"},
        {"digits 64-32-10", "#data=digits"},
        {"largest digits, 64-64x6-10", "#data=digits&layers=64,64,64,64,64,64"},
        // every step on all 1,438 training rows: longer than a frame, so it goes in parts
        {"largest digits, full batch", "#data=digits&layers=64,64,64,64,64,64&batch=100000"},
        {"largest CSV, 49-64x6-1, 20,000 rows", "#data=circle", BIGGEST_CSV + " return m;"},
        {"largest digits, batch norm, float32 + twin",
            "#data=digits&layers=64,64,64,64,64,64&bn=1&prec=float32&twin=1"},
        {"largest CSV, batch norm", "#data=circle", BIGGEST_CSV
            + " scratchnet.set({bn: true}); return m;"},
    };
    /** Label, link and set-up script of each network an optimizer race is measured on. */
    private static final String[][] RACES = {
        {"race, largest digits, full batch", "#data=digits&layers=64,64,64,64,64,64&batch=100000"},
        {"race, largest CSV, 20,000 rows", "#data=circle", BIGGEST_CSV + " return m;"},
    };
    private static final String FOUR_RACERS = "[{optimizer: 'sgd', learningRate: 0.03},"
            + " {optimizer: 'momentum', learningRate: 0.03}, {optimizer: 'adam', learningRate: 0.01},"
            + " {optimizer: 'rmsprop', learningRate: 0.003}]";
    private static final long TRAIN_MS = 4000;
    private static final long IDLE_MS = 2000;

    FramePaceBrowserTest() {
        super("index.html", 1400, 1100);
    }

    /** Starts recording the time of every animation frame. */
    private void record() {
        browser.js("window.__pace = {t: []}; (function tick(t) { if (!window.__pace) return;"
                + " window.__pace.t.push(t); requestAnimationFrame(tick); })(performance.now());");
    }

    /** Stops recording: {frames, mean, p95, max} of the intervals, in ms. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> intervals() {
        return (Map<String, Number>) browser.js("var t = window.__pace.t; window.__pace = null;"
                + " var v = []; for (var i = 1; i < t.length; i++) { v.push(t[i] - t[i - 1]); }"
                + " var mean = v.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, v.length);"
                + " v.sort(function (a, b) { return a - b; });"
                + " return {frames: v.length, mean: mean, p95: v[Math.floor(v.length * 0.95)] || 0,"
                + " max: v[v.length - 1] || 0};");
    }

    private long paints() {
        return ((Number) browser.js("return ScratchNet.Playground.paints || 0;")).longValue();
    }

    private long steps() {
        return ((Number) browser.js("return scratchnet.state().step;")).longValue();
    }

    private void measure(String backend, String query) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String[] net : NETWORKS) {
            open(query + net[1]);
            assertEquals(backend, browser.js("return scratchnet.state().backend;"));
            if (net.length > 2) {
                System.out.println(net[0] + ": " + browser.js(net[2]));
                assertEquals(java.util.List.of(64L, 64L, 64L, 64L, 64L, 64L),
                        browser.js("return scratchnet.config().layers;"));
            }
            browser.js("document.getElementById('speed').value = '0'; scratchnet.perfReset();");
            long steps0 = steps();
            long paints0 = paints();
            record();
            browser.js("scratchnet.play();");
            Thread.sleep(TRAIN_MS);
            Map<String, Number> training = intervals();
            String limitLine = (String) browser.js(
                    "return document.getElementById('loss-limit').textContent;");
            browser.js("scratchnet.pause();");
            @SuppressWarnings("unchecked")
            Map<String, Object> perf = (Map<String, Object>) browser.js("return scratchnet.perf();");
            long trained = steps() - steps0;
            long painted = paints() - paints0;
            Thread.sleep(300);
            record();
            Thread.sleep(IDLE_MS);
            Map<String, Number> idle = intervals();
            if (!limitLine.isEmpty()) {
                // paused, the estimate goes on over frames and ends at the step the run stands at
                String at = "at step " + steps() + ":";
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                        java.time.Duration.ofSeconds(60)).until(d -> ((String) browser.js(
                        "return document.getElementById('loss-limit').textContent;"))
                        .contains(at));
            }
            lines.add(String.format("%-26s training: %s frames, interval mean %.1f ms, p95 %.1f,"
                    + " max %.1f; %d steps, %d repaints | idle: interval mean %.1f, p95 %.1f,"
                    + " max %.1f%n      per export, ms per frame: %s%n      2/λ line: %s", net[0],
                    training.get("frames"), training.get("mean").doubleValue(),
                    training.get("p95").doubleValue(), training.get("max").doubleValue(), trained,
                    painted, idle.get("mean").doubleValue(), idle.get("p95").doubleValue(),
                    idle.get("max").doubleValue(), perf.get("callsPerFrame"), limitLine));
            assertTrue(trained > 0, net[0] + ": training advanced");
            assertTrue(painted >= 1, net[0] + ": the page kept repainting while training ("
                    + painted + ")");
            assertTrue(idle.get("frames").intValue() > 3, net[0] + ": frames while idle");
        }
        for (String[] race : RACES) {
            open(query + race[1]);
            if (race.length > 2) {
                browser.js(race[2]);
            }
            record();
            Object error = browser.js("var out = scratchnet.race(" + FOUR_RACERS + ");"
                    + " return out.error || null;");
            assertEquals(null, error, race[0]);
            Thread.sleep(TRAIN_MS);
            Map<String, Number> racing = intervals();
            @SuppressWarnings("unchecked")
            Map<String, Object> standings = (Map<String, Object>) browser.js(
                    "return scratchnet.race();");
            lines.add(String.format("%-26s racing 4 optimizers: %s frames, interval mean %.1f ms,"
                    + " p95 %.1f, max %.1f; step %s, %s training rows", race[0],
                    racing.get("frames"), racing.get("mean").doubleValue(),
                    racing.get("p95").doubleValue(), racing.get("max").doubleValue(),
                    standings.get("step"), standings.get("trainRows")));
            // the race goes on in parts: its first measured step comes within a minute
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                    java.time.Duration.ofSeconds(60)).until(d -> ((Number) browser.js(
                    "return scratchnet.race().step;")).longValue() >= 1);
            assertTrue(racing.get("frames").intValue() > 3, race[0] + ": frames while racing");
            browser.js("document.querySelector('#race .race-pause').click();");
        }
        System.out.println("Frame pace, " + backend + " (load average "
                + java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim() + "):");
        lines.forEach(l -> System.out.println("  " + l));
        assertEquals("", browser.consoleErrors());
    }

    @Test
    void webAssemblyKeepsPaceForEveryNetworkSize() throws Exception {
        measure("wasm", "");
    }

    @Test
    void javaScriptKeepsPaceForEveryNetworkSize() throws Exception {
        measure("js", "?backend=js");
    }
}
