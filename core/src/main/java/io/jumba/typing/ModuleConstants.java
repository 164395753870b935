package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Expr;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Module-level {@code NAME = <expression>} assignments, folded to compile-time constants on first use
 * (scalars, or tuples of scalars). They may use literals, earlier constants, arithmetic and math/numpy constants
 * such as {@code math.pi}.
 */
final class ModuleConstants {
    private final Module module;
    private final Function<io.jumba.frontend.ast.PyExpr, Expr> lowering;
    private final Map<String, Expr> folded = new HashMap<>();

    /** @param lowering lowers a module-level expression (with no local variables) to IR */
    ModuleConstants(Module module, Function<io.jumba.frontend.ast.PyExpr, Expr> lowering) {
        this.module = module;
        this.lowering = lowering;
    }

    boolean has(String name) { return module.constants().containsKey(name); }

    /** The folded value of constant name (which must exist). */
    Expr get(String name) {
        Expr known = folded.get(name);
        if (known != null) return known;
        io.jumba.frontend.ast.PyExpr source = module.constants().get(name);
        java.math.BigInteger unsigned = ExactIntegers.unsigned(module, source);
        if (unsigned != null) {
            Expr value = new Expr.Const(unsigned.longValue(), io.jumba.types.Type.scalar(io.jumba.array.DType.UINT64));
            folded.put(name, value);
            return value;
        }
        ExactIntegers.check(module, name, source);
        Expr value = lowering.apply(source);
        if (!isConstant(value)) {
            throw new TypingError(source.pos(), "module global '" + name
                    + "' must be a compile-time constant (a number, bool or tuple of them), got " + value.type());
        }
        folded.put(name, value);
        return value;
    }

    /** The well-known constants of math and numpy, by qualified name, or null. */
    static Double known(String qualified) {
        return switch (qualified) {
            case "math.pi", "numpy.pi", "cmath.pi" -> Math.PI;
            case "math.e", "numpy.e", "cmath.e" -> Math.E;
            case "math.tau", "cmath.tau" -> 2 * Math.PI;
            case "math.inf", "numpy.inf", "numpy.Inf", "numpy.PINF", "cmath.inf" -> Double.POSITIVE_INFINITY;
            case "numpy.NINF" -> Double.NEGATIVE_INFINITY;
            case "math.nan", "numpy.nan", "numpy.NaN", "numpy.NAN", "cmath.nan" -> Double.NaN;
            default -> null;
        };
    }

    private static boolean isConstant(Expr e) {
        return e instanceof Expr.Const
                || e instanceof Expr.TupleNew t && t.elements().stream().allMatch(ModuleConstants::isConstant);
    }
}
