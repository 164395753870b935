package io.jumba.ufunc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * NumPy's built-in ufuncs, each defined through {@link UFunc#builder} with NumPy's loops restricted to Jumba's
 * dtypes and in NumPy's order (see {@code np.add.types}). Integer division and remainder by zero give 0 (NumPy's
 * error model); floor_divide and remainder take the divisor's sign as NumPy and Python.
 */
public final class UFuncs {
    private UFuncs() {}

    private static final String[] INTS = {"b", "B", "h", "i", "l"};
    private static final String[] FLOATS = {"f", "d"};
    private static final Map<String, UFunc> BY_NAME = new LinkedHashMap<>();

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
    public static final UFunc minimum = binary("minimum", UExpr::min, true, null, "??->?:and").reorderablePlain();
    public static final UFunc maximum = binary("maximum", UExpr::max, true, null, "??->?:or").reorderablePlain();
    public static final UFunc fmin = binary("fmin", UExpr::fmin, true, null, "??->?:and").reorderablePlain();
    public static final UFunc fmax = binary("fmax", UExpr::fmax, true, null, "??->?:or").reorderablePlain();
    public static final UFunc arctan2 = binary("arctan2", UExpr::atan2, false, null);
    public static final UFunc hypot = binary("hypot", UExpr::hypot, false, 0L);
    public static final UFunc copysign = binary("copysign", UExpr::copysign, false, null);

    public static final UFunc negative = register(numericUnary("negative", UExpr::neg).boolError("TypeError",
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not "
                    + "function instead."));
    public static final UFunc absolute = register(UFunc.builder("absolute").loop("?->?", x -> x.get(0))
            .loops(x -> x.get(0).abs(), suffixed(INTS, "", 1)).loops(x -> x.get(0).abs(), suffixed(FLOATS, "", 1)));
    /** sign(±0.0) is +0.0 in NumPy (Java's signum keeps -0.0); bool has no loop in NumPy. */
    public static final UFunc sign = register(UFunc.builder("sign")
            .loops(x -> x.get(0).sign(), suffixed(INTS, "", 1))
            .loops(x -> UExpr.where(x.get(0).eq(UExpr.zero()), UExpr.zero(), x.get(0).sign()), suffixed(FLOATS, "", 1))
            .boolError("UFuncTypeError",
                    "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"));
    public static final UFunc square = unary("square", x -> x.mul(x), true);
    /** Integer reciprocal truncates: 1 for 1, -1 for -1 (signed types only), else 0 (0 included, NumPy's error model). */
    public static final UFunc reciprocal = register(UFunc.builder("reciprocal")
            .loop("b->b", UFuncs::signedReciprocal)
            .loop("B->B", x -> UExpr.where(x.get(0).eq(UExpr.one()), UExpr.one(), UExpr.zero()))
            .loops(UFuncs::signedReciprocal, "h->h", "i->i", "l->l")
            .loops(x -> UExpr.one().div(x.get(0)), suffixed(FLOATS, "", 1)));
    public static final UFunc sqrt = unary("sqrt", UExpr::sqrt, false);
    public static final UFunc cbrt = unary("cbrt", UExpr::cbrt, false);
    public static final UFunc exp = unary("exp", UExpr::exp, false);
    public static final UFunc exp2 = unary("exp2", UExpr::exp2, false);
    public static final UFunc expm1 = unary("expm1", UExpr::expm1, false);
    public static final UFunc log = unary("log", UExpr::log, false);
    public static final UFunc log2 = unary("log2", UExpr::log2, false);
    public static final UFunc log10 = unary("log10", UExpr::log10, false);
    public static final UFunc log1p = unary("log1p", UExpr::log1p, false);
    public static final UFunc sin = unary("sin", UExpr::sin, false);
    public static final UFunc cos = unary("cos", UExpr::cos, false);
    public static final UFunc tan = unary("tan", UExpr::tan, false);
    public static final UFunc arcsin = unary("arcsin", UExpr::asin, false);
    public static final UFunc arccos = unary("arccos", UExpr::acos, false);
    public static final UFunc arctan = unary("arctan", UExpr::atan, false);
    public static final UFunc sinh = unary("sinh", UExpr::sinh, false);
    public static final UFunc cosh = unary("cosh", UExpr::cosh, false);
    public static final UFunc tanh = unary("tanh", UExpr::tanh, false);
    public static final UFunc floor = rounding("floor", UExpr::floor);
    public static final UFunc ceil = rounding("ceil", UExpr::ceil);
    public static final UFunc trunc = rounding("trunc", UExpr::trunc);
    public static final UFunc rint = unary("rint", UExpr::rint, false);

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

    public static final UFunc isnan = register(allTypes(UFunc.builder("isnan"), x -> x.get(0).isnan(), "->?", 1));
    public static final UFunc isinf = register(allTypes(UFunc.builder("isinf"), x -> x.get(0).isinf(), "->?", 1));
    public static final UFunc isfinite = register(allTypes(UFunc.builder("isfinite"), x -> x.get(0).isfinite(), "->?", 1));

    /** {@code np.true_divide} is {@code np.divide}; {@code np.bitwise_not} is {@code np.invert}; {@code np.abs} is absolute. */
    public static final UFunc trueDivide = divide;
    public static final UFunc bitwiseNot = invert;

    static {
        BY_NAME.put("true_divide", divide);
        BY_NAME.put("bitwise_not", invert);
        BY_NAME.put("abs", absolute);
    }

    /** The built-in with NumPy's name (e.g. "floor_divide"), or null. */
    public static UFunc byName(String name) { return BY_NAME.get(name); }

    /** Every built-in by NumPy name (aliases included). */
    public static Map<String, UFunc> all() { return java.util.Collections.unmodifiableMap(BY_NAME); }

    // ---- definitions --------------------------------------------------------------------------------------------

    /** A binary ufunc's builder with its finishing touch, so field initializers read as one line. */
    private record Def(UFunc.Builder builder) {
        /** add and multiply: reductions of bool and small ints accumulate in int64. */
        UFunc widen() { return register(builder.widenIntReductions(true)); }

        /** NumPy's minimum/maximum family: no identity, yet reductions over several axes are allowed. */
        UFunc reorderablePlain() { return register(builder.reorderable(true)); }
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

    private static UFunc unary(String name, UnaryOperator<UExpr> op, boolean ints) {
        return register(ints ? numericUnary(name, op) : UFunc.builder(name).loops(x -> op.apply(x.get(0)), suffixed(FLOATS, "", 1)));
    }

    /** floor, ceil and trunc: bool and ints are already whole and keep their type (NumPy 2), floats are rounded. */
    private static UFunc rounding(String name, UnaryOperator<UExpr> op) {
        return register(UFunc.builder(name).loop("?->?", x -> x.get(0)).loops(x -> x.get(0), suffixed(INTS, "", 1))
                .loops(x -> op.apply(x.get(0)), suffixed(FLOATS, "", 1)));
    }

    private static UFunc.Builder numericUnary(String name, UnaryOperator<UExpr> op) {
        Loop.Body body = x -> op.apply(x.get(0));
        return UFunc.builder(name).loops(body, suffixed(INTS, "", 1)).loops(body, suffixed(FLOATS, "", 1));
    }

    private static UFunc.Builder power() {
        UFunc.Builder b = UFunc.builder("power");
        for (String types : suffixed(INTS, "", 2)) b.loop(Loop.of(types, IntegerPower::body, List.of(IntegerPower.FUNCTION)));
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
