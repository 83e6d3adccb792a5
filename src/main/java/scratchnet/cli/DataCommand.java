package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.TwoD;
import scratchnet.format.DatasetCsv;
import scratchnet.format.HashCodec;
import scratchnet.format.Names;
import scratchnet.math.Rng;

/**
 * {@code scratchnet data}: writes one of the built-in datasets as CSV, so {@code train} has
 * something to learn from without any file of your own: the tutorial's delivery-time table or
 * one of the playground's 2-D sets, drawn from a seed.
 */
final class DataCommand implements Command {
    static final String HELP = String.join("\n",
            "usage: scratchnet data --kind NAME --out FILE [options]",
            "",
            "Writes a built-in dataset as CSV (header line; last column is the target).",
            "",
            "  --kind NAME         " + HashCodec.DELIVERY + " (the tutorial's delivery-time table:"
                    + " distance,",
            "                      traffic, prep, value -> minutes) or a 2-D set: ",
            "                      " + Names.twoDChoices(),
            "  --out FILE          where to write the CSV (required)",
            "  --n N               rows (default 2000 for delivery, 500 for 2-D sets)",
            "  --noise P           2-D sets: noise percentage 0..50 (default 0)",
            "  --classes K         spiral-k and blobs: classes 3..5 (default 3)",
            "  --seed N            seed of the draw (default 42)",
            "  --help              this text",
            "");

    @Override
    public String name() {
        return "data";
    }

    @Override
    public String summary() {
        return "write a built-in dataset (delivery times or a 2-D set) as CSV";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Flags f = Flags.parse("data", args,
                new String[] {"kind", "out", "n", "noise", "classes", "seed"}, new String[0]);
        if (f.has("help")) {
            out.print(HELP);
            return 0;
        }
        String kind = f.required("kind", "NAME, e.g. --kind delivery");
        long seed = f.integer("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        Dataset data;
        if (kind.equals(HashCodec.DELIVERY)) {
            int n = (int) f.integer("n", Delivery.ROWS, 1, 10_000_000);
            data = Delivery.generate(n, new Rng(seed));
        } else {
            TwoD twoD = f.choice("kind", kind, Names.twoD(kind),
                    HashCodec.DELIVERY + ", " + Names.twoDChoices());
            int n = (int) f.integer("n", 500, 1, 10_000_000);
            int noise = (int) f.integer("noise", 0, 0, (long) TwoD.MAX_NOISE);
            int classes = (int) f.integer("classes", TwoD.DEFAULT_CLASSES, 3, TwoD.MAX_CLASSES);
            try {
                data = twoD.generate(n, noise, classes, new Rng(seed));
            } catch (IllegalArgumentException e) {
                throw f.error(e.getMessage());
            }
        }
        String file = f.required("out", "FILE, e.g. --out data.csv");
        TextFiles.write(file, DatasetCsv.write(data));
        out.println("wrote " + file + ": " + data.rows() + " rows of "
                + String.join(",", data.featureNames()) + " -> " + data.targetName()
                + " (seed " + seed + ")");
        return 0;
    }
}
