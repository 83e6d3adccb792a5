package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.Activation;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.format.ModelJson;
import scratchnet.format.NumpyExport;
import scratchnet.format.TorchExport;

/**
 * The run taken out of the playground and a model brought in: the NumPy, PyTorch and model
 * JSON exports of the network, and the check that a loaded model fits the data and can be
 * described by the settings (the settings it then runs with). It holds no state.
 */
final class ModelTransfer {
    private ModelTransfer() {
    }

    /**
     * A self-contained NumPy or PyTorch script that trains {@code net}'s current weights on
     * {@code train} for {@code epochs} epochs (batches in file order) with the training of
     * {@code settings}, or the network as model JSON (the format the command line reads).
     */
    static String export(Session.ExportKind kind, Network net, Settings settings, Dataset train,
            int epochs) {
        switch (kind) {
            case NUMPY:
                return NumpyExport.script(net, settings.trainSpec(), train, epochs);
            case PYTORCH:
                return TorchExport.script(net, settings.trainSpec(), train, epochs);
            default:
                return ModelJson.write(net);
        }
    }

    /**
     * The settings a loaded model (see {@link ModelJson#read}) runs with: {@code settings}
     * with the model's hidden layers, activations and loss, the data and training kept.
     *
     * @throws IllegalArgumentException saying why the model does not fit {@code problem}'s
     *     data (inputs, outputs) or cannot be described by the settings
     */
    static Settings settingsFor(Network model, Settings settings, Problem problem) {
        int inputs = problem.train.cols();
        if (model.inputs() != inputs) {
            throw new IllegalArgumentException("the model takes " + model.inputs()
                    + " inputs, but the current data gives the network " + inputs + " ("
                    + String.join(", ", problem.train.featureNames()) + ")");
        }
        if (model.outputs() != problem.outputs()) {
            throw new IllegalArgumentException("the model has " + model.outputs()
                    + " outputs, but the current data needs " + problem.outputs());
        }
        int[] sizes = model.sizes();
        int[] hidden = java.util.Arrays.copyOfRange(sizes, 1, sizes.length - 1);
        int depth = model.depth();
        Activation act = depth > 1 ? model.layer(0).activation()
                : settings.net().activation();
        Activation[] acts = new Activation[depth - 1];
        for (int l = 0; l < depth - 1; l++) {
            acts[l] = model.layer(l).activation();
            if (model.layer(l).slope() != NetSpec.DEFAULT_LEAKY_SLOPE
                    && acts[l] == Activation.LEAKY_RELU) {
                throw new IllegalArgumentException("the playground's leaky ReLU has slope "
                        + NetSpec.DEFAULT_LEAKY_SLOPE + ", not " + model.layer(l).slope());
            }
        }
        Settings candidate = new Settings(settings.data(), settings.net().with(hidden, act,
                model.loss(), model.layer(depth - 1).activation()).withActivations(acts)
                .withNumerics(model.batchNorm(), model.precision()), settings.training(),
                settings.view());
        SettingsHash.Result check = SettingsHash.read(SettingsHash.write(candidate));
        if (!check.problems().isEmpty() || !check.settings().net().equals(candidate.net())) {
            throw new IllegalArgumentException(check.problems().isEmpty()
                    ? "the playground cannot describe this network"
                    : String.join(" ", check.problems()));
        }
        return candidate;
    }
}
