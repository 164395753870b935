package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.MathTyping;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types calls of the registered math functions ({@link MathFn}) by each entry's {@link MathTyping}. Float functions
 * compute in float32 when every argument is float32 and in float64 otherwise (ints are converted first, as Numba
 * does); on arrays NumPy's loop selection decides (int8 gives float32).
 */
final class MathFunctionTyping {
    private MathFunctionTyping() {}

    /** Each Python name of a registered function, and whether it computes in floats whatever the operands. */
    private record Named(MathFn fn, boolean inFloats) {}

    private static final Map<String, Named> FUNCTIONS = byName();

    private static Map<String, Named> byName() {
        Map<String, Named> names = new HashMap<>();
        for (MathFn fn : MathFn.values()) {
            for (String n : fn.definition().names()) names.put(n, new Named(fn, false));
            for (String n : fn.definition().floatNames()) names.put(n, new Named(fn, true));
        }
        return Map.copyOf(names);
    }

    /** The function a qualified name denotes, or null. */
    static MathFn lookup(String qualified) {
        Named n = FUNCTIONS.get(qualified);
        return n == null ? null : n.fn();
    }

    /** The dtype fn computes in when called by that name on arguments of these dtypes. */
    static DType computeType(String qualified, MathFn fn, List<DType> args, boolean onArrays) {
        Named named = FUNCTIONS.get(qualified);
        boolean inFloats = named != null && named.inFloats();
        if (fn.typing() == MathTyping.KEEPS_TYPE && !inFloats) {
            if (onArrays) return Promotion.ufuncLoop(args, DType.INT8);
            DType d = args.getFirst();
            for (DType a : args) d = DType.promote(d, a);
            return d.isBool() ? DType.INT64 : d; // Numba: abs(int32) and max(int32, int32) stay int32
        }
        if (fn.typing() == MathTyping.FLOAT64) return DType.FLOAT64;
        if (onArrays) return Promotion.ufuncLoop(args, DType.FLOAT32);
        return args.stream().allMatch(a -> a == DType.FLOAT32) ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** The intrinsic applied to scalar args already computed in type d. */
    static Expr apply(MathFn requested, List<Expr> args, DType d, SourcePos pos) {
        // Integers have no NaN, so fmin/fmax are plain min/max there.
        MathFn fn = d.isFloat() || requested.definition().onIntegers() == null ? requested
                : requested.definition().onIntegers();
        if (args.size() != fn.arity) {
            throw new TypingError(pos, fn.name().toLowerCase() + "() takes " + fn.arity + " argument(s), got " + args.size());
        }
        if (d.isComplex() || args.stream().anyMatch(ComplexCalls::isComplex)) {
            throw new TypingError(pos, fn.name().toLowerCase() + "() of complex values is not supported");
        }
        List<Expr> cast = new ArrayList<>();
        for (Expr a : args) cast.add(TypedIr.cast(a, d));
        if (d == DType.UINT64 && fn.definition().integers() != null) return unsigned64(fn, cast, pos);
        Type.Scalar type = Type.scalar(fn.typing() == MathTyping.PREDICATE ? DType.BOOL : d);
        if (d.isFloat() && cast.stream().allMatch(a -> a instanceof Expr.Const)) {
            Object folded = fold(fn, cast.stream().map(a -> ((Number) ((Expr.Const) a).value()).doubleValue()).toList());
            if (folded != null) return ConstantFolder.constant(folded, type);
        }
        return new Expr.Intrinsic(fn, cast, type);
    }

    /**
     * fn on uint64 arguments, whose integer implementations read a long signed: abs is the value itself, sign is 0 or
     * 1, min/max compare with the top bit flipped (which maps the unsigned order onto the signed one), and
     * floor_divide/remainder divide unsigned, giving 0 for a zero divisor as NumPy (the divisor, read twice, must be
     * a value without effects: a constant, variable or element).
     */
    private static Expr unsigned64(MathFn fn, List<Expr> args, SourcePos pos) {
        Type.Scalar u64 = Type.scalar(DType.UINT64);
        return switch (fn) {
            case ABS -> args.getFirst();
            case SIGN -> TypedIr.cast(TypedIr.compare(io.jumba.ir.CmpOp.NE, args.getFirst(),
                    TypedIr.constant(0L, DType.UINT64), DType.UINT64), DType.UINT64);
            case MIN, MAX -> {
                Expr top = TypedIr.constant(Long.MIN_VALUE, DType.UINT64);
                List<Expr> flipped = args.stream()
                        .map(a -> TypedIr.binary(io.jumba.ir.BinOp.BITXOR, a, top, DType.UINT64, pos)).toList();
                yield TypedIr.binary(io.jumba.ir.BinOp.BITXOR, new Expr.Intrinsic(fn, flipped, u64), top, DType.UINT64, pos);
            }
            case FLOOR_DIVIDE, REMAINDER -> {
                Expr divisor = args.get(1);
                if (!readsOnly(divisor)) {
                    throw new TypingError(pos, fn.name().toLowerCase() + "() on uint64 values needs a divisor without"
                            + " effects (assign it to a variable first)");
                }
                Expr zero = TypedIr.constant(0L, DType.UINT64);
                io.jumba.ir.BinOp op = fn == MathFn.FLOOR_DIVIDE ? io.jumba.ir.BinOp.FLOORDIV : io.jumba.ir.BinOp.MOD;
                yield new Expr.Select(TypedIr.compare(io.jumba.ir.CmpOp.EQ, divisor, zero, DType.UINT64), zero,
                        TypedIr.binary(op, args.getFirst(), divisor, DType.UINT64, pos), u64);
            }
            default -> throw new TypingError(pos, fn.name().toLowerCase() + "() on uint64 values is not supported"
                    + " (Jumba computes it for uint8, uint16 and uint32)");
        };
    }

    private static boolean readsOnly(Expr e) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> true;
            case Expr.Load l -> l.indices().stream().allMatch(MathFunctionTyping::readsOnly);
            case Expr.Element el -> true;
            case Expr.Cast c -> readsOnly(c.operand());
            default -> false;
        };
    }

    /**
     * The value of fn on constant float arguments, for the functions whose Java implementation is exactly
     * rounded or matches C's libm (so {@code INV_SQRT2 = 1 / math.sqrt(2.0)} is a constant); null for the rest.
     */
    private static Object fold(MathFn fn, List<Double> x) {
        double a = x.getFirst();
        return switch (fn) {
            case SQRT -> Math.sqrt(a);
            case FLOOR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case TRUNC -> a < 0 ? Math.ceil(a) : Math.floor(a);
            case RINT, ROUND -> Math.rint(a);
            case ABS -> Math.abs(a);
            case MIN -> Double.isNaN(a) || Double.isNaN(x.get(1)) ? Double.NaN : Math.min(a, x.get(1));
            case MAX -> Double.isNaN(a) || Double.isNaN(x.get(1)) ? Double.NaN : Math.max(a, x.get(1));
            case FMIN -> Double.isNaN(x.get(1)) ? a : Double.isNaN(a) ? x.get(1) : Math.min(a, x.get(1));
            case FMAX -> Double.isNaN(x.get(1)) ? a : Double.isNaN(a) ? x.get(1) : Math.max(a, x.get(1));
            case COPYSIGN -> Math.copySign(a, x.get(1));
            case ISNAN -> Double.isNaN(a);
            case ISINF -> Double.isInfinite(a);
            case ISFINITE -> Double.isFinite(a);
            case EXP -> StrictMath.exp(a);
            case LOG -> StrictMath.log(a);
            case LOG10 -> StrictMath.log10(a);
            case SIN -> StrictMath.sin(a);
            case COS -> StrictMath.cos(a);
            case TAN -> StrictMath.tan(a);
            case ATAN -> StrictMath.atan(a);
            case ATAN2 -> StrictMath.atan2(a, x.get(1));
            case POW -> StrictMath.pow(a, x.get(1));
            default -> null;
        };
    }
}
