package io.jumba.runtime;

import java.util.List;

import static io.jumba.runtime.LaneForm.*;
import static io.jumba.runtime.MathDefinition.*;
import static io.jumba.runtime.ScalarImplementation.Result.BOOL;
import static io.jumba.runtime.ScalarImplementation.Result.COMPLEX;
import static io.jumba.runtime.ScalarImplementation.Result.REAL;

/**
 * The registry of math functions: one entry per {@code math.*}/{@code np.*} function the IR knows, declaring in one
 * place its Python names, typing rule, scalar implementation (which generated code calls and the interpreter
 * evaluates), vector form or the reason it has none, and the NumPy ufunc built on it ({@link MathDefinition}).
 * Typing, code generation, the interpreter, the vectorizer and the ufunc module all read their part from here, so
 * adding a function is adding an entry; a short scalar implementation may sit at the end of this file, beside its
 * entry. Lane implementations live in {@link VectorMathFunctions}: this registry must load without the Vector API
 * module, which a JVM started without {@code --add-modules jdk.incubator.vector} lacks.
 *
 * <p>Domain errors give NaN, never an exception, as in Numba. FLOOR/CEIL/TRUNC/RINT keep the float type (Python's
 * {@code math.floor} returning int is a cast around FLOOR); ROUND is round-half-even. MIN/MAX propagate NaN (NumPy's
 * minimum/maximum); FMIN/FMAX ignore a NaN operand. ROUNDN is Python's {@code round(x, ndigits)} on a float x with
 * ndigits passed as a float of the same type (an exact integer value); it has no name of its own.
 */
public enum MathFn {
    SQRT(floats("math.sqrt", "numpy.sqrt").unary("MathFunctions.sqrt", MathFunctions::sqrt)
            .lane(operator("SQRT")).ufunc("sqrt")),
    CBRT(floats("numpy.cbrt").unary("MathFunctions.cbrt", MathFunctions::cbrt).lane(operator("CBRT")).ufunc("cbrt")),
    EXP(floats("math.exp", "numpy.exp").unary("MathFunctions.exp", MathFunctions::exp)
            .lane(operator("EXP")).ufunc("exp")),
    EXP2(floats("numpy.exp2").unary("MathFunctions.exp2", MathFunctions::exp2).lane(composite()).ufunc("exp2")),
    EXPM1(floats("math.expm1", "numpy.expm1").unary("MathFunctions.expm1", MathFunctions::expm1)
            .lane(operator("EXPM1")).ufunc("expm1")),
    LOG(floats("math.log", "numpy.log").unary("MathFunctions.log", MathFunctions::log)
            .lane(operator("LOG")).ufunc("log")),
    LOG2(floats("math.log2", "numpy.log2").unary("MathFunctions.log2", MathFunctions::log2)
            .lane(composite()).ufunc("log2")),
    LOG10(floats("math.log10", "numpy.log10").unary("MathFunctions.log10", MathFunctions::log10)
            .lane(operator("LOG10")).ufunc("log10")),
    LOG1P(floats("math.log1p", "numpy.log1p").unary("MathFunctions.log1p", MathFunctions::log1p)
            .lane(operator("LOG1P")).ufunc("log1p")),
    SIN(floats("math.sin", "numpy.sin").unary("MathFunctions.sin", MathFunctions::sin)
            .lane(operator("SIN")).ufunc("sin")),
    COS(floats("math.cos", "numpy.cos").unary("MathFunctions.cos", MathFunctions::cos)
            .lane(operator("COS")).ufunc("cos")),
    TAN(floats("math.tan", "numpy.tan").unary("MathFunctions.tan", MathFunctions::tan)
            .lane(operator("TAN")).ufunc("tan")),
    ASIN(floats("math.asin", "numpy.arcsin").unary("MathFunctions.asin", MathFunctions::asin)
            .lane(operator("ASIN")).ufunc("arcsin")),
    ACOS(floats("math.acos", "numpy.arccos").unary("MathFunctions.acos", MathFunctions::acos)
            .lane(operator("ACOS")).ufunc("arccos")),
    ATAN(floats("math.atan", "numpy.arctan").unary("MathFunctions.atan", MathFunctions::atan)
            .lane(operator("ATAN")).ufunc("arctan")),
    SINH(floats("math.sinh", "numpy.sinh").unary("MathFunctions.sinh", MathFunctions::sinh)
            .lane(operator("SINH")).ufunc("sinh")),
    COSH(floats("math.cosh", "numpy.cosh").unary("MathFunctions.cosh", MathFunctions::cosh)
            .lane(operator("COSH")).ufunc("cosh")),
    TANH(floats("math.tanh", "numpy.tanh").unary("MathFunctions.tanh", MathFunctions::tanh)
            .lane(operator("TANH")).ufunc("tanh")),
    ASINH(floats("math.asinh", "numpy.arcsinh").unary("MathFunctions.asinh", MathFunctions::asinh)
            .lane(scalarOnly(Why.NO_INVERSE_HYPERBOLIC))),
    ACOSH(floats("math.acosh", "numpy.arccosh").unary("MathFunctions.acosh", MathFunctions::acosh)
            .lane(scalarOnly(Why.NO_INVERSE_HYPERBOLIC))),
    ATANH(floats("math.atanh", "numpy.arctanh").unary("MathFunctions.atanh", MathFunctions::atanh)
            .lane(scalarOnly(Why.NO_INVERSE_HYPERBOLIC))),
    ATAN2(floats("math.atan2", "numpy.arctan2").binary("MathFunctions.atan2", MathFunctions::atan2)
            .lane(operator("ATAN2")).ufunc("arctan2")),
    HYPOT(floats("math.hypot", "numpy.hypot").binary("MathFunctions.hypot", MathFunctions::hypot)
            .lane(operator("HYPOT")).ufunc(new UfuncForm("hypot", List.of(), UfuncForm.Loops.FLOATS, 0L, false))),
    /** math.pow; np.power is the {@code **} operator's ufunc, with integer loops, built in the ufunc module. */
    POW(floats("math.pow").binary("MathFunctions.pow", MathFunctions::pow).lane(composite())),
    /** C's fmod: the dividend's sign; math.fmod computes in floats, np.fmod keeps integers (x fmod 0 is 0). */
    FMOD(keepsType("numpy.fmod").alsoInFloats("math.fmod").binary("MathFn.fmod", MathFn::fmod).ints(MathFn::fmod)
            .lane(scalarOnly("C's fmod (Java's % on doubles) has no VectorOperators counterpart and no lane version "
                    + "is written yet"))),
    COPYSIGN(floats("math.copysign", "numpy.copysign").binary("MathFunctions.copysign", MathFunctions::copysign)
            .lane(runtime("VectorMathFunctions.copysign")).ufunc("copysign")),
    FLOOR(floats("numpy.floor").unary("MathFunctions.floor", MathFunctions::floor)
            .lane(runtime("VectorMathFunctions.floor")).ufunc(UfuncForm.of("floor", UfuncForm.Loops.WHOLE_AS_IS))),
    CEIL(floats("numpy.ceil").unary("MathFunctions.ceil", MathFunctions::ceil)
            .lane(runtime("VectorMathFunctions.ceil")).ufunc(UfuncForm.of("ceil", UfuncForm.Loops.WHOLE_AS_IS))),
    TRUNC(floats("numpy.trunc").unary("MathFunctions.trunc", MathFunctions::trunc)
            .lane(runtime("VectorMathFunctions.trunc")).ufunc(UfuncForm.of("trunc", UfuncForm.Loops.WHOLE_AS_IS))),
    RINT(floats("numpy.rint").unary("MathFunctions.rint", MathFunctions::rint)
            .lane(runtime("VectorMathFunctions.rint")).ufunc("rint")),
    ROUND(floats("numpy.round", "numpy.around").unary("MathFunctions.round", MathFunctions::round)
            .lane(runtime("VectorMathFunctions.round"))),
    /** On floats whatever the operand for math.fabs and np.fabs; np.abs keeps integers (wrapping at the minimum). */
    ABS(keepsType("numpy.abs", "numpy.absolute").alsoInFloats("math.fabs", "numpy.fabs")
            .unary("MathFunctions.abs", MathFunctions::abs).ints(MathFunctions::abs).lane(new Operator("ABS", true))
            .ufunc(new UfuncForm("absolute", List.of("abs"), UfuncForm.Loops.NUMERIC_BOOL_AS_IS, null, false))),
    MIN(keepsType("numpy.minimum").binary("MathFunctions.min", MathFunctions::min).ints(MathFunctions::min)
            .lane(new Operator("MIN", true))
            .ufunc(new UfuncForm("minimum", List.of(), UfuncForm.Loops.NUMERIC_BOOL_AND, null, true))),
    MAX(keepsType("numpy.maximum").binary("MathFunctions.max", MathFunctions::max).ints(MathFunctions::max)
            .lane(new Operator("MAX", true))
            .ufunc(new UfuncForm("maximum", List.of(), UfuncForm.Loops.NUMERIC_BOOL_OR, null, true))),
    /** NumPy's sign in kernels keeps a zero's sign (as Numba); the ufunc gives +0.0 (as NumPy). */
    SIGN(keepsType("numpy.sign").unary("MathFunctions.sign", MathFunctions::sign).ints(MathFunctions::sign)
            .lane(composite()).ufunc(UfuncForm.of("sign", UfuncForm.Loops.NUMERIC_UNSIGNED_ZERO))),
    ISNAN(predicate("math.isnan", "numpy.isnan").test("MathFunctions.isnan", MathFunctions::isnan, false)
            .lane(composite()).ufunc("isnan")),
    ISINF(predicate("math.isinf", "numpy.isinf").test("MathFunctions.isinf", MathFunctions::isinf, false)
            .lane(composite()).ufunc("isinf")),
    ISFINITE(predicate("math.isfinite", "numpy.isfinite").test("MathFunctions.isfinite", MathFunctions::isfinite, true)
            .lane(composite()).ufunc("isfinite")),
    DEGREES(floats("math.degrees", "numpy.degrees", "numpy.rad2deg").unary("MathFunctions.degrees", MathFunctions::degrees)
            .lane(scalarOnly(Why.NOT_WRITTEN_SCALING))),
    RADIANS(floats("math.radians", "numpy.radians", "numpy.deg2rad").unary("MathFunctions.radians", MathFunctions::radians)
            .lane(scalarOnly(Why.NOT_WRITTEN_SCALING))),
    ERF(floats("math.erf").unary("MathFunctions.erf", MathFunctions::erf).lane(runtimeFloat64("VectorMathFunctions.erf"))),
    ERFC(floats("math.erfc").unary("MathFunctions.erfc", MathFunctions::erfc)
            .lane(runtimeFloat64("VectorMathFunctions.erfc"))),
    GAMMA(floats("math.gamma").unary("MathFunctions.gamma", MathFunctions::gamma).lane(scalarOnly(Why.LANCZOS))),
    LGAMMA(floats("math.lgamma").unary("MathFunctions.lgamma", MathFunctions::lgamma).lane(scalarOnly(Why.LANCZOS))),
    /** NumPy's fmin; on integers (no NaN) it is MIN. */
    FMIN(keepsType("numpy.fmin").binary("MathFunctions.fmin", MathFunctions::fmin).onIntegers(MIN).lane(composite())
            .ufunc(new UfuncForm("fmin", List.of(), UfuncForm.Loops.NUMERIC_BOOL_AND, null, true))),
    FMAX(keepsType("numpy.fmax").binary("MathFunctions.fmax", MathFunctions::fmax).onIntegers(MAX).lane(composite())
            .ufunc(new UfuncForm("fmax", List.of(), UfuncForm.Loops.NUMERIC_BOOL_OR, null, true))),
    /** Python's round(x, ndigits), which the typing stage lowers to this; no name calls it directly. */
    ROUNDN(floats().binary("MathFunctions.roundn", MathFunctions::roundn)
            .lane(scalarOnly("Numba's round(x, ndigits) builds its power of ten by a loop and falls back to x on "
                    + "overflow, per element; no lane version is written"))),
    /** NumPy's logaddexp: log(exp(x) + exp(y)) without overflow; -inf is the identity of its reductions. */
    LOGADDEXP(floats("numpy.logaddexp").binary("MathFn.logaddexp", MathFn::logaddexp)
            .lane(runtimeFloat64("VectorMathFunctions.logaddexp"))
            .ufunc(new UfuncForm("logaddexp", List.of(), UfuncForm.Loops.FLOATS, Double.NEGATIVE_INFINITY, false))),
    /**
     * NumPy's true_divide as whole-array {@code /} computes it: IEEE results (x/0 is inf or NaN) whatever the kernel's
     * error model, as NumPy and Numba. The operator path types it (ints give float64, even int8), so no name calls it.
     */
    TRUE_DIVIDE(floats().binary("MathFn.truedivide", MathFn::truedivide).lane(operator("DIV"))),
    /** NumPy's floor_divide (whole-array {@code //}): an integer divided by zero gives 0, a float one inf or NaN. */
    FLOOR_DIVIDE(keepsType("numpy.floor_divide").binary("MathFn.floordivide", MathFn::floordivide)
            .ints(MathFn::floordivide).lane(runtimeFloat64("VectorFloorDivision.floorDivNumpy"))),
    /** NumPy's remainder (whole-array {@code %}): the divisor's sign; an integer modulo zero gives 0, a float one NaN. */
    REMAINDER(keepsType("numpy.remainder", "numpy.mod").binary("MathFn.remainder", MathFn::remainder)
            .ints(MathFn::remainder).lane(runtimeFloat64("VectorFloorDivision.modNumpy"))),
    /** NumPy's logaddexp2: log2(2**x + 2**y) without overflow. */
    LOGADDEXP2(floats("numpy.logaddexp2").binary("MathFn.logaddexp2", MathFn::logaddexp2)
            .lane(runtimeFloat64("VectorMathFunctions.logaddexp2"))),
    /** NumPy's heaviside(x, h0): 0 for x &lt; 0, h0 for x == 0, 1 for x &gt; 0, NaN for NaN. */
    HEAVISIDE(floats("numpy.heaviside").binary("MathFn.heaviside", MathFn::heaviside)
            .lane(runtimeFloat64("VectorMathFunctions.heaviside"))),
    /** NumPy's sinc: sin(pi x) / (pi x), with x = 0 replaced by 1e-20 (giving 1.0) as NumPy does. */
    SINC(floats("numpy.sinc").unary("MathFn.sinc", MathFn::sinc).lane(runtimeFloat64("VectorMathFunctions.sinc"))),
    /** np.frexp's mantissa: in [0.5, 1) with x's sign (x itself for zeros, infinities and NaN); UfuncCalls pairs it
     * with FREXP_EXPONENT, so no name calls it. */
    FREXP_MANTISSA(floats().unary("MathFn.frexpmantissa", MathFn::frexpmantissa).lane(scalarOnly(Why.NOT_WRITTEN_BITS))),
    /** np.frexp's exponent, as a float holding an integer (UfuncCalls casts it to int32, NumPy's type). */
    FREXP_EXPONENT(floats().unary("MathFn.frexpexponent", MathFn::frexpexponent).lane(scalarOnly(Why.NOT_WRITTEN_BITS))),
    /** np.modf's fractional part (C's modf: x's sign, 0 for infinities); its integral part is TRUNC. */
    MODF_FRACTION(floats().unary("MathFn.modffraction", MathFn::modffraction)
            .lane(runtimeFloat64("VectorMathFunctions.modfFraction"))),
    /** NumPy's signbit: whether the sign bit is set (-0.0 and negative NaN included); integers are converted first. */
    SIGNBIT(predicate("numpy.signbit").test("MathFn.signbit", MathFn::signbit, false)
            .lane(scalarOnly("a bool result needs a mask-producing composite in LaneFunctions, not written yet"))),
    /** NumPy's nextafter in float64 (float32 arguments are computed in float64, unlike NumPy's float32 loop). */
    NEXTAFTER(float64("numpy.nextafter").binary("MathFn.nextafter", MathFn::nextafter)
            .lane(scalarOnly(Why.NOT_WRITTEN_BITS))),
    /** NumPy's spacing in float64: the distance to the next float away from zero (negative for x &lt; 0). */
    SPACING(float64("numpy.spacing").unary("MathFn.spacing", MathFn::spacing).lane(scalarOnly(Why.NOT_WRITTEN_BITS))),
    /** NumPy's ldexp(x, i) = x * 2**i, computed in x's float type (the exponent is converted to it first). */
    LDEXP(floats("numpy.ldexp").binary("MathFn.ldexp", MathFn::ldexp).lane(scalarOnly(Why.NOT_WRITTEN_BITS))),
    /** NumPy's gcd on integers (non-negative; gcd(0, 0) is 0). */
    GCD(keepsType("numpy.gcd").binary("MathFn.gcd", MathFn::gcd).ints(MathFn::gcd).lane(scalarOnly(Why.EUCLID))),
    /** NumPy's lcm on integers (non-negative; 0 when either is 0). */
    LCM(keepsType("numpy.lcm").binary("MathFn.lcm", MathFn::lcm).ints(MathFn::lcm).lane(scalarOnly(Why.EUCLID))),
    /** Python 3.13's math.fma: x * y + z rounded once, in float64 only. */
    FMA(float64("math.fma").ternary("MathFunctions.fma", MathFunctions::fma).lane(operator("FMA"))),

    // Complex functions (ComplexMath): typed by typing's ComplexCalls, which also sends np.exp, abs, ... of complex
    // arguments here; the entries without a name are abs(), .real, .imag, .conjugate() and complex(re, im).
    C_ABS(complex().onComplex("ComplexMath.abs", REAL, ComplexMath::abs).lane(composite())),
    C_REAL(complex().onComplex("ComplexMath.real", REAL, ComplexMath::real).lane(composite())),
    C_IMAG(complex().onComplex("ComplexMath.imag", REAL, ComplexMath::imag).lane(composite())),
    C_CONJ(complex().onComplex("ComplexMath.conjugate", COMPLEX, ComplexMath::conjugate).lane(composite())),
    C_NEW(complex().onReals("ComplexMath.of", ComplexMath::of).lane(scalarOnly(Why.COMPLEX))),
    /** np.true_divide (and the / of arrays) on complex elements: no exception for a zero divisor, as NumPy. */
    C_TRUE_DIVIDE(complex().onComplex("ComplexMath.divNumpy", ComplexMath::divNumpy).lane(composite())),
    C_RECT(complex("cmath.rect").onReals("ComplexMath.rect", ComplexMath::rect).lane(scalarOnly(Why.COMPLEX))),
    C_PHASE(complex("cmath.phase").onComplex("ComplexMath.phase", REAL, ComplexMath::phase).lane(scalarOnly(Why.COMPLEX))),
    C_EXP(complex("cmath.exp").onComplex("ComplexMath.exp", COMPLEX, ComplexMath::exp).lane(scalarOnly(Why.COMPLEX))),
    C_LOG(complex("cmath.log").onComplex("ComplexMath.log", COMPLEX, ComplexMath::log).lane(scalarOnly(Why.COMPLEX))),
    C_LOG10(complex("cmath.log10").onComplex("ComplexMath.log10", COMPLEX, ComplexMath::log10).lane(scalarOnly(Why.COMPLEX))),
    C_SQRT(complex("cmath.sqrt").onComplex("ComplexMath.sqrt", COMPLEX, ComplexMath::sqrt).lane(scalarOnly(Why.COMPLEX))),
    C_SIN(complex("cmath.sin").onComplex("ComplexMath.sin", COMPLEX, ComplexMath::sin).lane(scalarOnly(Why.COMPLEX))),
    C_COS(complex("cmath.cos").onComplex("ComplexMath.cos", COMPLEX, ComplexMath::cos).lane(scalarOnly(Why.COMPLEX))),
    C_TAN(complex("cmath.tan").onComplex("ComplexMath.tan", COMPLEX, ComplexMath::tan).lane(scalarOnly(Why.COMPLEX))),
    C_SINH(complex("cmath.sinh").onComplex("ComplexMath.sinh", COMPLEX, ComplexMath::sinh).lane(scalarOnly(Why.COMPLEX))),
    C_COSH(complex("cmath.cosh").onComplex("ComplexMath.cosh", COMPLEX, ComplexMath::cosh).lane(scalarOnly(Why.COMPLEX))),
    C_TANH(complex("cmath.tanh").onComplex("ComplexMath.tanh", COMPLEX, ComplexMath::tanh).lane(scalarOnly(Why.COMPLEX))),
    C_ASIN(complex("cmath.asin").onComplex("ComplexMath.asin", COMPLEX, ComplexMath::asin).lane(scalarOnly(Why.COMPLEX))),
    C_ACOS(complex("cmath.acos").onComplex("ComplexMath.acos", COMPLEX, ComplexMath::acos).lane(scalarOnly(Why.COMPLEX))),
    C_ATAN(complex("cmath.atan").onComplex("ComplexMath.atan", COMPLEX, ComplexMath::atan).lane(scalarOnly(Why.COMPLEX))),
    C_ASINH(complex("cmath.asinh").onComplex("ComplexMath.asinh", COMPLEX, ComplexMath::asinh).lane(scalarOnly(Why.COMPLEX))),
    C_ACOSH(complex("cmath.acosh").onComplex("ComplexMath.acosh", COMPLEX, ComplexMath::acosh).lane(scalarOnly(Why.COMPLEX))),
    C_ATANH(complex("cmath.atanh").onComplex("ComplexMath.atanh", COMPLEX, ComplexMath::atanh).lane(scalarOnly(Why.COMPLEX))),
    C_ISNAN(complex("cmath.isnan").onComplex("ComplexMath.isnan", BOOL, ComplexMath::isnan).lane(scalarOnly(Why.COMPLEX))),
    C_ISINF(complex("cmath.isinf").onComplex("ComplexMath.isinf", BOOL, ComplexMath::isinf).lane(scalarOnly(Why.COMPLEX))),
    C_ISFINITE(complex("cmath.isfinite").onComplex("ComplexMath.isfinite", BOOL, ComplexMath::isfinite)
            .lane(scalarOnly(Why.COMPLEX)));

    /** Reasons shared by several scalar-only entries (a nested class: enum constants cannot read later fields). */
    private static final class Why {
        private static final String NO_INVERSE_HYPERBOLIC = "VectorOperators has no inverse hyperbolic functions and the "
                + "runtime's branchy formulas (fdlibm's) have no lane version yet";
        private static final String NOT_WRITTEN_SCALING = "not written yet: it is one multiply by a constant, which a "
                + "lanewise MUL by the same constant would match";
        private static final String NOT_WRITTEN_BITS = "not written yet: it works on the exponent and mantissa bits, "
                + "which lanes could do with integer views of the vector";
        private static final String EUCLID = "Euclid's algorithm loops a data-dependent number of times per element";
        private static final String COMPLEX = "complex lanes (real and imaginary parts interleaved, as stored) have"
                + " + - * /, negation, abs, .real, .imag, conjugate and sums; this function's formula (CPython's cmath,"
                + " with branches on the argument) has no lane version yet";
        private static final String LANCZOS = "the Lanczos evaluation branches on the argument (reflection, integers, "
                + "overflow) and has no lane version";
    }

    private static final double LN2 = 0.6931471805599453;

    /** How many arguments it takes. */
    public final int arity;
    private final MathDefinition definition;

    MathFn(MathDefinition definition) {
        this.definition = definition;
        this.arity = definition.scalar().arity();
    }

    /** The registry entry: names, typing, implementations, vector form, ufunc. */
    public MathDefinition definition() { return definition; }

    /** Shorthand for {@code definition().typing()}. */
    public MathTyping typing() { return definition.typing(); }

    /** Shorthand for {@code definition().scalar()}. */
    public ScalarImplementation scalar() { return definition.scalar(); }

    /** Shorthand for {@code definition().lane()}. */
    public LaneForm lane() { return definition.lane(); }

    // ---- implementations of the functions defined here ---------------------------------------------------------

    /**
     * NumPy's npy_logaddexp: equal arguments (infinities of one sign included) give x + ln 2; otherwise the larger
     * plus log1p(exp(-|x - y|)); a NaN argument gives NaN.
     */
    public static double logaddexp(double x, double y) {
        if (x == y) return x + LN2;
        double d = x - y;
        if (d > 0) return x + Math.log1p(Math.exp(-d));
        return d <= 0 ? y + Math.log1p(Math.exp(d)) : d;
    }

    /** IEEE division, never raising (the operator under {@code error_model='python'} raises on a zero divisor). */
    public static double truedivide(double x, double y) { return x / y; }

    /** NumPy's floor_divide on floats: Python's floor division with IEEE results for a zero divisor. */
    public static double floordivide(double x, double y) { return Scalars.floorDivNumpy(x, y); }

    /** NumPy's floor_divide on integers: 0 for a zero divisor; MIN // -1 wraps to MIN. */
    public static long floordivide(long x, long y) { return Scalars.floorDivNumpy(x, y); }

    /** NumPy's remainder on floats: the divisor's sign, NaN for a zero divisor. */
    public static double remainder(double x, double y) { return Scalars.modNumpy(x, y); }

    /** NumPy's remainder on integers: the divisor's sign, 0 for a zero divisor. */
    public static long remainder(long x, long y) { return Scalars.modNumpy(x, y); }

    /** C's fmod on floats: the dividend's sign. */
    public static double fmod(double x, double y) { return MathFunctions.fmod(x, y); }

    /** NumPy's fmod on integers: C's truncated remainder, 0 for a zero divisor. */
    public static long fmod(long x, long y) { return y == 0 ? 0 : x % y; }

    /** NumPy's npy_logaddexp2. */
    public static double logaddexp2(double x, double y) {
        if (x == y) return x + 1;
        double d = x - y;
        if (d > 0) return x + Math.log1p(Math.pow(2, -d)) / LN2;
        return d <= 0 ? y + Math.log1p(Math.pow(2, d)) / LN2 : d;
    }

    /** NumPy's heaviside. */
    public static double heaviside(double x, double h0) {
        if (x < 0) return 0.0;
        if (x > 0) return 1.0;
        return x == 0 ? h0 : x;
    }

    /** NumPy's sinc. */
    public static double sinc(double x) {
        double y = Math.PI * (x == 0 ? 1.0e-20 : x);
        return MathFunctions.sin(y) / y;
    }

    /** C's frexp mantissa. */
    public static double frexpmantissa(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        return Math.scalb(x, (int) -frexpexponent(x));
    }

    /** C's frexp exponent (0 for zeros, infinities and NaN); subnormals are scaled into the normal range first. */
    public static double frexpexponent(double x) {
        if (x == 0 || !Double.isFinite(x)) return 0;
        if (Math.abs(x) < Double.MIN_NORMAL) return frexpexponent(x * 0x1p54) - 54;
        return Math.getExponent(x) + 1;
    }

    /** C's modf fractional part. */
    public static double modffraction(double x) {
        return Math.copySign(Double.isInfinite(x) ? 0.0 : x - MathFunctions.trunc(x), x);
    }

    /** NumPy's signbit. */
    public static boolean signbit(double x) { return Double.doubleToRawLongBits(x) < 0; }

    /** NumPy's nextafter. */
    public static double nextafter(double x, double y) { return Math.nextAfter(x, y); }

    /** NumPy's spacing: NaN for NaN and infinities. */
    public static double spacing(double x) {
        if (!Double.isFinite(x)) return Double.NaN;
        return Math.nextAfter(x, x < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) - x;
    }

    /** NumPy's ldexp with the exponent given as a float holding an integer (clamped: beyond ±2100 it saturates). */
    public static double ldexp(double x, double e) { return Math.scalb(x, (int) Math.max(-2100, Math.min(2100, e))); }

    /** NumPy's gcd: non-negative. */
    public static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** NumPy's gcd on floats, never called: kernels refuse float arguments (a TypeError in NumPy). */
    public static double gcd(double a, double b) { return gcd((long) a, (long) b); }

    /** NumPy's lcm: non-negative, 0 when either is 0. */
    public static long lcm(long a, long b) {
        long g = gcd(a, b);
        return g == 0 ? 0 : Math.abs(a / g * b);
    }

    /** NumPy's lcm on floats, never called: kernels refuse float arguments (a TypeError in NumPy). */
    public static double lcm(double a, double b) { return lcm((long) a, (long) b); }
}
