package scratchnet.bridge;

import java.util.ArrayList;
import java.util.List;
import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Build-time TeaVM plugin (never part of the page) that keeps the JavaScript build's
 * floating-point arithmetic grouped exactly as Java groups it.
 *
 * <p>TeaVM 0.15's JavaScript printer treats + and * as associative: it prints a right operand
 * of the same precedence without parentheses, so Java's {@code a + (b - c)} becomes
 * {@code a + b - c}, which JavaScript evaluates as {@code (a + b) - c}: a different double.
 * The same happens to {@code s += a - b} and to calls TeaVM inlines, so no source discipline
 * can rule it out. The WebAssembly build is not affected.
 *
 * <p>Before TeaVM optimizes, every float/double addition and multiplication in ScratchNet's own
 * classes is rewritten into a form the printer brackets correctly:
 * <pre>
 *   a + b  →  a − (−b)
 *   a · b  →  −(a · (−b))
 * </pre>
 * Both are exact in IEEE-754: negation only flips the sign bit and rounding to nearest is
 * symmetric in sign, so every result, signed zeros and NaN included, is bit-identical to the
 * original. The printer parenthesises a subtraction's right operand and a negated compound
 * operand. Registered in {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}.
 */
public final class ExactJsArithmetic implements TeaVMPlugin, ClassHolderTransformer {
    private static final String OWN_PACKAGE = "scratchnet.";

    @Override
    public void install(TeaVMHost host) {
        if (host.getExtension(TeaVMJavaScriptHost.class) != null) {
            host.add(this);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().startsWith(OWN_PACKAGE)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null) {
                rewrite(program);
            }
        }
    }

    private static void rewrite(Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            List<BinaryInstruction> targets = new ArrayList<>();
            for (Instruction insn : block) {
                if (insn instanceof BinaryInstruction binary && isFloatingAddOrMultiply(binary)) {
                    targets.add(binary);
                }
            }
            for (BinaryInstruction binary : targets) {
                if (binary.getOperation() == BinaryOperation.ADD) {
                    rewriteAdd(program, binary);
                } else {
                    rewriteMultiply(program, binary);
                }
            }
        }
    }

    private static boolean isFloatingAddOrMultiply(BinaryInstruction binary) {
        NumericOperandType type = binary.getOperandType();
        BinaryOperation op = binary.getOperation();
        return (type == NumericOperandType.DOUBLE || type == NumericOperandType.FLOAT)
                && (op == BinaryOperation.ADD || op == BinaryOperation.MULTIPLY);
    }

    /** r = a + b  becomes  n = −b; r = a − n. */
    private static void rewriteAdd(Program program, BinaryInstruction add) {
        NumericOperandType type = add.getOperandType();
        NegateInstruction negate = negate(program, add.getSecondOperand(), type, add);
        BinaryInstruction subtract = new BinaryInstruction(BinaryOperation.SUBTRACT, type);
        subtract.setFirstOperand(add.getFirstOperand());
        subtract.setSecondOperand(negate.getReceiver());
        subtract.setReceiver(add.getReceiver());
        subtract.setLocation(add.getLocation());
        add.insertPrevious(negate);
        add.replace(subtract);
    }

    /** r = a · b  becomes  n = −b; m = a · n; r = −m. */
    private static void rewriteMultiply(Program program, BinaryInstruction multiply) {
        NumericOperandType type = multiply.getOperandType();
        NegateInstruction negateRight = negate(program, multiply.getSecondOperand(), type,
                multiply);
        BinaryInstruction product = new BinaryInstruction(BinaryOperation.MULTIPLY, type);
        product.setFirstOperand(multiply.getFirstOperand());
        product.setSecondOperand(negateRight.getReceiver());
        product.setReceiver(program.createVariable());
        product.setLocation(multiply.getLocation());
        NegateInstruction negateResult = new NegateInstruction(type);
        negateResult.setOperand(product.getReceiver());
        negateResult.setReceiver(multiply.getReceiver());
        negateResult.setLocation(multiply.getLocation());
        multiply.insertPrevious(negateRight);
        multiply.insertPrevious(product);
        multiply.replace(negateResult);
    }

    private static NegateInstruction negate(Program program, Variable operand,
            NumericOperandType type, Instruction at) {
        NegateInstruction negate = new NegateInstruction(type);
        negate.setOperand(operand);
        negate.setReceiver(program.createVariable());
        negate.setLocation(at.getLocation());
        return negate;
    }
}
