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
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
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
 * The same happens to {@code a * (b / c)}, to {@code s += a - b} and to calls TeaVM inlines, so
 * no source discipline can rule it out. The WebAssembly build is not affected.
 *
 * <p>Before TeaVM optimizes, the right operand of every float/double addition and
 * multiplication in ScratchNet's own classes is wrapped in an identity the printer must
 * bracket:
 * <pre>
 *   a + b  →  a + b·1      (b·1 binds tighter than +, and an additive b inside it is bracketed)
 *   a · b  →  a · (b − 0)  (a subtraction under · is always bracketed)
 * </pre>
 * Both are exact in IEEE-754 for every b, signed zeros, infinities and NaN included
 * (−0 − 0 = −0), and V8 folds {@code x * 1} and {@code x - 0} away, so they cost nothing at run
 * time. (This plugin used to write {@code a − (−b)} and {@code −(a · (−b))}: exact too, but V8
 * kept the negations, which made tanh about 70 % slower in the JavaScript build; issue 16.)
 * Registered in {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}.
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

    /** r = a + b  becomes  one = 1; m = b · one; r = a + m. */
    private static void rewriteAdd(Program program, BinaryInstruction add) {
        NumericOperandType type = add.getOperandType();
        Instruction one = constant(program, type, 1, add);
        BinaryInstruction times = new BinaryInstruction(BinaryOperation.MULTIPLY, type);
        times.setFirstOperand(add.getSecondOperand());
        times.setSecondOperand(receiver(one));
        times.setReceiver(program.createVariable());
        times.setLocation(add.getLocation());
        add.insertPrevious(one);
        add.insertPrevious(times);
        add.setSecondOperand(times.getReceiver());
    }

    /** r = a · b  becomes  zero = 0; d = b − zero; r = a · d. */
    private static void rewriteMultiply(Program program, BinaryInstruction multiply) {
        NumericOperandType type = multiply.getOperandType();
        Instruction zero = constant(program, type, 0, multiply);
        BinaryInstruction minus = new BinaryInstruction(BinaryOperation.SUBTRACT, type);
        minus.setFirstOperand(multiply.getSecondOperand());
        minus.setSecondOperand(receiver(zero));
        minus.setReceiver(program.createVariable());
        minus.setLocation(multiply.getLocation());
        multiply.insertPrevious(zero);
        multiply.insertPrevious(minus);
        multiply.setSecondOperand(minus.getReceiver());
    }

    /** A constant instruction of {@code type} (float or double) holding {@code value}. */
    private static Instruction constant(Program program, NumericOperandType type, int value,
            Instruction at) {
        if (type == NumericOperandType.FLOAT) {
            FloatConstantInstruction c = new FloatConstantInstruction();
            c.setConstant(value);
            c.setReceiver(program.createVariable());
            c.setLocation(at.getLocation());
            return c;
        }
        DoubleConstantInstruction c = new DoubleConstantInstruction();
        c.setConstant(value);
        c.setReceiver(program.createVariable());
        c.setLocation(at.getLocation());
        return c;
    }

    private static Variable receiver(Instruction constant) {
        return constant instanceof FloatConstantInstruction f ? f.getReceiver()
                : ((DoubleConstantInstruction) constant).getReceiver();
    }
}
