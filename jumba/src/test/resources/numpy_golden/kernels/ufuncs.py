import numpy as np
from numba import njit


@njit
def arithmetic(a, b):
    return (np.add(a, b), np.subtract(a, b), np.multiply(a, b), np.divide(a, b), np.true_divide(a, b),
            np.floor_divide(a, b), np.remainder(a, b), np.mod(a, b), np.power(a, 2), np.float_power(a, 2))


@njit
def one_input(a):
    return np.negative(a), np.positive(a), np.square(a), np.absolute(a), np.fabs(a), np.sign(a), np.cbrt(a)


@njit
def float_one_input(a):
    return np.reciprocal(a), np.deg2rad(a), np.rad2deg(a), np.isnan(a), np.isinf(a), np.isfinite(a)


@njit
def comparisons(a, b):
    return (np.greater(a, b), np.greater_equal(a, b), np.less(a, b), np.less_equal(a, b), np.equal(a, b),
            np.not_equal(a, b))


@njit
def logical(a, b):
    return np.logical_and(a, b), np.logical_or(a, b), np.logical_xor(a, b), np.logical_not(a)


@njit
def bitwise(a, b):
    # Shift counts are arrays: NumPy 2 keeps int32 for int32 << 3 (a weak Python int), Numba 0.56 gives int64.
    return (np.bitwise_and(a, b), np.bitwise_or(a, b), np.bitwise_xor(a, b), np.invert(a), np.bitwise_not(b),
            np.left_shift(a, np.absolute(b)), np.right_shift(a, np.absolute(b)))


@njit
def extrema(a, b):
    return np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b)


@njit
def positional_out(a, b, out):
    np.add(a, b, out)
    return out


@njit
def keyword_out(a, b):
    out = np.empty_like(a)
    r = np.multiply(a, b, out=out)
    return r, out


@njit
def out_returns_same(a, b, out):
    r = np.subtract(a, b, out)
    r[0] = 99
    return out


@njit
def chained_out(a, b):
    out = np.zeros_like(a)
    np.add(a, b, out)
    np.multiply(out, out, out)
    np.negative(out, out=out)
    np.sqrt(np.absolute(out), out)
    return out


@njit
def math_out(a, out):
    np.exp(a, out)
    np.logaddexp(out, a, out=out)
    return out


@njit
def scalar_ufuncs(x, y):
    return (np.add(x, y), np.divide(x, y), np.negative(x), np.square(x), np.greater(x, y), np.logical_and(x, y),
            np.maximum(x, y), np.float_power(x, y))


@njit
def broadcast_out(a, row, out):
    np.add(a, row, out)
    return out


@njit
def int_into_float_out(a, b, out):
    np.add(a, b, out=out)
    return out


@njit
def two_outputs(a, b):
    q, r = np.divmod(a, b)
    return q, r


@njit
def more_math(a, b):
    return (np.logaddexp2(a, b), np.heaviside(a, 0.5), np.signbit(a), np.nextafter(a, b), np.spacing(a),
            np.fmod(a, b))


@njit
def int_math(a, b):
    return np.gcd(a, b), np.lcm(a, b), np.fmod(a, b), np.signbit(a), np.ldexp(1.5, a % 8)


@njit
def ldexp_floats(a, e):
    return np.ldexp(a, e)


@njit
def scalar_math(x, y):
    q, r = np.divmod(x, y)
    return np.heaviside(x, y), np.gcd(12, -18), np.lcm(4, 6), np.fmod(-7, 3), np.signbit(x), q, r


@njit
def float_outs(a, b):
    # more ufuncs into given outputs, positional and out=
    q = np.empty_like(a)
    np.divide(a, b, q)
    f = np.empty_like(a)
    np.floor_divide(a, b, out=f)
    p = np.empty_like(a)
    np.power(a, b, p)
    hi = np.empty_like(a)
    np.maximum(a, b, out=hi)
    lo = np.empty_like(a)
    np.minimum(a, b, lo)
    g = np.empty(a.shape, np.bool_)
    np.greater(a, b, out=g)
    both = np.empty(a.shape, np.bool_)
    np.logical_and(a, b, both)
    nan = np.empty(a.shape, np.bool_)
    np.isnan(a, out=nan)
    return q, f, p, hi, lo, g, both, nan


@njit
def int_outs(a, b):
    m = np.empty_like(a)
    np.bitwise_and(a, b, m)
    s = np.empty_like(a)
    np.left_shift(a, np.absolute(b), out=s)
    f = np.empty_like(a)
    np.floor_divide(a, b, f)
    hi = np.empty_like(a)
    np.maximum(a, b, out=hi)
    return m, s, f, hi


@njit
def scalar_operand_outs(a, x):
    d = np.empty(a.shape, np.float64)
    np.divide(a, x, d)
    lo = np.empty_like(a)
    np.minimum(x, a, out=lo)
    p = np.empty(a.shape, np.float64)
    np.power(a, 2.0, out=p)
    return d, lo, p


@njit
def divmod_into_inputs(a, b):
    # outputs that are the inputs: NumPy computes both results from the inputs' old values
    r = np.empty_like(b)
    np.divmod(a, b, a, r)
    q2 = b.copy()
    np.divmod(a, q2, out=(b, q2))
    return a, r, b, q2
