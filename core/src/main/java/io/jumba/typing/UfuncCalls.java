package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.Keyword;
import io.jumba.frontend.ast.UnaryOperator;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * NumPy ufuncs called in kernels: those that are Python operators or built from them ({@code np.add},
 * {@code np.greater}, {@code np.logical_and}, {@code np.square}, ...), here, and the registry's ({@link MathFn}),
 * through the caller; both with NumPy's optional output, a positional array after the inputs or {@code out=}, which
 * receives the result and is returned. On arrays they fuse as the operators do; on scalars they compute in the
 * ufunc's loop type and never raise (np.divide(1, 0) is inf, np.floor_divide(7, 0) is 0, as Numba).
 */
final class UfuncCalls {
    /** How one operator ufunc computes an element from its inputs' elements, already in the loop type. */
    private sealed interface Kind {
        int nin();
    }

    /** A binary operator's ufunc (np.add is {@code +}). */
    private record Operator(BinaryOp op) implements Kind {
        public int nin() { return 2; }
    }

    /** A comparison's ufunc (np.greater is {@code >}). */
    private record Comparison(CmpOp op) implements Kind {
        public int nin() { return 2; }
    }

    /** logical_and/or/xor: the operands' truth combined by a bool operator. */
    private record Logical(BinaryOp op) implements Kind {
        public int nin() { return 2; }
    }

    /** One-input ufuncs built from operators. */
    private enum Unary implements Kind {
        NEGATIVE, POSITIVE, INVERT, LOGICAL_NOT, SQUARE, RECIPROCAL;

        public int nin() { return 1; }
    }

    /** np.float_power: {@code **} in float64 whatever the inputs. */
    private record FloatPower() implements Kind {
        public int nin() { return 2; }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            entry("add", new Operator(BinaryOp.ADD)), entry("subtract", new Operator(BinaryOp.SUB)),
            entry("multiply", new Operator(BinaryOp.MUL)), entry("divide", new Operator(BinaryOp.TRUEDIV)),
            entry("true_divide", new Operator(BinaryOp.TRUEDIV)), entry("power", new Operator(BinaryOp.POW)),
            entry("left_shift", new Operator(BinaryOp.LSHIFT)), entry("right_shift", new Operator(BinaryOp.RSHIFT)),
            entry("bitwise_and", new Operator(BinaryOp.BITAND)), entry("bitwise_or", new Operator(BinaryOp.BITOR)),
            entry("bitwise_xor", new Operator(BinaryOp.BITXOR)),
            entry("greater", new Comparison(CmpOp.GT)), entry("greater_equal", new Comparison(CmpOp.GE)),
            entry("less", new Comparison(CmpOp.LT)), entry("less_equal", new Comparison(CmpOp.LE)),
            entry("equal", new Comparison(CmpOp.EQ)), entry("not_equal", new Comparison(CmpOp.NE)),
            entry("logical_and", new Logical(BinaryOp.BITAND)), entry("logical_or", new Logical(BinaryOp.BITOR)),
            entry("logical_xor", new Logical(BinaryOp.BITXOR)),
            entry("negative", Unary.NEGATIVE), entry("positive", Unary.POSITIVE), entry("invert", Unary.INVERT),
            entry("bitwise_not", Unary.INVERT), entry("logical_not", Unary.LOGICAL_NOT), entry("square", Unary.SQUARE),
            entry("reciprocal", Unary.RECIPROCAL), entry("float_power", new FloatPower()),
            entry("divmod", new Operator(BinaryOp.FLOORDIV)));

    /** The ufuncs of one input and two outputs: np.frexp and np.modf. */
    private static final java.util.Set<String> SPLITS = java.util.Set.of("frexp", "modf");

    private final FunctionTyping f;
    private final ExprLowering exprs;

    UfuncCalls(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    /** Whether {@code numpy.<name>} is an operator ufunc of this class. */
    static boolean isOperatorUfunc(String q) {
        String name = CallLowering.shortName(q);
        return q.startsWith("numpy.") && (KINDS.containsKey(name) || SPLITS.contains(name));
    }

    /** An operator ufunc's call ({@link #isOperatorUfunc}). */
    Expr operator(String q, Call c) {
        if (q.equals("numpy.divmod")) return divmod(c);
        if (SPLITS.contains(CallLowering.shortName(q))) return splitFloats(q, c);
        Kind kind = KINDS.get(CallLowering.shortName(q));
        return withOut(q, c, kind.nin(), args -> apply(q, kind, args, c.pos()));
    }

    /**
     * np.divmod(x, y): the tuple (floor_divide, remainder), each NumPy's; with outputs (two positional arrays after
     * the inputs, or {@code out=(q, r)}) stored into them, and the tuple of the outputs returned. With outputs and
     * array inputs the quotient is made first, so an output that is also an input still gives NumPy's remainder.
     */
    private Expr divmod(Call c) {
        List<PyExpr> outs = divmodOutputs(c);
        // Scalars are evaluated once; arrays are values (a fused expression is recomputed, which is pure).
        List<Expr> args = new ArrayList<>();
        for (PyExpr a : c.args().subList(0, 2)) {
            Expr e = exprs.lower(a);
            args.add(e.type() instanceof Type.Array ? e : f.temp(e));
        }
        Expr quotient = apply("numpy.floor_divide", new Operator(BinaryOp.FLOORDIV), args, c.pos());
        Expr remainder = apply("numpy.remainder", new Operator(BinaryOp.MOD), args, c.pos());
        if (!outs.isEmpty()) {
            Expr q = exprs.lower(outs.get(0));
            Expr r = exprs.lower(outs.get(1));
            Expr made = quotient.type() instanceof Type.Array ? f.temp(quotient) : quotient;
            remainder = store("divmod", remainder, r, c.pos());
            quotient = store("divmod", made, q, c.pos());
        }
        return new Expr.TupleNew(List.of(quotient, remainder), new Type.Tuple(List.of(quotient.type(), remainder.type())));
    }

    /** np.divmod's output arrays: none, the two positional ones after the inputs, or out= a tuple of two. */
    private static List<PyExpr> divmodOutputs(Call c) {
        List<PyExpr> positional = c.args();
        if (positional.size() != 2 && positional.size() != 4) {
            throw new TypingError(c.pos(), "np.divmod() takes 2 inputs and optionally 2 outputs, got "
                    + positional.size() + " positional argument(s)");
        }
        List<PyExpr> outs = positional.subList(2, positional.size());
        for (Keyword k : c.keywords()) {
            if (!k.name().equals("out")) {
                throw new TypingError(k.pos(), "np.divmod() got an unexpected keyword argument '" + k.name() + "'");
            }
            if (!outs.isEmpty()) throw new TypingError(k.pos(), "np.divmod() got its outputs twice");
            if (!(k.value() instanceof PyExpr.Tuple t) || t.elements().size() != 2) {
                throw new TypingError(k.pos(), "np.divmod() out= must be a tuple of 2 arrays, written (q, r)");
            }
            outs = t.elements();
        }
        return outs;
    }

    /**
     * np.frexp(x) (mantissa, int32 exponent) and np.modf(x) (fractional, integral part): two elementwise results as a
     * tuple, in x's float type (integers compute in float64); no output arrays taken.
     */
    private Expr splitFloats(String q, Call c) {
        String name = "np." + CallLowering.shortName(q);
        if (c.args().size() != 1 || !c.keywords().isEmpty()) {
            throw new TypingError(c.pos(), name + "() takes 1 input (output arrays are not supported)");
        }
        Expr x = exprs.lower(c.args().getFirst());
        DType in = ArrayExpressions.elementType(x, c.pos());
        if (in.isComplex()) throw new TypingError(c.pos(), name + "() of complex values is not supported");
        DType d = MathFunctionTyping.computeType(q, MathFn.TRUNC, List.of(in), x.type() instanceof Type.Array);
        if (!(x.type() instanceof Type.Array)) x = f.temp(x);
        boolean frexp = q.equals("numpy.frexp");
        List<Function<Expr, Expr>> parts = frexp
                ? List.of(e -> MathFunctionTyping.apply(MathFn.FREXP_MANTISSA, List.of(e), d, c.pos()),
                        e -> TypedIr.cast(MathFunctionTyping.apply(MathFn.FREXP_EXPONENT, List.of(e), d, c.pos()), DType.INT32))
                : List.of(e -> MathFunctionTyping.apply(MathFn.MODF_FRACTION, List.of(e), d, c.pos()),
                        e -> MathFunctionTyping.apply(MathFn.TRUNC, List.of(e), d, c.pos()));
        List<Expr> results = new ArrayList<>();
        for (Function<Expr, Expr> part : parts) {
            results.add(x.type() instanceof Type.Array ? ArrayExpressions.lift(List.of(x), e -> part.apply(e.getFirst()), c.pos())
                    : part.apply(x));
        }
        return new Expr.TupleNew(results, new Type.Tuple(results.stream().map(Expr::type).toList()));
    }

    /**
     * A ufunc call with nin inputs, the optional output taken off the arguments: compute(inputs) is its value,
     * stored into the output when one is given (which the call then returns).
     */
    Expr withOut(String q, Call c, int nin, Function<List<Expr>, Expr> compute) {
        String name = CallLowering.shortName(q);
        List<PyExpr> positional = c.args();
        if (positional.size() < nin || positional.size() > nin + 1) {
            throw new TypingError(c.pos(), "np." + name + "() takes " + nin + " input(s) and an optional output, got "
                    + positional.size() + " positional argument(s)");
        }
        PyExpr out = positional.size() == nin + 1 ? positional.get(nin) : null;
        for (Keyword k : c.keywords()) {
            if (!k.name().equals("out")) {
                throw new TypingError(k.pos(), "np." + name + "() got an unexpected keyword argument '" + k.name() + "'");
            }
            if (out != null) throw new TypingError(k.pos(), "np." + name + "() got its output twice");
            out = k.value();
        }
        List<Expr> inputs = new ArrayList<>();
        for (PyExpr a : positional.subList(0, nin)) inputs.add(exprs.lower(a));
        Expr target = out == null ? null : exprs.lower(out);
        Expr value = compute.apply(inputs);
        return target == null ? value : store(name, value, target, c.pos());
    }

    /** Writes value into the output array, NumPy's same_kind rule checked, and gives the output back. */
    private Expr store(String name, Expr value, Expr out, SourcePos pos) {
        if (!(out.type() instanceof Type.Array o)) {
            throw new TypingError(pos, "np." + name + "() output must be an array, got " + out.type());
        }
        DType d = ArrayExpressions.elementType(value, pos);
        if (kind(d) > kind(o.dtype())) {
            throw new TypingError(pos, "Cannot cast ufunc '" + name + "' output from " + d.name().toLowerCase()
                    + " to " + o.dtype().name().toLowerCase() + " with casting rule 'same_kind'");
        }
        Expr target = f.temp(out);
        f.emit(new Stmt.ArrayStore(target, ArrayExpressions.toDType(value, o.dtype(), pos), pos));
        return target;
    }

    /** NumPy's kind order for same_kind casting: bool, integers, floats, complex. */
    private static int kind(DType d) { return d.isBool() ? 0 : d.isComplex() ? 3 : d.isFloat() ? 2 : 1; }

    private Expr apply(String q, Kind kind, List<Expr> args, SourcePos pos) {
        List<DType> dtypes = new ArrayList<>();
        for (Expr a : args) dtypes.add(ArrayExpressions.elementType(a, pos));
        boolean onArrays = args.stream().anyMatch(a -> a.type() instanceof Type.Array);
        Function<List<Expr>, Expr> element = switch (kind) {
            case Operator o -> {
                DType loop = ArrayExpressions.binaryLoop(o.op(), dtypes, args.get(0), args.get(1), pos);
                yield e -> ArrayExpressions.elementBinary(o.op(), e.get(0), e.get(1), loop, pos);
            }
            case Comparison cmp -> {
                DType loop = Promotion.ufuncLoop(dtypes, DType.BOOL);
                ComplexCalls.checkComparable(cmp.op(), loop, loop, pos);
                yield e -> TypedIr.compare(cmp.op(), e.get(0), e.get(1), loop);
            }
            case Logical l -> e -> ExprLowering.scalarBinary(l.op(), TypedIr.truth(e.get(0), pos),
                    TypedIr.truth(e.get(1), pos), DType.BOOL, pos);
            case FloatPower p -> e -> ExprLowering.scalarBinary(BinaryOp.POW, e.get(0), e.get(1), DType.FLOAT64, pos);
            case Unary u -> unary(q, u, dtypes.getFirst(), pos);
        };
        if (onArrays) return ArrayExpressions.lift(args, element, pos);
        // On scalars an operand used twice (square) is evaluated once.
        List<Expr> held = kind == Unary.SQUARE ? List.of(f.temp(args.getFirst())) : args;
        return element.apply(held);
    }

    private static Function<List<Expr>, Expr> unary(String q, Unary u, DType d, SourcePos pos) {
        DType loop = Promotion.ufuncLoop(List.of(d), DType.INT8);
        return switch (u) {
            case NEGATIVE -> e -> ExprLowering.scalarUnary(UnaryOperator.NEG, e.getFirst(), loop, pos);
            case POSITIVE -> e -> ExprLowering.scalarUnary(UnaryOperator.POS, e.getFirst(), loop, pos);
            case INVERT -> e -> ExprLowering.scalarUnary(UnaryOperator.INVERT, e.getFirst(), d, pos);
            case LOGICAL_NOT -> e -> TypedIr.not(TypedIr.truth(e.getFirst(), pos));
            case SQUARE -> e -> ExprLowering.scalarBinary(BinaryOp.MUL, e.getFirst(), e.getFirst(), loop, pos);
            case RECIPROCAL -> {
                if (!loop.isFloat()) {
                    throw new TypingError(pos, q.replace("numpy.", "np.") + "() of integers is not supported (NumPy "
                            + "truncates 1/x and gives an undefined value for 0); pass floats");
                }
                yield e -> MathFunctionTyping.apply(MathFn.TRUE_DIVIDE, List.of(TypedIr.constant(1.0, loop), e.getFirst()),
                        loop, pos);
            }
        };
    }
}
