package io.jumba.ufunc;

import io.jumba.runtime.MathFn;
import io.jumba.runtime.UfuncForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * NumPy's built-in ufuncs, each defined through {@link UFunc#builder} (those built on a math function from its
 * registry entry, {@code io.jumba.runtime.MathFn}) with NumPy's loops restricted to Jumba's
 * dtypes and in NumPy's order (see {@code np.add.types}). Integer division and remainder by zero give 0 (NumPy's
 * error model); floor_divide and remainder take the divisor's sign as NumPy and Python.
 */
public final class UFuncs {
    private UFuncs() {}

    private static final String[] INTS = {"b", "B", "h", "H", "i", "I", "l", "L"};
    private static final String[] FLOATS = {"f", "d"};
    private static final Map<String, UFunc> BY_NAME = new LinkedHashMap<>();

    static {
        for (MathFn fn : MathFn.values()) {
            UfuncForm form = fn.definition().ufunc();
            if (form == null) continue;
            UFunc f = register(mathUfunc(fn, form));
            for (String alias : form.aliases()) BY_NAME.put(alias, f);
        }
    }

    public static final UFunc add = binary("add", UExpr::add, true, 0L, "??->?:or").widen();
    public static final UFunc subtract = register(binary("subtract", UExpr::sub, true, null, null).builder()
            .boolError("TypeError", "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                    + "the `^` operator, or the logical_xor function instead."));
    public static final UFunc multiply = binary("multiply", UExpr::mul, true, 1L, "??->?:and").widen();
    public static final UFunc divide = register(binary("divide", UExpr::div, false, null, null).builder().trueDivision(true));
    public static final UFunc floorDivide = binary("floor_divide", UExpr::floorDiv, true, null);
    public static final UFunc remainder = binary("remainder", UExpr::mod, true, null);
    /** Int loops wrap around in their type and refuse negative exponents, as NumPy (see {@link IntegerPower}). */
    public static final UFunc power = register(power());
    public static final UFunc minimum = builtOn(MathFn.MIN);
    public static final UFunc maximum = builtOn(MathFn.MAX);
    public static final UFunc fmin = builtOn(MathFn.FMIN);
    public static final UFunc fmax = builtOn(MathFn.FMAX);
    public static final UFunc arctan2 = builtOn(MathFn.ATAN2);
    public static final UFunc hypot = builtOn(MathFn.HYPOT);
    public static final UFunc copysign = builtOn(MathFn.COPYSIGN);

    public static final UFunc negative = register(numericUnary("negative", UExpr::neg).boolError("TypeError",
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not "
                    + "function instead."));
    public static final UFunc absolute = builtOn(MathFn.ABS);
    public static final UFunc sign = builtOn(MathFn.SIGN);
    public static final UFunc square = register(numericUnary("square", x -> x.mul(x)));
    /** Integer reciprocal truncates: 1 for 1, -1 for -1 (signed types only), else 0 (0 included, NumPy's error model). */
    public static final UFunc reciprocal = register(UFunc.builder("reciprocal")
            .loop("b->b", UFuncs::signedReciprocal)
            .loop("B->B", UFuncs::unsignedReciprocal)
            .loop("h->h", UFuncs::signedReciprocal)
            .loop("H->H", UFuncs::unsignedReciprocal)
            .loop("i->i", UFuncs::signedReciprocal)
            .loop("I->I", UFuncs::unsignedReciprocal)
            .loop("l->l", UFuncs::signedReciprocal)
            .loop("L->L", UFuncs::unsignedReciprocal)
            .loops(x -> UExpr.one().div(x.get(0)), suffixed(FLOATS, "", 1)));
    public static final UFunc sqrt = builtOn(MathFn.SQRT);
    public static final UFunc cbrt = builtOn(MathFn.CBRT);
    public static final UFunc exp = builtOn(MathFn.EXP);
    public static final UFunc exp2 = builtOn(MathFn.EXP2);
    public static final UFunc expm1 = builtOn(MathFn.EXPM1);
    public static final UFunc log = builtOn(MathFn.LOG);
    public static final UFunc log2 = builtOn(MathFn.LOG2);
    public static final UFunc log10 = builtOn(MathFn.LOG10);
    public static final UFunc log1p = builtOn(MathFn.LOG1P);
    public static final UFunc sin = builtOn(MathFn.SIN);
    public static final UFunc cos = builtOn(MathFn.COS);
    public static final UFunc tan = builtOn(MathFn.TAN);
    public static final UFunc arcsin = builtOn(MathFn.ASIN);
    public static final UFunc arccos = builtOn(MathFn.ACOS);
    public static final UFunc arctan = builtOn(MathFn.ATAN);
    public static final UFunc sinh = builtOn(MathFn.SINH);
    public static final UFunc cosh = builtOn(MathFn.COSH);
    public static final UFunc tanh = builtOn(MathFn.TANH);
    public static final UFunc floor = builtOn(MathFn.FLOOR);
    public static final UFunc ceil = builtOn(MathFn.CEIL);
    public static final UFunc trunc = builtOn(MathFn.TRUNC);
    public static final UFunc rint = builtOn(MathFn.RINT);

    public static final UFunc greater = comparison("greater", UExpr::gt);
    public static final UFunc greaterEqual = comparison("greater_equal", UExpr::ge);
    public static final UFunc less = comparison("less", UExpr::lt);
    public static final UFunc lessEqual = comparison("less_equal", UExpr::le);
    public static final UFunc equal = comparison("equal", UExpr::eq);
    public static final UFunc notEqual = comparison("not_equal", UExpr::ne);
    public static final UFunc logicalAnd = logical("logical_and", UExpr::and, true);
    public static final UFunc logicalOr = logical("logical_or", UExpr::or, false);
    public static final UFunc logicalXor = logical("logical_xor", UExpr::xor, false);
    public static final UFunc logicalNot = register(allTypes(UFunc.builder("logical_not"), x -> x.get(0).not(), "->?", 1));

    public static final UFunc bitwiseAnd = bitwise("bitwise_and", UExpr::bitAnd, -1L, true);
    public static final UFunc bitwiseOr = bitwise("bitwise_or", UExpr::bitOr, 0L, true);
    public static final UFunc bitwiseXor = bitwise("bitwise_xor", UExpr::bitXor, 0L, true);
    public static final UFunc invert = register(UFunc.builder("invert").loop("?->?", x -> x.get(0).invert())
            .loops(x -> x.get(0).invert(), suffixed(INTS, "", 1)));
    public static final UFunc leftShift = bitwise("left_shift", UExpr::shl, null, false);
    public static final UFunc rightShift = bitwise("right_shift", UExpr::shr, null, false);

    public static final UFunc isnan = builtOn(MathFn.ISNAN);
    public static final UFunc isinf = builtOn(MathFn.ISINF);
    public static final UFunc isfinite = builtOn(MathFn.ISFINITE);

    /** {@code np.true_divide} is {@code np.divide}; {@code np.bitwise_not} is {@code np.invert}. */
    public static final UFunc trueDivide = divide;
    public static final UFunc bitwiseNot = invert;

    static {
        BY_NAME.put("true_divide", divide);
        BY_NAME.put("bitwise_not", invert);
    }

    /** The built-in with NumPy's name (e.g. "floor_divide"), or null. */
    public static UFunc byName(String name) { return BY_NAME.get(name); }

    /** Every built-in by NumPy name (aliases included). */
    public static Map<String, UFunc> all() { return java.util.Collections.unmodifiableMap(BY_NAME); }

    // ---- definitions --------------------------------------------------------------------------------------------

    /** A binary ufunc's builder with its finishing touch, so field initializers read as one line. */
    private record Def(UFunc.Builder builder) {
        /** add and multiply: reductions of bool and small ints accumulate in int64, of unsigned ints in uint64. */
        UFunc widen() { return register(builder.widenIntReductions(true)); }
    }

    private static UFunc register(UFunc.Builder b) {
        UFunc f = b.build();
        BY_NAME.put(f.name(), f);
        return f;
    }

    /**
     * A binary arithmetic ufunc: optional bool loop ("??->?:or" or ":and"), int loops when ints is true, float loops.
     * Returned as a Def for a finishing touch; plain ones register at once via the overload.
     */
    private static Def binary(String name, BinaryOperator<UExpr> op, boolean ints, Object identity, String boolLoop) {
        UFunc.Builder b = UFunc.builder(name).identity(identity);
        if (boolLoop != null) {
            b.loop("??->?", boolLoop.endsWith(":or") ? x -> x.get(0).or(x.get(1)) : x -> x.get(0).and(x.get(1)));
        }
        Loop.Body body = x -> op.apply(x.get(0), x.get(1));
        if (ints) b.loops(body, suffixed(INTS, "", 2));
        b.loops(body, suffixed(FLOATS, "", 2));
        return new Def(b);
    }

    private static UFunc binary(String name, BinaryOperator<UExpr> op, boolean ints, Object identity) {
        return register(binary(name, op, ints, identity, null).builder());
    }

    /** The built-in ufunc of a registered math function (the registry built them all, see the static block). */
    private static UFunc builtOn(MathFn fn) { return BY_NAME.get(fn.definition().ufunc().name()); }

    /** A math function's ufunc with the loops its registry entry names ({@link UfuncForm.Loops}). */
    private static UFunc.Builder mathUfunc(MathFn fn, UfuncForm form) {
        int arity = fn.arity;
        Loop.Body body = x -> x.get(0).math(fn, x.values().subList(1, arity).toArray(UExpr[]::new));
        Loop.Body self = x -> x.get(0);
        UFunc.Builder b = UFunc.builder(form.name()).identity(form.identity()).reorderable(form.reorderable());
        return switch (form.loops()) {
            case FLOATS -> b.loops(body, suffixed(FLOATS, "", arity));
            case NUMERIC -> b.loops(body, suffixed(INTS, "", arity)).loops(body, suffixed(FLOATS, "", arity));
            case NUMERIC_BOOL_AS_IS -> b.loop("?".repeat(arity) + "->?", self)
                    .loops(body, suffixed(INTS, "", arity)).loops(body, suffixed(FLOATS, "", arity));
            case NUMERIC_BOOL_AND, NUMERIC_BOOL_OR -> {
                Loop.Body logical = form.loops() == UfuncForm.Loops.NUMERIC_BOOL_AND
                        ? x -> x.get(0).and(x.get(1)) : x -> x.get(0).or(x.get(1));
                yield b.loop("??->?", logical).loops(body, suffixed(INTS, "", 2)).loops(body, suffixed(FLOATS, "", 2));
            }
            // NumPy's sign(±0.0) is +0.0 (Java's signum keeps -0.0)
            case NUMERIC_UNSIGNED_ZERO -> b.loops(body, suffixed(INTS, "", 1))
                    .loops(x -> UExpr.where(x.get(0).eq(UExpr.zero()), UExpr.zero(), body.apply(x)), suffixed(FLOATS, "", 1))
                    .boolError("UFuncTypeError", "ufunc '" + form.name() + "' did not contain a loop with signature "
                            + "matching types <class 'numpy.dtypes.BoolDType'> -> None");
            case WHOLE_AS_IS -> b.loop("?->?", self).loops(self, suffixed(INTS, "", 1))
                    .loops(body, suffixed(FLOATS, "", 1));
            case ALL_TO_BOOL -> allTypes(b, body, "->?", arity);
        };
    }

    private static UFunc.Builder numericUnary(String name, UnaryOperator<UExpr> op) {
        Loop.Body body = x -> op.apply(x.get(0));
        return UFunc.builder(name).loops(body, suffixed(INTS, "", 1)).loops(body, suffixed(FLOATS, "", 1));
    }

    private static UFunc.Builder power() {
        UFunc.Builder b = UFunc.builder("power");
        for (String types : suffixed(INTS, "", 2)) {
            IntegerPower power = types.startsWith("L") ? IntegerPower.UNSIGNED : IntegerPower.SIGNED;
            b.loop(Loop.of(types, power::body, List.of(power.function())));
        }
        return b.loops(x -> x.get(0).pow(x.get(1)), suffixed(FLOATS, "", 2));
    }

    private static UFunc comparison(String name, BinaryOperator<UExpr> op) {
        return register(allTypes(UFunc.builder(name).exactIntScalars(true), x -> op.apply(x.get(0), x.get(1)), "->?", 2));
    }

    private static UFunc logical(String name, BinaryOperator<UExpr> op, boolean identity) {
        return register(allTypes(UFunc.builder(name).identity(identity).exactIntScalars(true),
                x -> op.apply(x.get(0), x.get(1)), "->?", 2));
    }

    private static UFunc bitwise(String name, BinaryOperator<UExpr> op, Object identity, boolean boolLoop) {
        UFunc.Builder b = UFunc.builder(name).identity(identity);
        Loop.Body body = x -> op.apply(x.get(0), x.get(1));
        if (boolLoop) b.loop("??->?", body);
        return register(b.loops(body, suffixed(INTS, "", 2)));
    }

    private static UExpr signedReciprocal(Loop.Inputs x) {
        return UExpr.where(x.get(0).eq(UExpr.one()), UExpr.one(),
                UExpr.where(x.get(0).eq(UExpr.of(-1L)), UExpr.of(-1L), UExpr.zero()));
    }

    private static UExpr unsignedReciprocal(Loop.Inputs x) {
        return UExpr.where(x.get(0).eq(UExpr.one()), UExpr.one(), UExpr.zero());
    }

    /** Loops over bool, every int and every float, each with arity inputs of that type and the given output suffix. */
    private static UFunc.Builder allTypes(UFunc.Builder b, Loop.Body body, String outSuffix, int arity) {
        b.loops(body, suffixed(new String[] {"?"}, outSuffix, arity));
        b.loops(body, suffixed(INTS, outSuffix, arity));
        return b.loops(body, suffixed(FLOATS, outSuffix, arity));
    }

    /** Type strings: each char repeated arity times, then "->" and the same char, or outSuffix when it is given. */
    private static String[] suffixed(String[] chars, String outSuffix, int arity) {
        String[] out = new String[chars.length];
        for (int k = 0; k < chars.length; k++) {
            out[k] = chars[k].repeat(arity) + (outSuffix.isEmpty() ? "->" + chars[k] : outSuffix);
        }
        return out;
    }
}
