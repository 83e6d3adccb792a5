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
 * Hidden layers use --activation (one name for all, or one per hidden layer); the output layer
 * follows the loss (linear for mse and huber, sigmoid for bce, softmax for softmax-ce).
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
            "  --activation NAMES  of the hidden layers: one name for all, or one per hidden",
            "                      layer separated by commas (e.g. relu,tanh for 4,8,6,1):",
            "                      " + Names.HIDDEN_ACTIVATION_CHOICES + " (default relu)",
            "  --loss NAME         " + Names.LOSS_CHOICES + " (default mse); sets the output",
            "                      layer: linear for mse and huber (δ = 1), sigmoid for bce,",
            "                      softmax for softmax-ce",
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
        Activation[] perLayer = activations(f, sizes.length - 2);
        Activation hidden = perLayer.length > 0 ? perLayer[0] : Activation.RELU;
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
            NetSpec all = NetSpec.of(sizes, hidden, loss, init);
            spec = new NetSpec(sizes, hidden, all.output(), loss, init, all.leakySlope(),
                    all.dropout(), perLayer.length > 0 ? perLayer : null);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        Network net = Network.build(spec, new Rng(seed), batchNorm, precision);
        TextFiles.write(file, ModelJson.write(net));
        out.println("wrote " + file + ": " + describe(net, init, seed));
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

    /** One activation per hidden layer: a single name repeated, or one name per layer. */
    private static Activation[] activations(Flags f, int hiddenLayers) throws UsageException {
        String text = f.value("activation", "relu");
        String[] names = text.split(",", -1);
        if (names.length != 1 && names.length != hiddenLayers) {
            throw f.error("--activation '" + text + "' names " + names.length
                    + " activations for " + hiddenLayers + " hidden layer"
                    + (hiddenLayers == 1 ? "" : "s") + "; give one for all, or one per hidden"
                    + " layer");
        }
        Activation[] out = new Activation[hiddenLayers];
        for (int l = 0; l < hiddenLayers; l++) {
            String name = names[names.length == 1 ? 0 : l].trim();
            out[l] = activation(f, name);
        }
        if (hiddenLayers == 0) {
            activation(f, names[0].trim()); // still checked
        }
        return out;
    }

    private static Activation activation(Flags f, String name) throws UsageException {
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

    private static String describe(Network net, Init init, long seed) {
        StringBuilder sb = new StringBuilder();
        int[] sizes = net.sizes();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(sizes[i]);
        }
        Activation output = net.layer(net.depth() - 1).activation();
        StringBuilder hidden = new StringBuilder();
        boolean same = true;
        for (int l = 0; l + 1 < net.depth(); l++) {
            Activation a = net.layer(l).activation();
            same &= a == net.layer(0).activation();
            hidden.append(l == 0 ? "" : ",").append(Names.of(a));
        }
        String hiddenText = same && net.depth() > 1 ? Names.of(net.layer(0).activation())
                : hidden.toString();
        sb.append(" (").append(net.depth() > 1 ? hiddenText + " hidden, " : "")
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
