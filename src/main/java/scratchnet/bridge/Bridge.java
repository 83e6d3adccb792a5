package scratchnet.bridge;

import org.teavm.jso.JSExport;
import scratchnet.app.LabSession;
import scratchnet.app.LearnProtocol;
import scratchnet.app.LearnTools;
import scratchnet.app.CsvUpload;
import scratchnet.app.Protocol;
import scratchnet.app.RaceProtocol;
import scratchnet.app.RewindProtocol;
import scratchnet.app.Session;

/**
 * The page's only door into the Java code. Each method is a TeaVM export (a global function in
 * the JavaScript build, an export of the WebAssembly-GC module) that converts nothing beyond
 * primitives, strings and arrays and delegates to {@link Session} (or, for the labs page,
 * {@link LabSession}). Structured answers are JSON texts built by {@link Protocol}, which
 * names every field; big numeric buffers cross as arrays. It is long only because TeaVM
 * exports nothing but the main class's static methods, so every export has to live here;
 * each is a one-line delegation.
 */
public final class Bridge {
    /**
     * The page's session. A static field because TeaVM exports are static functions; it is the
     * one piece of mutable state outside {@code Session}.
     */
    private static final Session session = new Session();

    private Bridge() {
    }

    /** TeaVM needs an entry point; the page calls the exports directly. */
    public static void main(String[] args) {
    }

    /**
     * Replaces all settings by those of a whole link; returns {messages, settings, hash} as
     * JSON (see {@link Protocol#load}).
     */
    @JSExport
    public static String load(String hash) {
        return Protocol.load(session, hash);
    }

    /**
     * Changes the settings a partial settings object (JSON) names; returns {messages,
     * settings, hash} as JSON (see {@link Protocol#change}).
     */
    @JSExport
    public static String change(String json) {
        return Protocol.change(session, json);
    }

    /** The current settings as typed JSON (see {@link Protocol#settings}). */
    @JSExport
    public static String settings() {
        return Protocol.settings(session);
    }

    /** Every limit and choice of the controls as JSON (see {@link Protocol#limits}). */
    @JSExport
    public static String limits() {
        return Protocol.limits();
    }

    /** The page's address: the canonical link of the settings and the lesson's keys. */
    @JSExport
    public static String hash() {
        return session.fullHash();
    }

    /** The lesson of the last whole link as JSON (see {@link Session#lessonJson}). */
    @JSExport
    public static String lesson() {
        return session.lessonJson();
    }

    /** Back to the lesson's start; returns {messages, settings, hash} as {@link #load}. */
    @JSExport
    public static String restartLesson() {
        return Protocol.restartLesson(session);
    }

    /** Runs up to {@code n} steps; returns the steps taken (fewer once the run diverged). */
    @JSExport
    public static int step(int n) {
        return session.step(n);
    }

    /**
     * Works about {@code work} units on the next step (a step too long for a frame, in
     * parts); returns 1 when that applied a step, else 0.
     */
    @JSExport
    public static int stepPart(double work) {
        return session.stepPart(work);
    }

    /** The work of one step in stepPart's units. */
    @JSExport
    public static double stepWork() {
        return session.stepWork();
    }

    /** Runs to the end of the current epoch; returns the steps taken. */
    @JSExport
    public static int stepEpoch() {
        return session.stepEpoch();
    }

    /** Starts over with weights from {@code seed} (negative: the same seed). */
    @JSExport
    public static void reset(int seed) {
        session.reset(seed);
    }

    /** Draws new data and starts over. */
    @JSExport
    public static void regenerate() {
        session.regenerate();
    }

    /**
     * Recomputes losses and health, and with {@code views} the heatmap and thumbnails, unless
     * the latest refresh was of the same state (see Session#refreshIfStale).
     */
    @JSExport
    public static void refresh(boolean views) {
        session.refreshIfStale(views);
    }

    /** A refresh spread over frames: 1 when this slice published (see Session#refreshWork). */
    @JSExport
    public static int refreshWork(int multiplyAdds, boolean start) {
        return session.refreshWork(multiplyAdds, start);
    }

    /**
     * The next training step opened up, as JSON, the batch's matrices for their first
     * {@code maxRows} rows (see {@link LearnProtocol#explain}).
     */
    @JSExport
    public static String explain(int maxRows) {
        return LearnProtocol.explain(session, maxRows);
    }

    /** Layer {@code layer}'s gradient check with step {@code h}, as JSON. */
    @JSExport
    public static String gradCheck(int layer, double h) {
        return LearnProtocol.gradCheck(session, layer, h);
    }

    /** The loss's sharpness and the rate's stability limit here, as JSON. */
    @JSExport
    public static String sharpness() {
        return LearnProtocol.sharpness(session);
    }

    /**
     * A sharpness estimate spread over frames: one slice of about {@code multiplyAdds} (≤ 0:
     * to the end), a new estimate first with {@code restart}; JSON (see
     * {@link LearnProtocol#sharpnessWork}).
     */
    @JSExport
    public static String sharpnessWork(double multiplyAdds, boolean restart) {
        return LearnProtocol.sharpnessWork(session, multiplyAdds, restart);
    }

    /** The run as a NumPy (0) or PyTorch (1) script training {@code epochs} epochs, or model JSON (2). */
    @JSExport
    public static String exportText(int kind, int epochs) {
        return session.export(Session.ExportKind.values()[kind], epochs);
    }

    /** One neuron's arithmetic from JSON {x, w, b}, as JSON (see {@link LearnTools#neuron}). */
    @JSExport
    public static String neuron(String json) {
        return LearnTools.neuron(json);
    }

    /** Unit {@code unit} of layer {@code layer} on training row {@code row}, as JSON. */
    @JSExport
    public static String neuronAt(int layer, int unit, int row) {
        return LearnTools.neuronAt(session, layer, unit, row);
    }

    /** An activation's curve, derivative and numeric check (see {@link LearnTools#activation}). */
    @JSExport
    public static String activationCurve(String name, double lo, double hi, int samples,
            double at, double h) {
        return LearnTools.activation(name, lo, hi, samples, at, h);
    }

    /** Each layer's W and b shapes and the parameter count, as JSON. */
    @JSExport
    public static String shapes() {
        return LearnTools.shapes(session);
    }

    /** Loads a model file's text into the run; JSON {ok, message, settings, hash}. */
    @JSExport
    public static String importModel(String text) {
        return LearnTools.importModel(session, text);
    }

    /** Goes back to the latest checkpoint at or before {@code step}; JSON {step, checkpoints}. */
    @JSExport
    public static String rewind(double step) {
        return LearnProtocol.rewind(session, step);
    }

    /** The checkpoints and where the run stands among them, as JSON. */
    @JSExport
    public static String timeline() {
        return RewindProtocol.timeline(session);
    }

    /**
     * Watches the weight from unit {@code from} (−1: the bias) to unit {@code to} of weight
     * layer {@code layer}: 1, or 0 (nothing changes) if there is no such parameter. The
     * internals record starts over.
     */
    @JSExport
    public static int watch(int layer, int from, int to) {
        return session.watch(layer, from, to) ? 1 : 0;
    }

    /** The watched parameter's optimizer internals over the steps, as JSON. */
    @JSExport
    public static String internals() {
        return RewindProtocol.internals(session);
    }

    /** The loss chart before the latest rewind, as (step, train, test) triples. */
    @JSExport
    public static double[] ghostHistory() {
        return session.ghostHistory();
    }

    /** The numbers and health of the latest refresh as JSON (see {@link Protocol#stats}). */
    @JSExport
    public static String stats() {
        return Protocol.stats(session);
    }

    /** Loss history as (step, train, test) triples. */
    @JSExport
    public static double[] lossHistory() {
        return session.history();
    }

    /** The output heatmap as packed RGBA, resolution² values. */
    @JSExport
    public static int[] outputPixels() {
        return session.outputPixels();
    }

    /** One node over the heatmap grid as packed RGBA, resolution² values (layer −1 = inputs). */
    @JSExport
    public static int[] nodePixels(int layer, int unit) {
        return session.nodePixels(layer, unit);
    }

    /** The heatmap's axes, colour bar and class legend as JSON (see Session#heatmapKey). */
    @JSExport
    public static String heatmapKey() {
        return session.heatmapKey();
    }

    /** Every node's thumbnail as packed RGBA, thumbSize² values each. */
    @JSExport
    public static int[] thumbnails() {
        return session.thumbnails();
    }

    /** Points per side of the output heatmap. */
    @JSExport
    public static int resolution() {
        return session.resolution();
    }

    /** Pixels per side of a thumbnail. */
    @JSExport
    public static int thumbSize() {
        return session.thumbSize();
    }

    /** Points to draw: (u, v, RGBA, is-test, class or -1) per row. */
    @JSExport
    public static double[] points() {
        return session.points();
    }

    /** Changes when the points change. */
    @JSExport
    public static int dataVersion() {
        return session.dataVersion();
    }

    /** Units per layer including inputs. */
    @JSExport
    public static int[] sizes() {
        return session.sizes();
    }

    /** Every weight, layer after layer (n_in × n_out row-major each). */
    @JSExport
    public static double[] weights() {
        return session.weights();
    }

    /** γ then β of each layer with batch normalisation (see {@link Session#normParameters}). */
    @JSExport
    public static double[] normParameters() {
        return session.normParameters();
    }

    /** Weight, gradient and last update of one link. */
    @JSExport
    public static double[] link(int layer, int from, int to) {
        return session.link(layer, from, to);
    }

    /** Bias, gradient and last update of one unit. */
    @JSExport
    public static double[] bias(int layer, int unit) {
        return session.bias(layer, unit);
    }

    /** Input names separated by newlines. */
    @JSExport
    public static String inputNames() {
        return String.join("\n", session.inputNames());
    }

    /** Per unit of every layer with weights, 1 if dead. */
    @JSExport
    public static double[] deadUnits() {
        return session.deadUnits();
    }

    /** What each diagram mark means, as JSON ({dead, off, saturated, nonFinite}); see app.UnitMarks. */
    @JSExport
    public static String unitMarks() {
        return Session.unitMarks();
    }

    /** Per unit of every layer with weights: 0 alive, 1 dead, 2 off, 3 saturated. */
    @JSExport
    public static double[] unitStates() {
        return session.unitStates();
    }

    /** Test rows as (actual, predicted) pairs in real units. */
    @JSExport
    public static double[] predictions() {
        return session.predictions();
    }

    /** All parameters as IEEE-754 bit patterns in hex, for exact cross-runtime comparison. */
    @JSExport
    public static String parameterBits() {
        return session.parameterBits();
    }

    // ---- Optimizer race (app.Race) -------------------------------------------------------------

    /**
     * Starts an optimizer race from the current settings; returns {error, race} as JSON (see
     * {@link RaceProtocol#start}).
     */
    @JSExport
    public static String raceStart(String json) {
        return RaceProtocol.start(session, json);
    }

    /** The race's limits, defaults and standings as JSON (see {@link RaceProtocol#state}). */
    @JSExport
    public static String raceState() {
        return RaceProtocol.state(session);
    }

    /**
     * Runs racer r up to n steps in lockstep, doing about {@code work} units of them (see
     * {@code Race.advance}; the rest stays under way); returns the work done.
     */
    @JSExport
    public static double raceAdvance(int r, int n, double work) {
        return session.race().advance(r, n, work);
    }

    /** Adds wall time the page measured around racer r's advance calls. */
    @JSExport
    public static void raceAddTime(int r, double ms) {
        session.race().addTime(r, ms);
    }

    /**
     * Scores the racers on the test rows and repaints their boundaries, about {@code work}
     * units a call; returns 1 when this call finished a refresh of every racer, else 0.
     */
    @JSExport
    public static int raceRefresh(double work) {
        return session.race().refresh(work) ? 1 : 0;
    }

    /** Racer r's (step, training loss) pairs for the chart. */
    @JSExport
    public static double[] raceLosses(int r) {
        return session.race().losses(r);
    }

    /** Racer r's boundary, {@code resolution}² packed RGBA. */
    @JSExport
    public static int[] racePixels(int r) {
        return session.race().pixels(r);
    }

    /** The race's data points over the boundaries, as {@link #points()}. */
    @JSExport
    public static double[] racePoints() {
        return session.race().points();
    }

    // ---- Classification metrics and the digits (issue 14) ----------------------------------

    /** Confusion matrix, accuracy, per-class precision and recall as JSON ("null": regression). */
    @JSExport
    public static String metrics() {
        return session.metrics();
    }

    /** The digits gallery as JSON, mistakes first ("null" unless the data is the digits). */
    @JSExport
    public static String digitGallery() {
        return session.digitGallery();
    }

    /** The gallery's images in grey, rows × 64 packed RGBA. */
    @JSExport
    public static int[] digitImages() {
        return session.digitImages();
    }

    /** The first layer's units as 8 × 8 weight pictures, units × 64 packed RGBA. */
    @JSExport
    public static int[] digitWeights() {
        return session.digitWeights();
    }

    /**
     * A 32 × 32 drawing, 1,024 characters '0' (blank) or '1' (drawn), top row first, classified:
     * {pixels, probabilities, predicted} or {error}, as JSON.
     */
    @JSExport
    public static String digitPad(String drawing) {
        return session.digitPad(drawing);
    }

    /**
     * The 32 × 32 drawing (1,024 characters '0' or '1') whose 4 × 4 block counts are the 64
     * pixels given as comma-separated whole numbers 0..16; "" if they are not.
     */
    @JSExport
    public static String digitBitmap(String pixels) {
        return Session.digitBitmap(pixels);
    }

    // ---- Labs page (labs.html) ------------------------------------------------------------------
    // One block, kept at the end of the class so it merges cleanly with the playground's
    // exports. Every method converts and delegates to LabSession.

    /** The labs page's session; created on first use so the playground never builds it. */
    private static LabSession labs;

    private static LabSession labs() {
        if (labs == null) {
            labs = new LabSession();
        }
        return labs;
    }

    /** Every lab with its title, fixes and charts, as JSON (see {@link Protocol#labCatalog}). */
    @JSExport
    public static String labCatalog() {
        return Protocol.labCatalog();
    }

    /** Opens the lab and fix of a labs-page link; returns JSON (see {@link Protocol#labOpen}). */
    @JSExport
    public static String labOpen(String hash) {
        return Protocol.labOpen(labs(), hash);
    }

    /** Opens lab {@code id}; returns JSON as {@link #labOpen}. */
    @JSExport
    public static String labLoad(String id) {
        return Protocol.labLoad(labs(), id);
    }

    /** Applies fix {@code id} to the "after" run and restarts both; returns JSON as labOpen. */
    @JSExport
    public static String labApplyFix(String id) {
        return Protocol.labApplyFix(labs(), id);
    }

    /** Starts every run of the open lab over from its seed. */
    @JSExport
    public static void labRestart() {
        labs().restart();
    }

    /** The open lab, its fix and runs as JSON (see {@link Protocol#labState}). */
    @JSExport
    public static String labState() {
        return Protocol.labState(labs());
    }

    /** Advances run {@code r} by up to {@code steps} steps; returns steps taken. */
    @JSExport
    public static int labAdvance(int r, int steps) {
        return labs().advance(r, steps);
    }

    /** Adds the wall time the page measured around run {@code r}'s advance calls. */
    @JSExport
    public static void labAddTime(int r, double ms) {
        labs().addTime(r, ms);
    }

    /** Whether every run has finished. */
    @JSExport
    public static boolean labFinished() {
        return labs().finished();
    }

    /** gd-variants' timing as JSON (see {@link Protocol#labTiming}). */
    @JSExport
    public static String labTiming() {
        return Protocol.labTiming(labs());
    }

    /** The gd-variants run to time next, −1 when all are timed. */
    @JSExport
    public static int labTimingNext() {
        return labs().timingNext();
    }

    /** Builds run {@code r}'s timing workload (gd-variants). */
    @JSExport
    public static void labTimingPrepare(int r) {
        labs().timingPrepare(r);
    }

    /** Trains the prepared timing workload to its end; the page times this call. */
    @JSExport
    public static int labTimingRun() {
        return labs().timingRun();
    }

    /** Records the page's time of run {@code r}'s workload. */
    @JSExport
    public static void labAddTiming(int r, double ms) {
        labs().addTiming(r, ms);
    }

    /** Run {@code r}'s key numbers by name, as JSON (see {@link Protocol#labFigures}). */
    @JSExport
    public static String labFigures(int r) {
        return Protocol.labFigures(labs(), r);
    }

    /** Run {@code r}'s per-epoch rows, flattened. */
    @JSExport
    public static double[] labEpochSeries(int r) {
        return labs().epochSeries(r);
    }

    /** Columns per row of labEpochSeries. */
    @JSExport
    public static int labEpochColumns(int r) {
        return labs().epochColumns(r);
    }

    /** Run {@code r}'s per-step rows (thinned), flattened. */
    @JSExport
    public static double[] labStepSeries(int r) {
        return labs().stepSeries(r);
    }

    /** Columns per row of labStepSeries. */
    @JSExport
    public static int labStepColumns(int r) {
        return labs().stepColumns(r);
    }

    /** Units per layer of run {@code r}, inputs first. */
    @JSExport
    public static int[] labSizes(int r) {
        return labs().sizes(r);
    }

    /** Every weight of run {@code r}. */
    @JSExport
    public static double[] labWeights(int r) {
        return labs().weights(r);
    }

    /** Per hidden unit of run {@code r}: 0 alive, 1 dead, 2 off, 3 saturated. */
    @JSExport
    public static double[] labUnits(int r) {
        return labs().unitStates(r);
    }

    /** Every node's thumbnail of run {@code r} (empty for non-plane inputs). */
    @JSExport
    public static int[] labThumbnails(int r) {
        return labs().thumbnails(r);
    }

    /** Pixels per side of a lab thumbnail. */
    @JSExport
    public static int labThumbSize() {
        return labs().thumbSize();
    }

    /** Pre-activation histogram of hidden layer {@code layer} of run {@code r}. */
    @JSExport
    public static double[] labHistogram(int r, int layer) {
        return labs().histogram(r, layer);
    }

    /** Trains the learning-rate sweep on by up to {@code steps} steps; false when done. */
    @JSExport
    public static boolean labSweepNext(int steps) {
        return labs().sweepNext(steps);
    }

    /** The sweep's (rate, loss) pairs so far. */
    @JSExport
    public static double[] labSweep() {
        return labs().sweep();
    }

    /** Rates in the whole sweep (0 without one). */
    @JSExport
    public static int labSweepSize() {
        return labs().sweepSize();
    }

    /** Your own data: checks a CSV text's size and header (see {@link CsvUpload#begin}). */
    @JSExport
    public static String csvBegin(String text, String name) {
        return session.upload().begin(text, name);
    }

    /** Reads up to {@code lines} more lines of the CSV being read (see {@link CsvUpload}). */
    @JSExport
    public static String csvParse(int lines) {
        return session.upload().parse(lines);
    }

    /** Drops the CSV being read. */
    @JSExport
    public static void csvCancel() {
        session.upload().cancel();
    }

    /** Trains on the CSV just read with a column choice (JSON, see {@link CsvUpload#use}). */
    @JSExport
    public static String csvUse(String json) {
        return session.upload().use(json);
    }

    /** The console's loadCsv: a whole CSV text and its options in one call. */
    @JSExport
    public static String loadCsv(String text, String json) {
        return session.upload().load(text, json);
    }

    /** {data}: your own data loaded in the page, or null. */
    @JSExport
    public static String userData() {
        return session.upload().current();
    }

    /** Forgets your own data (back to the circle if it was in use). */
    @JSExport
    public static String forgetUserData() {
        return session.upload().forget();
    }

    /** Your own data as a CSV file the command line's {@code train --data} reads. */
    @JSExport
    public static String exportCsv() {
        return session.upload().export();
    }
}
