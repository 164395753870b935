package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.UnaryOperator;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whole-array NumPy expressions as fused {@link Expr.Elementwise} nodes. Operands that are themselves fresh
 * Elementwise nodes are inlined, so {@code a + b * np.exp(c)} is one node with inputs a, b, c; constant scalars
 * are inlined into the body, other scalars become 0-d inputs. Element types follow NumPy ufunc loop selection
 * ({@link Promotion#ufuncLoop}).
 */
final class ArrayExpressions {
    private ArrayExpressions() {}

    static Expr binary(BinaryOp op, Expr l, Expr r, SourcePos pos) {
        DType loop = binaryLoop(op, List.of(elementType(l, pos), elementType(r, pos)), l, r, pos);
        return lift(List.of(l, r), e -> elementBinary(op, e.get(0), e.get(1), loop, pos), pos);
    }

    /** The ufunc loop type NumPy picks for the operator op on elements of these dtypes (l and r name the error). */
    static DType binaryLoop(BinaryOp op, List<DType> dtypes, Expr l, Expr r, SourcePos pos) {
        return switch (op) {
            case TRUEDIV -> dtypes.stream().noneMatch(d -> d.isFloat() || d.isComplex()) ? DType.FLOAT64
                    : Promotion.ufuncLoop(dtypes, DType.FLOAT32);
            case BITAND, BITOR, BITXOR, LSHIFT, RSHIFT -> {
                if (dtypes.stream().anyMatch(d -> d.isFloat() || d.isComplex())) {
                    throw new TypingError(pos, "unsupported operand types for " + op.symbol + ": " + l.type() + " and " + r.type());
                }
                yield Promotion.ufuncLoop(dtypes, op == BinaryOp.LSHIFT || op == BinaryOp.RSHIFT ? DType.INT8 : DType.BOOL);
            }
            default -> Promotion.ufuncLoop(dtypes, DType.INT8);
        };
    }

    /**
     * One element of the ufunc behind operator op, computed in loop: division is NumPy's whatever the error model
     * (x // 0 is 0, x / 0 inf, as Numba), the rest is the scalar operator.
     */
    static Expr elementBinary(BinaryOp op, Expr l, Expr r, DType loop, SourcePos pos) {
        MathFn division = switch (op) {
            case TRUEDIV -> loop.isComplex() ? MathFn.C_TRUE_DIVIDE : MathFn.TRUE_DIVIDE;
            case FLOORDIV -> MathFn.FLOOR_DIVIDE;
            case MOD -> MathFn.REMAINDER;
            default -> null;
        };
        if (division == MathFn.C_TRUE_DIVIDE) return ComplexCalls.apply(division, List.of(l, r), pos);
        return division != null ? MathFunctionTyping.apply(division, List.of(l, r), loop, pos)
                : ExprLowering.scalarBinary(op, l, r, loop, pos);
    }

    static Expr unary(UnaryOperator op, Expr x, SourcePos pos) {
        DType d = elementType(x, pos);
        return switch (op) {
            case NOT -> throw new TypingError(pos, "the truth value of an array is ambiguous; use ~ or np.logical_not");
            case NEG, POS -> {
                DType loop = Promotion.ufuncLoop(List.of(d), DType.INT8);
                yield lift(List.of(x), e -> ExprLowering.scalarUnary(op, e.getFirst(), loop, pos), pos);
            }
            case INVERT -> lift(List.of(x), e -> ExprLowering.scalarUnary(op, e.getFirst(), d, pos), pos);
        };
    }

    static Expr compare(CmpOp op, Expr l, Expr r, SourcePos pos) {
        ComplexCalls.checkComparable(op, elementType(l, pos), elementType(r, pos), pos);
        DType loop = Promotion.ufuncLoop(List.of(elementType(l, pos), elementType(r, pos)), DType.BOOL);
        return lift(List.of(l, r), e -> TypedIr.compare(op, e.get(0), e.get(1), loop), pos);
    }

    static Expr math(String qualified, MathFn fn, List<Expr> args, SourcePos pos) {
        List<DType> dtypes = new ArrayList<>();
        for (Expr a : args) dtypes.add(elementType(a, pos));
        DType d = MathFunctionTyping.computeType(qualified, fn, dtypes, true);
        return lift(args, e -> MathFunctionTyping.apply(fn, e, d, pos), pos);
    }

    /** {@code np.where(cond, x, y)} elementwise. */
    static Expr where(Expr cond, Expr x, Expr y, SourcePos pos) {
        elementType(cond, pos);
        DType d = DType.promote(elementType(x, pos), elementType(y, pos));
        Function<List<Expr>, Expr> body = e -> new Expr.Select(TypedIr.truth(e.get(0), pos),
                TypedIr.cast(e.get(1), d), TypedIr.cast(e.get(2), d), Type.scalar(d));
        if (!(cond.type() instanceof Type.Array) && !(x.type() instanceof Type.Array) && !(y.type() instanceof Type.Array)) {
            return body.apply(List.of(cond, x, y));
        }
        return lift(List.of(cond, x, y), body, pos);
    }

    /** value with element type d: a scalar cast, the array itself, or an elementwise cast. */
    static Expr toDType(Expr value, DType d, SourcePos pos) {
        return switch (value.type()) {
            case Type.Scalar s -> TypedIr.cast(value, d);
            case Type.Array a when a.dtype() == d -> value;
            case Type.Array a -> lift(List.of(value), e -> TypedIr.cast(e.getFirst(), d), pos);
            default -> throw new TypingError(pos, "expected an array or a number, got " + value.type());
        };
    }

    /** {@code a.copy()} / {@code np.copy(a)}: a new C-contiguous array with a's elements. */
    static Expr copy(Expr array, SourcePos pos) {
        Type.Array a = (Type.Array) array.type();
        return new Expr.Elementwise(List.of(array), new Expr.Element(0, Type.scalar(a.dtype())),
                Type.array(a.dtype(), a.ndim(), Layout.C), pos);
    }

    /** {@code np.dot(a, b)} and {@code a @ b} (of complex values on 1-d arrays, by {@link ComplexReductions}). */
    static Expr dot(FunctionTyping f, Expr l, Expr r, SourcePos pos) {
        if (!(l.type() instanceof Type.Array la) || !(r.type() instanceof Type.Array ra)) {
            throw new TypingError(pos, "np.dot() / @ expects two arrays, got " + l.type() + " and " + r.type());
        }
        DType d = DType.promote(la.dtype(), ra.dtype());
        if (d.isComplex()) return ComplexReductions.dot(f, l, r, d, false, "np.dot() / @", pos);
        Type result = switch (la.ndim() * 10 + ra.ndim()) {
            case 11 -> Type.scalar(d);
            case 21, 12 -> Type.array(d, 1, Layout.C);
            case 22 -> Type.array(d, 2, Layout.C);
            default -> throw new TypingError(pos, "np.dot() / @ supports 1-d and 2-d operands, got "
                    + la.ndim() + "-d·" + ra.ndim() + "-d");
        };
        return new Expr.Dot(toDType(l, d, pos), toDType(r, d, pos), result, pos);
    }

    /** The dtype of an array's elements or of a scalar. */
    static DType elementType(Expr e, SourcePos pos) {
        return switch (e.type()) {
            case Type.Array a -> a.dtype();
            case Type.Scalar s -> s.dtype();
            default -> throw new TypingError(pos, "expected an array or a number, got " + e.type());
        };
    }

    /**
     * One fused Elementwise computing body over the operands' elements. body receives one scalar expression per
     * operand (an {@link Expr.Element}, an inlined fused body, or a constant).
     */
    static Expr.Elementwise lift(List<Expr> operands, Function<List<Expr>, Expr> body, SourcePos pos) {
        List<Expr> inputs = new ArrayList<>();
        List<Expr> elements = new ArrayList<>();
        int ndim = 0;
        for (Expr operand : operands) {
            switch (operand) {
                case Expr.Elementwise fused -> {
                    int[] map = new int[fused.inputs().size()];
                    for (int i = 0; i < map.length; i++) map[i] = addInput(inputs, fused.inputs().get(i));
                    elements.add(renumber(fused.body(), map));
                    ndim = Math.max(ndim, fused.type().ndim());
                }
                case Expr.Const c -> elements.add(c);
                default -> {
                    DType d = elementType(operand, pos);
                    elements.add(new Expr.Element(addInput(inputs, operand), Type.scalar(d)));
                    if (operand.type() instanceof Type.Array a) ndim = Math.max(ndim, a.ndim());
                }
            }
        }
        Expr b = body.apply(elements);
        return new Expr.Elementwise(inputs, b, Type.array(TypedIr.dtype(b), ndim, Layout.C), pos);
    }

    /** Adds an input, reusing an identical local so {@code a * a} reads a once. */
    private static int addInput(List<Expr> inputs, Expr input) {
        if (input instanceof Expr.Local) {
            int i = inputs.indexOf(input);
            if (i >= 0) return i;
        }
        inputs.add(input);
        return inputs.size() - 1;
    }

    /** body with Element(i) replaced by Element(map[i]). */
    private static Expr renumber(Expr body, int[] map) {
        return Exprs.rewrite(body, e -> e instanceof Expr.Element el ? new Expr.Element(map[el.input()], el.type()) : e);
    }
}
