package scratchnet.app;

import java.util.ArrayList;
import java.util.List;
import scratchnet.data.Task;
import scratchnet.format.CsvChoice;
import scratchnet.format.CsvTable;
import scratchnet.format.DatasetCsv;
import scratchnet.format.FormatException;
import scratchnet.format.JsonWriter;
import scratchnet.format.SettingsJson;

/**
 * Your own data, from the page's upload (read in slices: {@link #begin}, {@link #parse} until
 * done, {@link #use} with the column choice) or in one call from the console
 * ({@link #load}, the same steps). Every answer is JSON; a file or choice that cannot be used
 * answers {@code {ok: false, message, line, column}} (line and column 1-based, 0 when the
 * problem is not at one place) and changes nothing.
 */
public final class CsvUpload {
    private final Session session;
    private CsvTable pending;
    private String pendingName;

    CsvUpload(Session session) {
        this.session = session;
    }

    /**
     * Checks {@code text}'s size and header against the limits and keeps it for
     * {@link #parse}: {ok, lines, columns: [names]} or the error.
     */
    public String begin(String text, String name) {
        pending = null;
        try {
            CsvTable t = CsvTable.begin(text, Limits.USER_MAX_CHARS, Limits.USER_MAX_ROWS,
                    Limits.USER_MAX_COLUMNS);
            pending = t;
            pendingName = name;
            return new JsonWriter().beginObject().field("ok").bool(true)
                    .field("lines").number(t.lines()).field("columns").strings(t.names())
                    .endObject().toString();
        } catch (FormatException e) {
            return error(e);
        }
    }

    /** Reads up to {@code lines} more lines: {ok, done, linesRead, lines, rows} or the error. */
    public String parse(int lines) {
        if (pending == null) {
            return error(new FormatException("No file is being read; choose a file first."));
        }
        try {
            boolean done = pending.parse(Math.max(1, lines));
            return new JsonWriter().beginObject().field("ok").bool(true)
                    .field("done").bool(done).field("linesRead").number(pending.linesRead())
                    .field("lines").number(pending.lines()).field("rows").number(pending.rows())
                    .endObject().toString();
        } catch (FormatException e) {
            pending = null;
            return error(e);
        }
    }

    /** Drops the file being read. */
    public void cancel() {
        pending = null;
    }

    /**
     * Trains on the file just read with the choice in {@code json} (see {@link CsvChoice}):
     * {ok, messages, settings, hash, data} or the error (the file stays read, so another
     * choice can be tried).
     */
    public String use(String json) {
        if (pending == null || !pending.done()) {
            return error(new FormatException("No file has been read completely; choose a file"
                    + " first."));
        }
        try {
            CsvChoice c = CsvChoice.read(json);
            String[] names = pending.names();
            Task task = null;
            if (c.task() != null) {
                task = UserData.task(c.task());
                if (task == null) {
                    throw new FormatException("task " + scratchnet.format.Excerpt.of(c.task())
                            + " is not one of regression, binary, multiclass.");
                }
            }
            UserData data = UserData.choose(pending, c.name() != null ? c.name() : pendingName,
                    c.features(names), c.target(names), task);
            List<String> messages = new ArrayList<>(data.notes);
            messages.addAll(session.useUserData(data));
            return outcome(true, messages);
        } catch (FormatException e) {
            return error(e);
        }
    }

    /** The console's loadCsv: {@link #begin}, {@link #parse} to the end and {@link #use}. */
    public String load(String text, String json) {
        String name = null;
        try {
            name = CsvChoice.read(json).name();
        } catch (FormatException e) {
            return error(e);
        }
        String begun = begin(text, name == null ? UserData.UNNAMED : name);
        if (pending == null) {
            return begun;
        }
        try {
            while (!pending.parse(Limits.USER_SLICE_ROWS)) {
                // the console waits; the page reads in slices
            }
        } catch (FormatException e) {
            pending = null;
            return error(e);
        }
        return use(json);
    }

    /** {messages, settings, hash, data} after forgetting the loaded data. */
    public String forget() {
        pending = null;
        return outcome(true, session.useUserData(null));
    }

    /** {data}: the loaded data ({name, id, rows, columns, features, target, …}) or null. */
    public String current() {
        JsonWriter w = new JsonWriter().beginObject().field("data");
        data(w);
        return w.endObject().toString();
    }

    /**
     * The loaded data as a CSV file in the format {@code scratchnet train --data} reads
     * (features, then the target last; see {@link DatasetCsv#writeExact}: every number reads
     * back as the same double); "" when none is loaded.
     */
    public String export() {
        UserData u = session.userData();
        return u == null ? "" : DatasetCsv.writeExact(u.dataset);
    }

    private void data(JsonWriter w) {
        UserData u = session.userData();
        if (u == null) {
            w.nul();
        } else {
            u.json(w);
        }
    }

    private String outcome(boolean ok, List<String> messages) {
        JsonWriter w = new JsonWriter().beginObject().field("ok").bool(ok)
                .field("messages").strings(messages.toArray(new String[0]))
                .field("settings").raw(SettingsJson.of(session.hash()))
                .field("hash").string(session.fullHash()).field("data");
        data(w);
        return w.endObject().toString();
    }

    private static String error(FormatException e) {
        return new JsonWriter().beginObject().field("ok").bool(false)
                .field("message").string(e.getMessage())
                .field("line").number(e.line()).field("column").number(e.column())
                .endObject().toString();
    }

    /**
     * {dataName, maxBytes, maxRows, maxColumns, maxClasses, sliceRows, drawExtent, drawColours,
     * drawShapes}: the data menu's name of your own data, the limits the page states and
     * enforces, lines read per slice, and the drawing plane (x1, x2 from −drawExtent to
     * drawExtent, the 2-D data's plane) with each class's colour and marker shape.
     */
    static void limits(JsonWriter w) {
        String[] colours = new String[Limits.USER_MAX_CLASSES];
        for (int k = 0; k < colours.length; k++) {
            colours[k] = scratchnet.view.Palette.css(
                    scratchnet.view.Palette.classColor(k, 1, colours.length));
        }
        w.beginObject().field("dataName").string(scratchnet.format.HashCodec.USER)
                .field("maxBytes").number(Limits.USER_MAX_CHARS)
                .field("maxRows").number(Limits.USER_MAX_ROWS)
                .field("maxColumns").number(Limits.USER_MAX_COLUMNS)
                .field("maxClasses").number(Limits.USER_MAX_CLASSES)
                .field("sliceRows").number(Limits.USER_SLICE_ROWS)
                .field("drawExtent").number(Problem.EXTENT)
                .field("drawColours").strings(colours)
                .field("drawShapes").strings(HeatmapKey.SHAPES).endObject();
    }
}
