package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Precision;
import scratchnet.format.ModelJson;
import scratchnet.format.Names;
import scratchnet.math.Rng;

/**
 * {@code scratchnet init}: draws a fresh network and writes it as a model JSON file.
 * Hidden layers use --activation; the output layer follows the loss (linear for mse, sigmoid
 * for bce, softmax for softmax-ce).
 */
final class InitCommand implements Command {
    /**
     * Most weights and biases a new network may have: its model file then stays below
     * {@link ModelJson#MAX_CHARS}, so {@code train} can read it back.
     */
    static final long MAX_PARAMETERS = 2_500_000;

    static final String HELP = String.join("\n",
            "usage: scratchnet init --arch SIZES --out FILE [options]",
            "",
            "Draws a new network from a seed and writes it as model JSON (docs/formats.md).",
            "",
            "  --arch SIZES        units per layer, inputs first, e.g. 4,16,8,1 (required)",
            "  --out FILE          where to write the model (required)",
            "  --activation NAME   of the hidden layers: " + Names.HIDDEN_ACTIVATION_CHOICES,
            "                      (default relu)",
            "  --loss NAME         " + Names.LOSS_CHOICES + " (default mse); sets the output",
            "                      layer: linear for mse, sigmoid for bce, softmax for softmax-ce",
            "  --init NAME         " + Names.INIT_CHOICES + " (default he)",
            "  --seed N            seed of the weight draw (default 42)",
            "  --batch-norm        batch normalisation after every hidden layer's Z, before its",
            "                      activation (eps 1e-5, momentum 0.1 as PyTorch's BatchNorm1d)",
            "  --precision NAME    " + Names.PRECISION_CHOICES + " (default float64): the format",
            "                      the engine computes in when it trains this model",
            "  --help              this text",
            "");

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "draw a new network from a seed and write it as model JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Flags f = Flags.parse("init", args,
                new String[] {"arch", "out", "activation", "loss", "init", "seed", "precision"},
                new String[] {"batch-norm"});
        if (f.has("help")) {
            out.print(HELP);
            return 0;
        }
        int[] sizes = arch(f);
        Activation hidden = activation(f);
        Loss loss = loss(f);
        String initName = f.value("init", "he");
        Init init = f.choice("init", initName, Names.init(initName), Names.INIT_CHOICES);
        long seed = f.integer("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        String precisionName = f.value("precision", "float64");
        Precision precision = f.choice("precision", precisionName,
                Names.precision(precisionName), Names.PRECISION_CHOICES);
        boolean batchNorm = f.has("batch-norm");
        String file = f.required("out", "FILE, e.g. --out model.json");
        NetSpec spec;
        try {
            spec = NetSpec.of(sizes, hidden, loss, init);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        Network net = Network.build(spec, new Rng(seed), batchNorm, precision);
        TextFiles.write(file, ModelJson.write(net));
        out.println("wrote " + file + ": " + describe(net, hidden, init, seed));
        return 0;
    }

    private static int[] arch(Flags f) throws UsageException {
        String text = f.required("arch", "SIZES, e.g. --arch 4,16,8,1");
        String[] parts = text.split(",", -1);
        if (parts.length < 2) {
            throw f.error("--arch needs at least two sizes (inputs and outputs), e.g. 4,16,8,1");
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw f.error("--arch '" + text + "': '" + parts[i] + "' is not a whole number");
            }
            if (sizes[i] < 1 || sizes[i] > 100_000) {
                throw f.error("--arch '" + text + "': every size must be between 1 and 100000");
            }
        }
        long parameters = 0;
        for (int i = 1; i < sizes.length; i++) {
            parameters += (long) sizes[i - 1] * sizes[i] + sizes[i];
        }
        if (parameters > MAX_PARAMETERS) {
            throw f.error("--arch '" + text + "' has " + parameters + " weights and biases; a"
                    + " model may have at most " + MAX_PARAMETERS);
        }
        return sizes;
    }

    private static Activation activation(Flags f) throws UsageException {
        String name = f.value("activation", "relu");
        Activation a = Names.activation(name);
        if (a == Activation.SOFTMAX) {
            throw f.error("--activation softmax: softmax is only for the output layer; choose "
                    + "--loss softmax-ce to get it there");
        }
        return f.choice("activation", name, a, Names.HIDDEN_ACTIVATION_CHOICES);
    }

    private static Loss loss(Flags f) throws UsageException {
        String name = f.value("loss", "mse");
        return f.choice("loss", name, Names.loss(name), Names.LOSS_CHOICES);
    }

    private static String describe(Network net, Activation hidden, Init init, long seed) {
        StringBuilder sb = new StringBuilder();
        int[] sizes = net.sizes();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(sizes[i]);
        }
        Activation output = net.layer(net.depth() - 1).activation();
        sb.append(" (").append(net.depth() > 1 ? Names.of(hidden) + " hidden, " : "")
                .append(Names.of(output)).append(" output, loss ").append(Names.of(net.loss()))
                .append(", init ").append(Names.of(init))
                .append(net.batchNorm() ? ", batch norm" : "")
                .append(net.precision() != Precision.FLOAT64 ? ", " + Names.of(net.precision())
                        : "")
                .append(", seed ").append(seed)
                .append(", ").append(net.parameterCount()).append(" parameters)");
        return sb.toString();
    }
}
