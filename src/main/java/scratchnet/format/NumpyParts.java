package scratchnet.format;

import java.util.LinkedHashSet;
import java.util.Set;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;

/**
 * The numeric functions of the NumPy script, each written as the engine computes it: the
 * activations beside their derivatives ({@code Activation}), the forward and backward passes
 * ({@code Dense}, {@code Network}), the loss and its output gradient ({@code Loss}), clipping
 * ({@code GradClip}) and the optimizers ({@code Sgd}, {@code Momentum}, {@code Adam},
 * {@code RmsProp}), with the same association of every product and quotient.
 */
final class NumpyParts {
    private NumpyParts() {
    }

    /** The Python name of an activation's function. */
    static String name(Activation a) {
        switch (a) {
            case LINEAR:
                return "linear";
            case RELU:
                return "relu";
            case LEAKY_RELU:
                return "leaky_relu";
            case SIGMOID:
                return "sigmoid";
            case TANH:
                return "tanh";
            case ELU:
                return "elu";
            case GELU:
                return "gelu";
            case SILU:
                return "silu";
            case SOFTPLUS:
                return "softplus";
            case SOFTMAX:
                return "softmax";
            default:
                throw new AssertionError(a);
        }
    }

    /** Each activation the network uses, f beside f′, then the per-layer lists. */
    static void activations(StringBuilder sb, Network net) {
        sb.append("# ----- Activations: each f(Z) beside its derivative f′(Z) -----\n");
        Set<Activation> used = new LinkedHashSet<>();
        for (int l = 0; l < net.depth(); l++) {
            used.add(net.layer(l).activation());
        }
        for (Activation a : used) {
            function(sb, a);
        }
        StringBuilder fs = new StringBuilder();
        StringBuilder ds = new StringBuilder();
        for (int l = 0; l < net.depth(); l++) {
            Activation a = net.layer(l).activation();
            boolean fused = l == net.depth() - 1 && !net.loss().realTargets();
            fs.append(l == 0 ? "" : ", ").append(name(a));
            ds.append(l == 0 ? "" : ", ").append(fused ? "None" : name(a) + "_derivative");
        }
        sb.append("# f and f′ of layer 1, 2, ...");
        if (!net.loss().realTargets()) {
            sb.append(" (the output layer's f′ is fused with the loss)");
        }
        sb.append("\nACTIVATIONS = [").append(fs).append("]\n");
        sb.append("DERIVATIVES = [").append(ds).append("]\n\n\n");
    }

    private static void function(StringBuilder sb, Activation a) {
        String n = name(a);
        sb.append("def ").append(n).append("(Z):\n");
        switch (a) {
            case LINEAR:
                sb.append("    return Z\n\n\n");
                sb.append("def linear_derivative(Z, A):\n");
                sb.append("    return np.ones_like(Z)\n\n\n");
                break;
            case RELU:
                sb.append("    return np.where(Z > 0, Z, 0.0)\n\n\n");
                sb.append("def relu_derivative(Z, A):\n");
                sb.append("    return np.where(Z > 0, 1.0, 0.0)  "
                        + "# 0 at z = 0 exactly: no gradient through a unit that is off\n\n\n");
                break;
            case LEAKY_RELU:
                sb.append("    return np.where(Z > 0, Z, LEAKY_SLOPE * Z)\n\n\n");
                sb.append("def leaky_relu_derivative(Z, A):\n");
                sb.append("    return np.where(Z > 0, 1.0, LEAKY_SLOPE)  "
                        + "# the small slope at z = 0 too\n\n\n");
                break;
            case SIGMOID:
                sb.append("    # σ(z) = 1 / (1 + e^−z), written so that no exponent is positive\n");
                sb.append("    E = np.exp(-np.abs(Z))\n");
                sb.append("    return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))\n\n\n");
                sb.append("def sigmoid_derivative(Z, A):\n");
                sb.append("    return A * (1 - A)  # σ′(z) = σ(z)(1 − σ(z)), read from A = σ(Z)\n\n\n");
                break;
            case TANH:
                sb.append("    return np.tanh(Z)\n\n\n");
                sb.append("def tanh_derivative(Z, A):\n");
                sb.append("    return 1 - A * A  # tanh′(z) = 1 − tanh²(z), read from A = tanh(Z)\n\n\n");
                break;
            case ELU:
                sb.append("    # α = 1; expm1 is exact near 0 (minimum: no overflow warning for "
                        + "large Z)\n");
                sb.append("    return np.where(Z > 0, Z, np.expm1(np.minimum(Z, 0.0)))\n\n\n");
                sb.append("def elu_derivative(Z, A):\n");
                sb.append("    return np.where(Z > 0, 1.0, A + 1.0)  "
                        + "# e^z = (e^z − 1) + 1, read from A\n\n\n");
                break;
            case GELU:
                geluFunctions(sb);
                break;
            case SILU:
                sb.append("    return Z * _sigmoid(Z)  # Swish with β = 1\n\n\n");
                sb.append("def silu_derivative(Z, A):\n");
                sb.append("    S = _sigmoid(Z)\n");
                sb.append("    return S * (1 + Z * (1 - S))\n\n\n");
                stableSigmoid(sb);
                break;
            case SOFTPLUS:
                sb.append("    # log(1 + e^z), and z itself above 20 (PyTorch's Softplus "
                        + "threshold)\n");
                sb.append("    return np.where(Z > 20, Z, np.log1p(np.exp(np.minimum(Z, 20.0))))"
                        + "\n\n\n");
                sb.append("def softplus_derivative(Z, A):\n");
                sb.append("    return np.where(Z > 20, 1.0, _sigmoid(Z))  # σ(z)\n\n\n");
                stableSigmoid(sb);
                break;
            case SOFTMAX:
                sb.append("    # each row minus its maximum: every exponent <= 0, nothing overflows\n");
                sb.append("    E = np.exp(Z - Z.max(axis=1, keepdims=True))\n");
                sb.append("    return E / E.sum(axis=1, keepdims=True)\n\n\n");
                break;
            default:
                throw new AssertionError(a);
        }
    }

    private static void geluFunctions(StringBuilder sb) {
        sb.append("    # the tanh form: ½z(1 + tanh u), u = √(2/π)(z + 0.044715z³)\n");
        sb.append("    return 0.5 * Z * (1 + np.tanh(_gelu_inner(Z)))\n\n\n");
        sb.append("def gelu_derivative(Z, A):\n");
        sb.append("    T = np.tanh(_gelu_inner(Z))\n");
        sb.append("    return 0.5 * (1 + T) + (0.5 * Z) * (1 - T * T) * (GELU_BETA * (1 + 3 * "
                + "GELU_KAPPA * (Z * Z)))\n\n\n");
        sb.append("GELU_BETA = 1.41421356237309504880 * 1.12837916709551257390 * 0.5  "
                + "# √(2/π), as PyTorch writes it\n");
        sb.append("GELU_KAPPA = 0.044715\n\n\n");
        sb.append("def _gelu_inner(Z):\n");
        sb.append("    return GELU_BETA * (Z + GELU_KAPPA * (Z * Z * Z))\n\n\n");
    }

    private static void stableSigmoid(StringBuilder sb) {
        sb.append("def _sigmoid(Z):\n");
        sb.append("    E = np.exp(-np.abs(Z))  # no positive exponent\n");
        sb.append("    return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))\n\n\n");
    }

    /** forward(X) and backward(Zs, As, Y), with the penalty's gradient. */
    static void forwardAndBackward(StringBuilder sb, Network net, Penalty penalty) {
        if (net.batchNorm()) {
            NumpyBatchNorm.forwardAndBackward(sb, penalty);
            return;
        }
        sb.append("def forward(X):\n");
        sb.append("    \"\"\"Z = X·W + b and A = f(Z), layer by layer; returns every Z and "
                + "every A (As[0] is X).\"\"\"\n");
        sb.append("    Zs, As = [], [X]\n");
        sb.append("    for l in range(len(W)):\n");
        sb.append("        Z = As[l] @ W[l] + b[l]  # Z = X·W + b, rows × n_out\n");
        sb.append("        Zs.append(Z)\n");
        sb.append("        As.append(ACTIVATIONS[l](Z))  # A = f(Z)\n");
        sb.append("    return Zs, As\n\n\n");
        sb.append("def backward(Zs, As, Y):\n");
        sb.append("    \"\"\"dW and db of every layer for one batch, from the output layer "
                + "down.\"\"\"\n");
        sb.append("    dZ = output_gradient(Zs[-1], As[-1], Y)\n");
        sb.append("    dW, db = [None] * len(W), [None] * len(W)\n");
        sb.append("    for l in reversed(range(len(W))):\n");
        sb.append("        dW[l] = As[l].T @ dZ  # dW = A_prevᵀ·dZ\n");
        sb.append("        db[l] = dZ.sum(axis=0)  # db = Σ_rows dZ\n");
        penaltyGradient(sb, penalty);
        sb.append("        if l > 0:\n");
        sb.append("            dA = dZ @ W[l].T  # dA_prev = dZ·Wᵀ\n");
        sb.append("            dZ = dA * DERIVATIVES[l - 1](Zs[l - 1], As[l])  "
                + "# dZ = dA ⊙ f′(Z)\n");
        sb.append("    return dW, db\n\n\n");
    }

    /** The line adding the penalty's gradient to dW[l], if the run has a penalty. */
    static void penaltyGradient(StringBuilder sb, Penalty penalty) {
        if (NumpyExport.penalised(penalty) && penalty.kind() == Penalty.Kind.L2) {
            sb.append("        dW[l] = dW[l] + L2 * W[l]  # gradient of (L2 / 2)·Σ W²\n");
        } else if (NumpyExport.penalised(penalty)) {
            sb.append("        dW[l] = dW[l] + L1 * np.sign(W[l])  "
                    + "# gradient of L1·Σ|W| (0 where a weight is 0)\n");
        }
    }

    /** loss(X, Y), the mean data loss, and output_gradient(Z, A, Y), dL/dZ of the output. */
    static void lossAndGradient(StringBuilder sb, Network net) {
        sb.append("def loss(X, Y):\n");
        switch (net.loss()) {
            case BCE:
                sb.append("    \"\"\"Mean binary cross-entropy, from the logit z: softplus(z) − "
                        + "y·z (never log 0).\"\"\"\n");
                sb.append("    Z = forward(X)[0][-1]\n");
                sb.append("    softplus = np.maximum(Z, 0.0) + np.log1p(np.exp(-np.abs(Z)))\n");
                sb.append("    return float(np.sum(softplus - Y * Z) / len(X))\n\n\n");
                sb.append("def output_gradient(Z, A, Y):\n");
                sb.append("    \"\"\"dL/dZ of the sigmoid output and BCE together: (p − y) / n."
                        + "\"\"\"\n");
                sb.append("    return (A - Y) * (1.0 / len(Y))\n\n\n");
                break;
            case SOFTMAX_CE:
                sb.append("    \"\"\"Mean softmax cross-entropy: log Σ_k e^z_k − z_label, "
                        + "row maximum taken out.\"\"\"\n");
                sb.append("    Z = forward(X)[0][-1]\n");
                sb.append("    Zmax = Z.max(axis=1, keepdims=True)\n");
                sb.append("    log_sum = Zmax[:, 0] + np.log(np.sum(np.exp(Z - Zmax), axis=1))\n");
                sb.append("    return float(np.sum(log_sum - np.sum(Y * Z, axis=1)) / len(X))\n\n\n");
                sb.append("def output_gradient(Z, A, Y):\n");
                sb.append("    \"\"\"dL/dZ of the softmax output and cross-entropy together: "
                        + "(p − onehot) / n.\"\"\"\n");
                sb.append("    return (A - Y) * (1.0 / len(Y))\n\n\n");
                break;
            case HUBER:
                sb.append("    \"\"\"Mean Huber loss, δ = HUBER_DELTA: ½d² for |d| ≤ δ, else "
                        + "δ(|d| − ½δ), d = ŷ − y.\"\"\"\n");
                sb.append("    D = forward(X)[1][-1] - Y\n");
                sb.append("    M = np.abs(D)\n");
                sb.append("    H = np.where(M <= HUBER_DELTA, 0.5 * D * D, HUBER_DELTA * (M - 0.5 * "
                        + "HUBER_DELTA))\n");
                sb.append("    return float(np.sum(H) / len(X))\n\n\n");
                sb.append("HUBER_DELTA = ").append(ScriptParts.num(Loss.HUBER_DELTA))
                        .append("\n\n\n");
                sb.append("def output_gradient(Z, A, Y):\n");
                sb.append("    \"\"\"dL/dZ of the output layer: dA = clip(ŷ − y, −δ, δ) / n, then "
                        + "dZ = dA ⊙ f′(Z).\"\"\"\n");
                sb.append("    dA = np.clip(A - Y, -HUBER_DELTA, HUBER_DELTA) * (1.0 / len(Y))\n");
                sb.append("    return dA * DERIVATIVES[-1](Z, A)\n\n\n");
                break;
            default:
                sb.append("    \"\"\"Mean squared error: (1/n) Σ (ŷ − y)².\"\"\"\n");
                sb.append("    A = forward(X)[1][-1]\n");
                sb.append("    return float(np.sum((A - Y) ** 2) / len(X))\n\n\n");
                sb.append("def output_gradient(Z, A, Y):\n");
                sb.append("    \"\"\"dL/dZ of the output layer: dA = 2(ŷ − y) / n, then "
                        + "dZ = dA ⊙ f′(Z).\"\"\"\n");
                sb.append("    dA = 2 * (A - Y) * (1.0 / len(Y))\n");
                sb.append("    return dA * DERIVATIVES[-1](Z, A)\n\n\n");
        }
    }

    /** clip(grads): clipping by global norm, as the engine and clip_grad_norm_ do. */
    static void clip(StringBuilder sb) {
        sb.append("def clip(grads):\n");
        sb.append("    \"\"\"Scales all gradients together so that their global L2 norm is at "
                + "most CLIP_NORM.\"\"\"\n");
        sb.append("    norm = math.sqrt(sum(float(np.sum(g * g)) for g in grads))\n");
        sb.append("    if norm > CLIP_NORM:\n");
        sb.append("        scale = CLIP_NORM / norm  # same direction, length CLIP_NORM\n");
        sb.append("        return [g * scale for g in grads]\n");
        sb.append("    return grads\n\n\n");
    }

    /** class Optimizer: the engine's update rule for {@code kind}, in place on the params. */
    static void optimizer(StringBuilder sb, OptimizerKind kind) {
        sb.append("class Optimizer:\n");
        switch (kind) {
            case SGD:
                sb.append("    \"\"\"Plain gradient descent: W −= lr·dW, b −= lr·db.\"\"\"\n\n");
                sb.append("    def __init__(self, params):\n");
                sb.append("        self.params = params\n\n");
                sb.append("    def step(self, grads, lr):\n");
                sb.append("        for p, g in zip(self.params, grads):\n");
                sb.append("            p -= lr * g  # in place, so W and b change\n\n\n");
                break;
            case MOMENTUM:
                sb.append("    \"\"\"Momentum: v ← μ·v − lr·g, then W ← W + v (μ = 0.9).\"\"\"\n\n");
                sb.append("    MU = 0.9\n\n");
                sb.append("    def __init__(self, params):\n");
                sb.append("        self.params = params\n");
                sb.append("        self.velocity = [np.zeros_like(p) for p in params]\n\n");
                sb.append("    def step(self, grads, lr):\n");
                sb.append("        for p, g, v in zip(self.params, grads, self.velocity):\n");
                sb.append("            v[...] = self.MU * v - lr * g\n");
                sb.append("            p += v\n\n\n");
                break;
            case ADAM:
                adam(sb);
                break;
            case RMSPROP:
                sb.append("    \"\"\"RMSprop: s ← ρ·s + (1 − ρ)·g², W ← W − lr·g / (√s + ε)."
                        + "\"\"\"\n\n");
                sb.append("    RHO, EPS = 0.9, 1e-8  # no bias correction, as in PyTorch\n\n");
                sb.append("    def __init__(self, params):\n");
                sb.append("        self.params = params\n");
                sb.append("        self.mean_square = [np.zeros_like(p) for p in params]\n\n");
                sb.append("    def step(self, grads, lr):\n");
                sb.append("        for p, g, s in zip(self.params, grads, self.mean_square):\n");
                sb.append("            s[...] = self.RHO * s + (1 - self.RHO) * g * g\n");
                sb.append("            p -= lr * g / (np.sqrt(s) + self.EPS)\n\n\n");
                break;
            default:
                throw new AssertionError(kind);
        }
    }

    private static void adam(StringBuilder sb) {
        sb.append("    \"\"\"Adam: moment estimates m (of g) and v (of g²), bias-corrected by "
                + "1 − β^t.\"\"\"\n\n");
        sb.append("    BETA1, BETA2, EPS = 0.9, 0.999, 1e-8\n\n");
        sb.append("    def __init__(self, params):\n");
        sb.append("        self.params = params\n");
        sb.append("        self.m = [np.zeros_like(p) for p in params]\n");
        sb.append("        self.v = [np.zeros_like(p) for p in params]\n");
        sb.append("        self.beta1_power = 1.0  # β1^t, kept as a running product\n");
        sb.append("        self.beta2_power = 1.0\n\n");
        sb.append("    def step(self, grads, lr):\n");
        sb.append("        self.beta1_power *= self.BETA1\n");
        sb.append("        self.beta2_power *= self.BETA2\n");
        sb.append("        correct1 = 1 / (1 - self.beta1_power)\n");
        sb.append("        correct2 = 1 / (1 - self.beta2_power)\n");
        sb.append("        for p, g, m, v in zip(self.params, grads, self.m, self.v):\n");
        sb.append("            m[...] = self.BETA1 * m + (1 - self.BETA1) * g\n");
        sb.append("            v[...] = self.BETA2 * v + (1 - self.BETA2) * g * g\n");
        sb.append("            # W ← W − lr·m̂ / (√v̂ + ε), m̂ = m / (1 − β1^t), "
                + "v̂ = v / (1 − β2^t)\n");
        sb.append("            p -= lr * (m * correct1) / (np.sqrt(v * correct2) + self.EPS)\n\n\n");
    }
}
