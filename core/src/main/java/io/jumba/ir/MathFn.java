package io.jumba.ir;

/**
 * Math functions the IR knows, with their arity. Float functions take and return float32 or float64 (ints are cast
 * to float64 first, as Numba does); the others keep their operand type.
 * ABS, MIN, MAX, SIGN work on any numeric type; ISNAN/ISINF/ISFINITE return bool; FLOOR/CEIL/TRUNC/RINT keep the
 * float type (Python's {@code math.floor} returning int is a Cast around FLOOR); ROUND is round-half-even.
 * MIN/MAX propagate NaN (NumPy's minimum/maximum); FMIN/FMAX (NumPy's fmin/fmax) ignore a NaN operand and take
 * float operands only (on integers they are MIN/MAX). ROUNDN is Python's {@code round(x, ndigits)} on a float x with
 * ndigits passed as a float of the same type (an exact integer value). FMA is Python 3.13's {@code math.fma(x, y, z)},
 * x * y + z rounded once, in float64 only (a float32 result of a float64 fma would round twice).
 */
public enum MathFn {
    SQRT(1), CBRT(1), EXP(1), EXP2(1), EXPM1(1), LOG(1), LOG2(1), LOG10(1), LOG1P(1),
    SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), SINH(1), COSH(1), TANH(1), ASINH(1), ACOSH(1), ATANH(1),
    ATAN2(2), HYPOT(2), POW(2), FMOD(2), COPYSIGN(2),
    FLOOR(1), CEIL(1), TRUNC(1), RINT(1), ROUND(1),
    ABS(1), MIN(2), MAX(2), SIGN(1),
    ISNAN(1), ISINF(1), ISFINITE(1),
    DEGREES(1), RADIANS(1), ERF(1), ERFC(1), GAMMA(1), LGAMMA(1),
    FMIN(2), FMAX(2), ROUNDN(2), FMA(3);

    public final int arity;

    MathFn(int arity) { this.arity = arity; }
}
