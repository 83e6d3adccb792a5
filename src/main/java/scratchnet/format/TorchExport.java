package scratchnet.format;

import scratchnet.data.Dataset;
import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;

/**
 * Writes a run as a PyTorch script: the same network as an {@code nn.Sequential} in float64,
 * loaded with the same weights, trained by autograd and {@code torch.optim} on the same
 * embedded rows in file order, with the engine's loss, penalty, clipping, optimizer constants
 * and learning-rate schedule.
 *
 * <p>Where PyTorch's own helper computes something else than the engine, the script writes the
 * engine's version out and says why: clipping ({@code clip_grad_norm_} divides by the norm plus
 * 1e-6) and, when the rate changes from step to step, momentum ({@code SGD} keeps v ← μv + g
 * and steps lr·v, which equals the engine's v ← μv − lr·g only at a constant rate).
 */
public final class TorchExport {
    private TorchExport() {
    }

    /**
     * The PyTorch script that trains {@code net} as {@link NumpyExport#script} does, run and
     * printing the same way: from its current weights, on {@code train} for {@code epochs}
     * epochs with the settings of {@code spec}, batches in file order.
     *
     * @throws IllegalArgumentException if the data do not fit the network or a number is not
     *     finite
     */
    public static String script(Network net, TrainSpec spec, Dataset train, int epochs) {
        ScriptParts.check(net, spec, train, epochs);
        StringBuilder sb = new StringBuilder();
        header(sb, net, spec, train, epochs);
        ScriptSettings.settings(sb, net, spec, train, epochs);
        data(sb, net, train);
        model(sb, net, TorchBatchNorm.loneRow(spec, train.rows(), epochs));
        lossAndPenalty(sb, net, spec.penalty());
        if (spec.clipNorm() > 0) {
            clip(sb);
        }
        optimizer(sb, spec);
        ScriptSettings.schedule(sb, spec);
        train(sb, net, spec);
        ScriptParts.saveModel(sb, net, "LINEARS[l].weight.detach().T.tolist()",
                "LINEARS[l].bias.detach().tolist()", net.batchNorm() ? new String[] {
                    "NORMS[l].weight.detach().tolist()", "NORMS[l].bias.detach().tolist()",
                    "NORMS[l].running_mean.tolist()", "NORMS[l].running_var.tolist()"} : null);
        main(sb, net);
        return sb.toString();
    }

    private static void header(StringBuilder sb, Network net, TrainSpec spec, Dataset train,
            int epochs) {
        sb.append("#!/usr/bin/env python3\n");
        sb.append("\"\"\"A ScratchNet run as a PyTorch script (exported by ScratchNet).\n\n");
        sb.append(ScriptSettings.description(net, spec, train, epochs)).append('\n');
        sb.append("The network is an nn.Sequential in float64 with the engine's weights; "
                + "autograd computes the\ngradients and torch.optim (or, where PyTorch differs, "
                + "code written out below) applies the\nengine's update, so after the same steps "
                + "both hold the same weights up to rounding.\n"
                + "In the tutorial's notation, for each layer:\n"
                + "    forward   Z = X·W + b,  A = f(Z)        (W is n_in × n_out; nn.Linear "
                + "stores Wᵀ)\n"
                + "    backward  dZ = dA ⊙ f′(Z),  dW = A_prevᵀ·dZ,  db = Σ_rows dZ,  "
                + "dA_prev = dZ·Wᵀ\n\n");
        if (net.batchNorm()) {
            sb.append(TorchBatchNorm.HEADER);
        }
        ScriptParts.docstringEndAndImports(sb, net, spec);
        sb.append("\nimport torch\nfrom torch import nn\n\n");
        sb.append("torch.set_default_dtype(torch.float64)  # float64 everywhere, as in the engine\n\n");
    }

    private static void data(StringBuilder sb, Network net, Dataset train) {
        sb.append("# ----- The training data: one row per example, embedded exactly -----\n");
        sb.append("X = torch.tensor(");
        ScriptParts.matrix(sb, "", train.x(), train.rows(), train.cols());
        sb.append(")  # rows × n_in\n");
        if (net.loss() == Loss.SOFTMAX_CE) {
            sb.append("Y = torch.tensor(");
            ScriptParts.flatList(sb, "", ScriptParts.targets(train, net.loss()));
            sb.append(")  # class index of each row (int64)\n\n");
        } else {
            sb.append("Y = torch.tensor(");
            ScriptParts.flatList(sb, "", ScriptParts.targets(train, net.loss()));
            sb.append(").reshape(-1, 1)  # ")
                    .append(net.loss() == Loss.BCE ? "labels 0/1" : "targets")
                    .append(", rows × 1\n\n");
        }
    }

    private static void model(StringBuilder sb, Network net, boolean loneRow) {
        sb.append("# ----- The weights as the engine lays them out: W[l] is n_in × n_out, "
                + "B[l] has n_out -----\n");
        sb.append("W = [\n");
        for (int l = 0; l < net.depth(); l++) {
            sb.append("    ");
            ScriptParts.weights(sb, "    ", net.layer(l));
            sb.append(",\n");
        }
        sb.append("]\n");
        ScriptParts.arrays(sb, "B", ScriptParts.biases(net), "", "");
        sb.append('\n');
        if (net.batchNorm()) {
            TorchBatchNorm.values(sb, net);
            if (loneRow) {
                TorchBatchNorm.loneRowModule(sb);
            }
        }
        sb.append("model = nn.Sequential(\n");
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            sb.append("    nn.Linear(").append(d.inputs()).append(", ").append(d.outputs())
                    .append("),  # Z = X·W + b\n");
            boolean last = l == net.depth() - 1;
            if (d.norm() != null) {
                sb.append("    ").append(loneRow ? "BatchNorm(" : "nn.BatchNorm1d(")
                        .append(d.outputs()).append(", eps=BN_EPS, momentum=BN_MOMENTUM),  "
                                + "# Z ← γ·(Z − μ)/√(σ² + ε) + β\n");
            }
            if (last && !net.loss().realTargets()) {
                sb.append("    # no ").append(net.loss() == Loss.BCE ? "sigmoid" : "softmax")
                        .append(" module: the loss applies it to the logits Z, fused as in the "
                                + "engine\n");
            } else if (d.activation() != Activation.LINEAR) {
                sb.append("    ").append(module(d.activation())).append(",  # A = f(Z)\n");
            }
        }
        sb.append(")\n");
        sb.append("LINEARS = [m for m in model if isinstance(m, nn.Linear)]\n");
        sb.append("with torch.no_grad():\n");
        sb.append("    for layer, w, b in zip(LINEARS, W, B):\n");
        sb.append("        # nn.Linear keeps its weight transposed, n_out × n_in, and computes "
                + "X·weightᵀ + b\n");
        sb.append("        layer.weight.copy_(torch.tensor(w).T)\n");
        sb.append("        layer.bias.copy_(torch.tensor(b))\n");
        if (net.batchNorm()) {
            TorchBatchNorm.load(sb);
        }
        sb.append('\n');
    }

    private static String module(Activation a) {
        switch (a) {
            case RELU:
                return "nn.ReLU()";
            case LEAKY_RELU:
                return "nn.LeakyReLU(LEAKY_SLOPE)";
            case SIGMOID:
                return "nn.Sigmoid()";
            case TANH:
                return "nn.Tanh()";
            case ELU:
                return "nn.ELU()";
            case GELU:
                return "nn.GELU(approximate=\"tanh\")";
            case SILU:
                return "nn.SiLU()";
            case SOFTPLUS:
                return "nn.Softplus()";
            default:
                throw new AssertionError(a);
        }
    }

    private static void lossAndPenalty(StringBuilder sb, Network net, Penalty penalty) {
        switch (net.loss()) {
            case BCE:
                sb.append("loss_fn = nn.BCEWithLogitsLoss()  # mean over the rows; "
                        + "dL/dZ = (σ(Z) − y) / n\n");
                break;
            case SOFTMAX_CE:
                sb.append("# softmax and cross-entropy on the logits, mean over the rows; "
                        + "dL/dZ = (p − onehot) / n\nloss_fn = nn.CrossEntropyLoss()\n");
                break;
            case HUBER:
                sb.append("# ½d² for |d| ≤ 1, else |d| − ½ (d = ŷ − y), mean over the rows; "
                        + "dL/dŷ = clip(d, −1, 1) / n\nloss_fn = nn.HuberLoss(delta=")
                        .append(ScriptParts.num(Loss.HUBER_DELTA)).append(")\n");
                break;
            default:
                sb.append("loss_fn = nn.MSELoss()  # (1/n) Σ (ŷ − y)² with one output; "
                        + "dL/dŷ = 2(ŷ − y) / n\n");
        }
        sb.append("\n\ndef penalty():\n");
        if (penalty.kind() == Penalty.Kind.L2 && penalty.rate() > 0) {
            sb.append("    \"\"\"(L2 / 2)·Σ W² over the weights, not the biases: its gradient "
                    + "is L2·W.\"\"\"\n");
            sb.append("    return 0.5 * L2 * sum((layer.weight ** 2).sum() for layer in LINEARS)"
                    + "\n\n\n");
        } else if (penalty.kind() == Penalty.Kind.L1 && penalty.rate() > 0) {
            sb.append("    \"\"\"L1·Σ|W| over the weights, not the biases: its gradient is "
                    + "L1·sign(W).\"\"\"\n");
            sb.append("    return L1 * sum(layer.weight.abs().sum() for layer in LINEARS)\n\n\n");
        } else {
            sb.append("    return 0.0  # no weight penalty in this run\n\n\n");
        }
    }

    private static void clip(StringBuilder sb) {
        sb.append("def clip():\n");
        sb.append("    \"\"\"Scales all gradients together so that their global L2 norm is at "
                + "most CLIP_NORM.\n\n");
        sb.append("    Written out because torch.nn.utils.clip_grad_norm_ scales by CLIP_NORM / "
                + "(norm + 1e-6),\n    which is not the engine's CLIP_NORM / norm.\n    \"\"\"\n");
        sb.append("    grads = [p.grad for p in model.parameters()]\n");
        sb.append("    norm = math.sqrt(sum(float((g * g).sum()) for g in grads))\n");
        sb.append("    if norm > CLIP_NORM:\n");
        sb.append("        scale = CLIP_NORM / norm\n");
        sb.append("        for g in grads:\n");
        sb.append("            g.mul_(scale)\n\n\n");
    }

    private static void optimizer(StringBuilder sb, TrainSpec spec) {
        Schedule s = spec.schedule();
        boolean constantRate = s.kind() == Schedule.Kind.CONSTANT && s.warmup() == 0;
        switch (spec.optimizer()) {
            case SGD:
                sb.append("optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)  "
                        + "# W −= lr·dW\n\n\n");
                break;
            case MOMENTUM:
                if (constantRate) {
                    sb.append("# PyTorch keeps v ← μ·v + g and steps W −= lr·v; at a constant "
                            + "rate that is the engine's\n# v ← μ·v − lr·g, W += v.\n");
                    sb.append("optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, "
                            + "momentum=0.9)\n\n\n");
                } else {
                    engineMomentum(sb);
                }
                break;
            case ADAM:
                sb.append("optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, "
                        + "betas=(0.9, 0.999), eps=1e-8)\n\n\n");
                break;
            case RMSPROP:
                sb.append("# PyTorch's alpha is the engine's ρ = 0.9 (PyTorch's default is 0.99)"
                        + "; no bias correction in either\n");
                sb.append("optimizer = torch.optim.RMSprop(model.parameters(), lr=LEARNING_RATE, "
                        + "alpha=0.9, eps=1e-8)\n\n\n");
                break;
            default:
                throw new AssertionError(spec.optimizer());
        }
    }

    private static void engineMomentum(StringBuilder sb) {
        sb.append("class Momentum(torch.optim.Optimizer):\n");
        sb.append("    \"\"\"The engine's momentum: v ← μ·v − lr·g, then W ← W + v.\n\n");
        sb.append("    torch.optim.SGD(momentum=0.9) keeps v ← μ·v + g and steps W −= lr·v: "
                + "the same at a\n    constant rate, but not when the schedule changes the "
                + "rate, so this run writes it out.\n    \"\"\"\n\n");
        sb.append("    def __init__(self, params, lr, mu=0.9):\n");
        sb.append("        super().__init__(params, {\"lr\": lr, \"mu\": mu})\n\n");
        sb.append("    @torch.no_grad()\n");
        sb.append("    def step(self):\n");
        sb.append("        for group in self.param_groups:\n");
        sb.append("            for p in group[\"params\"]:\n");
        sb.append("                v = self.state[p].setdefault(\"velocity\", "
                + "torch.zeros_like(p))\n");
        sb.append("                v.mul_(group[\"mu\"]).sub_(group[\"lr\"] * p.grad)\n");
        sb.append("                p.add_(v)\n\n\n");
        sb.append("optimizer = Momentum(model.parameters(), lr=LEARNING_RATE)\n\n\n");
    }

    /**
     * train(): {@link ScriptParts#trainLoop} with autograd's backward pass and torch.optim's
     * step.
     */
    private static void train(StringBuilder sb, Network net, TrainSpec spec) {
        String setup = net.batchNorm() ? "    model.train()  # batch norm: normalise by each "
                + "batch's statistics and move the running ones\n" : "";
        StringBuilder step = new StringBuilder();
        step.append("            optimizer.zero_grad()\n");
        step.append("            # forward: Z = X·W + b, A = f(Z), layer by layer; then the "
                + "mean loss\n");
        step.append("            loss = loss_fn(model(Xb), Yb) + penalty()\n");
        step.append("            # backward: dZ = dA ⊙ f′(Z), dW = A_prevᵀ·dZ, db = Σ_rows dZ, "
                + "dA_prev = dZ·Wᵀ\n");
        step.append("            loss.backward()\n");
        if (spec.clipNorm() > 0) {
            step.append("            clip()\n");
        }
        step.append("            for group in optimizer.param_groups:\n");
        step.append("                group[\"lr\"] = learning_rate(t)\n");
        step.append("            optimizer.step()\n");
        ScriptParts.trainLoop(sb, setup, step.toString());
    }

    private static void main(StringBuilder sb, Network net) {
        sb.append("def evaluate():\n");
        sb.append("    \"\"\"The mean training loss (no penalty) and the network's output on "
                + "every row.\"\"\"\n");
        if (net.batchNorm()) {
            sb.append("    model.eval()  # batch norm: the running statistics, as the engine's "
                    + "losses use\n");
        }
        sb.append("    with torch.no_grad():\n");
        sb.append("        out = model(X)\n");
        sb.append("        return float(loss_fn(out, Y)), out\n\n\n");
        sb.append("def main():\n");
        sb.append("    before, _ = evaluate()\n");
        sb.append("    steps = train()\n");
        sb.append("    after, out = evaluate()\n");
        if (net.loss() == Loss.BCE) {
            sb.append("    predicted = torch.sigmoid(out) >= 0.5  # class 1 when p >= 0.5\n");
            sb.append("    accuracy = float((predicted == (Y == 1)).double().mean())\n");
        } else if (net.loss() == Loss.SOFTMAX_CE) {
            sb.append("    accuracy = float((out.argmax(dim=1) == Y).double().mean())\n");
        } else {
            sb.append("    mae = float((out - Y).abs().mean())  # mean absolute error, in target "
                    + "units\n");
        }
        ScriptParts.mainEnd(sb, net);
    }
}
