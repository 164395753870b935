"""The cases of tools/numpy_golden/generate.py: (kernel file, function, arguments), arguments as NumPy arrays and
Python scalars. Arrays are long enough (37, 70 elements) that compiled code runs whole vector steps and a tail at
every width."""
import numpy as np

I64_MIN = np.iinfo(np.int64).min


def ints(n, seed, lo=-50, hi=50):
    return np.random.default_rng(seed).integers(lo, hi, n).astype(np.int64)


def with_zeros(a, every=3):
    a = a.copy()
    a[::every] = 0
    return a


X_INT = ints(37, 1)
X_INT[5] = I64_MIN
Y_INT = with_zeros(ints(37, 2, -5, 6))
Y_INT[5] = -1
X_FLOAT = np.round(np.random.default_rng(3).standard_normal(37) * 10, 3)
X_FLOAT[[1, 2, 3]] = [np.inf, -np.inf, np.nan]
Y_FLOAT = with_zeros(np.round(np.random.default_rng(4).standard_normal(37) * 3, 3), 4)
Y_FLOAT[8] = -0.0
X_I32 = ints(37, 5).astype(np.int32)
Y_I32 = with_zeros(ints(37, 6, -4, 5)).astype(np.int32)
X_2D = ints(70, 7).reshape(7, 10)
Y_2D = with_zeros(ints(70, 8, -3, 4)).reshape(7, 10)

CASES = []


def add(file, func, *args):
    CASES.append((file, func, list(args), False))


def add_typing_error(file, func, *args):
    """A call whose argument form is refused at compile time: a TypingError at the kernel line."""
    CASES.append((file, func, list(args), True))


def add_close(rtol, atol, file, func, *args):
    """A case compared within atol + rtol * |expected|."""
    CASES.append((file, func, list(args), False, (rtol, atol)))


# 1. Whole-array division by zero: NumPy's answers (0 for ints, inf/nan for floats), never ZeroDivisionError.
for x, y in [(X_INT, Y_INT), (X_FLOAT, Y_FLOAT), (X_I32, Y_I32), (X_INT, Y_FLOAT)]:
    for f in ["floordiv", "remainder", "truediv"]:
        add("division.py", f, x, y)
add("division.py", "floordiv_by_scalar", X_INT, 0)
add("division.py", "floordiv_by_scalar", X_FLOAT, 0.0)
add("division.py", "floordiv_by_scalar", X_INT, -3)
add("division.py", "remainder_of_scalar", 7, Y_INT)
add("division.py", "remainder_of_scalar", 7.5, Y_FLOAT)
add("division.py", "fused_into", X_INT, Y_INT, np.zeros(37, np.int64))
add("division.py", "inplace_floordiv", X_INT, Y_INT)
add("division.py", "inplace_floordiv", X_FLOAT, Y_FLOAT)
add("division.py", "divide_2d", X_2D, Y_2D)
add("division.py", "divide_2d", X_2D, Y_2D[3])
# Scalar division keeps Python's ZeroDivisionError (error_model='python'), as Numba.
add("division.py", "scalar_floordiv", 7, 0)
add("division.py", "scalar_floordiv", 7.0, 0.0)
add("division.py", "scalar_remainder", 7, 0)
add("division.py", "scalar_truediv", 7, 0)
add("division.py", "scalar_floordiv", -7, 2)
add("division.py", "loop_floordiv", X_INT, Y_INT)
add("division.py", "loop_floordiv", X_INT, np.full(37, 3, np.int64))
add("division.py", "loop_floordiv_numpy_model", X_INT, Y_INT)
add("division.py", "loop_floordiv_numpy_model", X_FLOAT, Y_FLOAT)
# The named ufuncs on scalars are NumPy's (0 for a zero divisor), as in Numba.
add("division.py", "named_ufuncs_on_scalars", 7, 0)
add("division.py", "named_ufuncs_on_scalars", -7, 3)
add("division.py", "named_ufuncs_on_scalars", 7.5, -2.0)

# 2. Ufuncs in kernels, with a positional output or out=.
F_A = np.round(np.random.default_rng(10).standard_normal(37) * 4, 3)
F_A[[0, 1, 2, 3]] = [np.nan, np.inf, -0.0, 0.0]
F_B = np.round(np.random.default_rng(11).standard_normal(37) * 4, 3)
F_B[[4, 5]] = [np.nan, 0.0]
I_A = ints(37, 12, -20, 20)
I_B = with_zeros(ints(37, 13, -6, 7), 5)
B_A = np.random.default_rng(14).integers(0, 2, 37).astype(bool)
B_B = np.random.default_rng(15).integers(0, 2, 37).astype(bool)
for a, b in [(F_A, F_B), (I_A, I_B), (I_A, F_B)]:
    add("ufuncs.py", "arithmetic", a, b)
    add("ufuncs.py", "comparisons", a, b)
    add("ufuncs.py", "extrema", a, b)
for a in [F_A, I_A, I_A.astype(np.int32), F_A.astype(np.float32)]:
    add("ufuncs.py", "one_input", a)
add("ufuncs.py", "float_one_input", F_A)
add("ufuncs.py", "float_one_input", F_A.astype(np.float32))
add("ufuncs.py", "logical", F_A, I_B)
add("ufuncs.py", "logical", B_A, B_B)
add("ufuncs.py", "bitwise", I_A, I_B)
add("ufuncs.py", "bitwise", I_A.astype(np.int32), I_B.astype(np.int32))
add("ufuncs.py", "bitwise", B_A, B_B.astype(np.int8))
add("ufuncs.py", "positional_out", F_A, F_B, np.zeros(37))
add("ufuncs.py", "positional_out", I_A, I_B, np.zeros(37))
add("ufuncs.py", "keyword_out", F_A, F_B)
add("ufuncs.py", "out_returns_same", I_A, I_B, np.zeros(37, np.int64))
add("ufuncs.py", "chained_out", F_A, F_B)
add("ufuncs.py", "math_out", F_B, np.zeros(37))
add("ufuncs.py", "scalar_ufuncs", 7, 0)
add("ufuncs.py", "scalar_ufuncs", 2.5, -4.0)
add("ufuncs.py", "scalar_ufuncs", -3, 2)
add("ufuncs.py", "broadcast_out", F_A[:35].reshape(5, 7), F_B[:7], np.zeros((5, 7)))
add("ufuncs.py", "int_into_float_out", I_A, I_B, np.zeros(37))
add("ufuncs.py", "two_outputs", I_A, I_B)
add("ufuncs.py", "two_outputs", F_A, F_B)
add("ufuncs.py", "more_math", F_A, F_B)
add("ufuncs.py", "int_math", I_A, I_B)
add("ufuncs.py", "ldexp_floats", F_A, I_B)
add("ufuncs.py", "scalar_math", -2.5, 0.5)
add("ufuncs.py", "scalar_math", 0.0, 0.25)
add("ufuncs.py", "scalar_math", 7.0, 0.0)
add("ufuncs.py", "float_outs", F_A, F_B)
add("ufuncs.py", "float_outs", F_A.astype(np.float32), F_B.astype(np.float32))
add("ufuncs.py", "int_outs", I_A, I_B)
add("ufuncs.py", "int_outs", I_A.astype(np.int32), I_B.astype(np.int32))
add("ufuncs.py", "scalar_operand_outs", F_A, 2.5)
add("ufuncs.py", "scalar_operand_outs", I_A, 3)
add("ufuncs.py", "divmod_into_inputs", I_A, I_B)
add("ufuncs.py", "divmod_into_inputs", F_A, F_B)

# 2b. Every ufunc into a given output: a kernel per ufunc (kernels/ufunc_outs.py, written by generate.py from this
# table) computes it once into a positional output and once with out= into a strided view (every other element) of
# a wider array, returning both. Operand sets per family: arrays, scalar operands on either side and both, outputs
# of another dtype NumPy's 'same_kind' casting allows (float64 results into float32, ints into float64, bools into
# int64); an output of a lower kind (a float result into int64) is a TypingError at compile time (NumPy:
# UFuncTypeError). Scalars with float32/int32 arrays are left out (NumPy 2 keeps the array's dtype, Numba promotes).
U_F = np.round(np.random.default_rng(16).uniform(-3, 3, 37), 3)
U_F[[0, 1, 2, 3, 4, 5]] = [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.0]
U_G = np.round(np.random.default_rng(17).uniform(-3, 3, 37), 3)
U_G[[0, 6, 7, 8]] = [1.5, np.nan, 0.0, -0.0]
U_I = ints(37, 18, -20, 20)
U_J = with_zeros(ints(37, 19, -6, 7), 5)
U_N = np.absolute(U_J)  # shift counts and exponents: 0..6
U_B = B_A.copy()


def out_of(dtype):
    return lambda: np.zeros(37, dtype)


F64, F32, I64, I32, BOOL = (out_of(t) for t in (np.float64, np.float32, np.int64, np.int32, np.bool_))
FLOAT_UNARY = [((U_F,), F64), ((U_F.astype(np.float32),), F32), ((U_I,), F64), ((-1.25,), F64), ((U_F,), F32)]
SAME_UNARY = [((U_F,), F64), ((U_I,), I64), ((U_I.astype(np.int32),), I32), ((U_I,), F64), ((-7,), I64),
              ((U_F,), F32)]
# NumPy 2.4's SIMD loops of isinf, isfinite and signbit write only some elements of a strided bool output
# (np.isinf(np.full(37, np.inf), out=np.zeros(74, bool)[::2]) sets 9 of 37), so here wide is int8.
PREDICATE = [((U_F,), BOOL, np.int8), ((U_F.astype(np.float32),), BOOL, np.int8), ((U_I,), BOOL, np.int8),
             ((U_F,), I64), ((-0.0,), BOOL, np.int8)]
INT_UNARY = [((U_I,), I64), ((U_I.astype(np.int32),), I32), ((U_I.astype(np.int32),), I64), ((U_B,), BOOL), ((-7,), I64)]
FLOAT_BINARY = [((U_F, U_G), F64), ((U_F, 1.5), F64), ((-2.25, U_G), F64), ((2.5, -1.5), F64), ((U_F, U_G), F32),
                ((U_I, U_G), F64), ((U_F.astype(np.float32), U_G.astype(np.float32)), F32)]
INT_BINARY = [((U_I, U_J), I64), ((U_I, 4), I64), ((-9, U_J), I64), ((12, 18), I64),
              ((U_I.astype(np.int32), U_J.astype(np.int32)), I32), ((U_I.astype(np.int32), U_J.astype(np.int32)), I64),
              ((U_I, U_J), F64)]
SHIFT = [((U_I, U_N), I64), ((U_I, 3), I64), ((-9, U_N), I64), ((U_I.astype(np.int32), U_N.astype(np.int32)), I32),
         ((U_I, U_N), F64)]
BITWISE = SHIFT[:-1] + [((U_I, U_J), I64), ((U_B, U_B[::-1].copy()), BOOL), ((U_I, U_J), F64)]
MIXED_BINARY = FLOAT_BINARY + [((U_I, U_J), I64), ((U_I, 3), I64), ((U_I, U_J), F64)]
RELATION = [((U_F, U_G), BOOL), ((U_I, U_G), BOOL), ((U_F, 0.0), BOOL), ((2, U_J), BOOL), ((U_I, U_J), BOOL),
            ((U_F, U_G), I64), ((1.5, 1.5), BOOL), ((U_B, U_B[::-1].copy()), BOOL)]
LDEXP = [((U_F, U_N), F64), ((U_F, 3), F64), ((1.5, U_N), F64), ((U_F.astype(np.float32), U_N.astype(np.int32)), F32),
         ((U_F, U_N), F32)]
UFUNC_OUTS = [
    (1, FLOAT_UNARY, "sin cos tan arcsin arccos arctan sinh cosh tanh arcsinh arccosh arctanh exp2 expm1 log log2 "
                     "log10 log1p cbrt fabs rint deg2rad rad2deg degrees radians floor ceil trunc"),
    (1, FLOAT_UNARY[:2] + FLOAT_UNARY[3:], "reciprocal"),  # integer input is a TypingError in Jumba (docs/subset.md)
    (1, FLOAT_UNARY[:1] + FLOAT_UNARY[2:], "spacing"),  # float32 input computes in float64 (docs/subset.md)
    (1, SAME_UNARY, "positive square absolute sign"),
    (1, SAME_UNARY + [((U_F + 1j * U_G,), out_of(np.complex128)), ((U_I,), out_of(np.complex128))], "conjugate"),
    (1, PREDICATE, "isinf isfinite signbit logical_not"),
    (1, INT_UNARY, "invert bitwise_not"),
    (2, FLOAT_BINARY[:-1], "nextafter"),  # float32 inputs compute in float64 (docs/subset.md)
    (2, FLOAT_BINARY, "logaddexp2 float_power heaviside arctan2 hypot copysign true_divide"),
    (2, MIXED_BINARY, "remainder mod fmod fmax fmin"),
    (2, INT_BINARY, "gcd lcm"),
    (2, SHIFT, "right_shift"),
    (2, BITWISE, "bitwise_or bitwise_xor"),
    (2, RELATION, "less less_equal greater_equal equal not_equal logical_or logical_xor"),
    (2, LDEXP, "ldexp"),
]
UFUNC_OUT_REFUSED = [((U_F,), I64, "sin"), ((U_F + 1j * U_G,), F64, "conjugate"), ((U_F,), BOOL, "absolute"),
                     ((U_F, U_G), I64, "fmax"), ((U_F, U_G), BOOL, "logaddexp2"), ((U_I, U_J), BOOL, "gcd")]


def ufunc_out_kernels():
    """The source of kernels/ufunc_outs.py: per ufunc of UFUNC_OUTS, <name>_outs(inputs..., out, wide)."""
    parts = ['"""Generated by tools/numpy_golden/generate.py from the UFUNC_OUTS table of cases.py: do not edit.\n\n'
             'Each kernel computes its ufunc into a positional output and, with out=, into every other element of\n'
             'wide; the first call returns its output (the same array as out)."""\n'
             'import numpy as np\nfrom numba import njit\n']
    for nin, _, names in UFUNC_OUTS:
        inputs = "x, y" if nin == 2 else "x"
        for name in names.split():
            parts.append("\n@njit\ndef %s_outs(%s, out, wide):\n    r = np.%s(%s, out)\n    np.%s(%s, out=wide[::2])\n"
                         "    return r, wide\n" % (name, inputs, name, inputs, name, inputs))
    parts.append("\n@njit\ndef divmod_outs(x, y, q, r, q2, r2):\n    t = np.divmod(x, y, q, r)\n"
                 "    np.divmod(x, y, out=(q2[::2], r2[::2]))\n    return t[0], t[1], q2, r2\n")
    return "\n".join(parts)


# logaddexp2 of float32 computes in float64 and rounds once (NumPy: in float32, about 2e-6 off near cancellation)
FLOAT32_TOLERANCE = {"logaddexp2": (1e-5, 0.0)}
for _, operand_sets, names in UFUNC_OUTS:
    for name in names.split():
        for inputs, out, *wide in operand_sets:
            args = (*inputs, out(), np.zeros(74, wide[0] if wide else out().dtype))
            if name in FLOAT32_TOLERANCE and any(getattr(a, "dtype", None) == np.float32 for a in inputs):
                add_close(*FLOAT32_TOLERANCE[name], "ufunc_outs.py", name + "_outs", *args)
            else:
                add("ufunc_outs.py", name + "_outs", *args)
for inputs, out, name in UFUNC_OUT_REFUSED:
    add_typing_error("ufunc_outs.py", name + "_outs", *inputs, out(), np.zeros(74, out().dtype))
for x, y, t in [(U_I, U_J, I64), (U_F, U_G, F64), (U_I, U_G, F64), (U_F, -1.5, F64), (7, U_J, I64), (U_I, U_J, F64)]:
    add("ufunc_outs.py", "divmod_outs", x, y, t(), t(), np.zeros(74, t().dtype), np.zeros(74, t().dtype))
add_typing_error("ufunc_outs.py", "divmod_outs", U_F, U_G, I64(), I64(), np.zeros(74, np.int64), np.zeros(74, np.int64))

# 3. Statistics over all elements.
S_F = np.round(np.random.default_rng(20).standard_normal(37) * 5 + 2, 4)
S_NAN = S_F.copy()
S_NAN[[0, 7, 30]] = np.nan
for a in [S_F, ints(37, 21), S_F.reshape(37, 1), S_F[:36].reshape(6, 6)[:, ::2]]:
    add("statistics.py", "var_std", a)
    add("statistics.py", "ptp_count", a)
add("statistics.py", "ptp_count", with_zeros(ints(37, 22)))
add("statistics.py", "nan_family", S_NAN)
add("statistics.py", "nan_family", S_F[:5].copy())
add("statistics.py", "nan_family", np.full(5, np.nan))
NAN_SMALL = np.round(np.random.default_rng(28).uniform(0.5, 1.5, 37), 2)
NAN_SMALL[[0, 7, 20, 36]] = np.nan
for a in [NAN_SMALL, NAN_SMALL[:6].copy(), ints(9, 29, -3, 4), np.full(4, np.nan), NAN_SMALL[:36].reshape(6, 6)]:
    add("statistics.py", "nan_order_statistics", a)
add("statistics.py", "nan_family", ints(9, 23, 1, 4))
add("statistics.py", "var_of_expression", S_F, S_F[::-1].copy())
add("statistics.py", "too_few_for_ddof", S_F[:1].copy())
SMALL = np.round(np.random.default_rng(24).standard_normal(9) * 2, 3)
for a in [SMALL, ints(9, 25, -4, 5), SMALL.astype(np.float32), S_F]:
    add("statistics.py", "cumulative", a)
for a in [S_F, S_F[:36].copy(), ints(37, 26), S_NAN, S_F[::3]]:
    add("statistics.py", "order_statistics", a)
add("statistics.py", "weighted", S_F, np.abs(S_F[::-1].copy()))
add("statistics.py", "weighted", ints(9, 27), ints(9, 28, 1, 5))
add("statistics.py", "weighted", S_F[:3].copy(), np.array([1.0, -1.0, 0.0]))
add("statistics.py", "diff_negative", SMALL)
add("statistics.py", "percentile_out_of_range", SMALL)

# 4. axis= on 2-d and 3-d arrays: constant axes (every reduction), run-time axes (as Numba allows for sum).
A2 = np.round(np.random.default_rng(30).standard_normal((7, 10)) * 10, 2)
A2[2, 3] = A2[2, 5]  # a tie: argmin/argmax keep the first
A3 = ints(2 * 5 * 11, 31).reshape(2, 5, 11)
# Multiples of 1/8: float32 sums are exact in any order (NumPy adds pairwise, Jumba in sequence).
A3F = (np.round(np.random.default_rng(32).standard_normal((3, 4, 9)) * 24) / 8).astype(np.float32)
B2 = np.random.default_rng(33).integers(0, 2, (6, 9)).astype(bool)
B2[0, :] = True
B2[:, 1] = False
for a in [A2, A3, A3F, ints(70, 34).reshape(7, 10), A2.T, A3[:, ::2, 1:]]:
    add("axes.py", "folds_axis0", a)
    add("axes.py", "folds_last_axis", a)
    add("axes.py", "arg_axes", a)
for a in [A3, A3F, A3[:, ::-1, :]]:
    add("axes.py", "arg_middle_axis", a)
    add("axes.py", "truth_middle_axis", a)
for a in [B2, A2, ints(60, 35, -1, 2).reshape(3, 4, 5)]:
    add("axes.py", "truth_axes", a)
for k in [0, 1, -1, 2, -2]:
    add("axes.py", "runtime_axis", A3, k)
add("axes.py", "runtime_axis", A2, 1)
add("axes.py", "runtime_axis", A2, 2)
add("axes.py", "runtime_axis", A2, -3)
add("axes.py", "runtime_axis_1d", A2[0].copy(), 0)
add("axes.py", "runtime_axis_1d", A2[0].copy(), 1)
for a in [A2, A3, A3F, ints(70, 36).reshape(7, 10)]:
    add("axes.py", "var_std_axis", a)
add("axes.py", "argmin_empty_axis", np.zeros((0, 3)))
add_typing_error("axes.py", "axis_out_of_range", A2)
add_typing_error("axes.py", "float_axis", A2)
# ptp, count_nonzero, median, percentile, quantile (and the nan* forms), diff and average along an axis.
A2_NAN = A2.copy()
A2_NAN[1, [0, 4, 9]] = np.nan
A2_NAN[:, 6] = np.nan  # a run of NaN only: nanmedian gives NaN
A2_NAN[4, 2] = np.nan
for a in [A2, A3, A3F, with_zeros(ints(70, 37, -3, 4)).reshape(7, 10), A2.T, A3[:, ::2, 1:], A2_NAN]:
    add("axes.py", "spread_axes", a)
    add("axes.py", "order_axes", a)
    add("axes.py", "diff_axes", a)
for k in [0, 1, -1, 2]:
    add("axes.py", "statistics_runtime_axis", A3, k)
add("axes.py", "statistics_runtime_axis", A2_NAN, 1)
add("axes.py", "statistics_runtime_axis", A2, -3)
add("axes.py", "statistics_runtime_axis", A2[0].copy(), 0)
W2 = np.round(np.random.default_rng(38).uniform(0.0, 2.0, (7, 10)), 2)
add("axes.py", "average_axes", A2, W2, W2[:, 0].copy())
add("axes.py", "average_axes", ints(70, 39).reshape(7, 10), ints(70, 40, 1, 5).reshape(7, 10), ints(7, 41, 1, 5))
add("axes.py", "average_axes", A2, W2, np.zeros(7))  # weights summing to 0: ZeroDivisionError
add("axes.py", "average_axes", A2, W2, W2[0, :].copy())  # 10 weights for an axis of 7: ValueError
for k in [0, 1, -2]:
    add("axes.py", "average_runtime_axis", A3F, k, np.arange(A3F.shape[k], dtype=np.float64) + 0.5)
add_typing_error("axes.py", "median_axis_out_of_range", A2)
add("axes.py", "average_shapes_differ", A2, W2[:, :9].copy())  # TypeError: axis needed when shapes differ
add("axes.py", "average_lengths_differ", A2[0].copy(), W2[0, :9].copy())  # 1-d too: TypeError
add("axes.py", "average_lengths_differ_on_axis", A2[0].copy(), W2[0, :9].copy())  # ValueError

# 5. Shapes and views.
R12 = np.arange(12, dtype=np.float64) * 1.5 - 4
M34 = ints(12, 40).reshape(3, 4)
T234 = np.round(np.random.default_rng(41).standard_normal((2, 3, 4)) * 5, 2)
V5 = np.round(np.random.default_rng(42).standard_normal(5) * 5, 2)
add("shapes.py", "reshapes", R12)
add("shapes.py", "reshapes", ints(12, 43))
add("shapes.py", "reshape_is_a_view", R12)
add("shapes.py", "reshape_bad_size", R12)
add("shapes.py", "reshape_two_unknowns", R12)
add_typing_error("shapes.py", "reshape_strided", R12)
add("shapes.py", "ravel_flatten", M34)
add("shapes.py", "ravel_flatten", T234[0])
add("shapes.py", "ravel_writes_through", M34)
add("shapes.py", "transposes", T234)
add("shapes.py", "transposes", ints(24, 44).reshape(2, 3, 4))
add("shapes.py", "transposed_sum", T234)
add("shapes.py", "new_axes", V5, M34)
add("shapes.py", "squeezes", M34)
add("shapes.py", "squeeze_not_one", M34)
add_typing_error("shapes.py", "squeeze_without_axis", M34)
add("shapes.py", "at_least", 2.5, V5, M34.astype(np.float64))
add("shapes.py", "at_least_many", V5, M34.astype(np.float64))
add("shapes.py", "joins", V5, V5[::-1] * 2)
add("shapes.py", "joins", ints(5, 45), V5)
add("shapes.py", "joins_2d", M34, M34 * 10)
add("shapes.py", "joins_2d", M34.astype(np.float32), ints(12, 47).reshape(3, 4).astype(np.int32))
add("shapes.py", "joins_mixed", np.arange(4.0), M34.astype(np.float64))
add("shapes.py", "joins_mixed", np.arange(4.0), M34[:, :3].copy())
add("shapes.py", "joins_mixed", np.arange(3.0), M34.astype(np.float64).T[:3].copy())
add("shapes.py", "concatenate_mismatch", M34, T234[0, :, :3].copy())
add("shapes.py", "stack_mismatch", V5, V5[:4].copy())
add("shapes.py", "repeats", M34, 3)
add("shapes.py", "repeats", V5, 0)
add("shapes.py", "repeats", V5, -1)
for s in [2, 7, -13, 0]:
    add("shapes.py", "rolls", M34, s)
add("shapes.py", "rolls", V5, 3)
add("shapes.py", "rolls", np.zeros(0), 3)
add("shapes.py", "flips", M34)
add("shapes.py", "flips", T234)
add("shapes.py", "fills", M34, 5)
add("shapes.py", "fills", T234[0].copy(), 2.5)
add("shapes.py", "shape_queries", M34, 1.5)
add("shapes.py", "shape_queries", T234[0].astype(np.float32), 3)
add("shapes.py", "view_strides", M34, np.arange(7) * (1 + 2j))
add("shapes.py", "view_strides", M34[:, :3].copy(), np.arange(7, dtype=np.complex64))
add("shapes.py", "cumulative_nd", np.round(M34 / 7.0, 3))
add("shapes.py", "cumulative_nd", ints(12, 46, -3, 4).reshape(3, 4))
add_typing_error("shapes.py", "transpose_axes_wrong", T234)

# 6. Matrix constructors.
add("creation.py", "identities", 4)
add("creation.py", "dtype_values", np.array([1.5, -2.25, 3.0], np.float32), np.array([1, -2, 3], np.int8), 3)
add("creation.py", "dtype_values", np.array([[1.5, 2.0]]), np.array([True, False]), 0)
add_typing_error("creation.py", "dtypes_compared", np.zeros(2), np.zeros(2))
add("creation.py", "frombuffer_views", np.arange(6.0).reshape(2, 3), np.array([1, 2**63 + 5, 7], np.uint64))
add("creation.py", "identities", 0)
for n, m, k in [(4, 6, 1), (5, 3, 2), (3, 3, 0), (1, 4, 7), (0, 2, 1)]:
    add("creation.py", "eyes", n, m, k)
    add("creation.py", "tris", n, m, k)
for a in [M34, M34.T, T234[0], np.round(np.random.default_rng(50).standard_normal((6, 5)) * 3, 2)]:
    for k in [0, 1, -2]:
        add("creation.py", "triangles", a, k)
for v in [V5, ints(3, 51), np.zeros(0)]:
    add("creation.py", "diagonals", v, 2)
for m in [M34, M34.T, T234[1]]:
    add("creation.py", "diagonal_of", m, 1)
    add("creation.py", "diagonal_of", m, 3)
add("creation.py", "eye_negative", -1)
add_typing_error("creation.py", "tril_of_vector", V5)
# stacks of matrices: the last two axes
for a in [T234, ints(2 * 3 * 4 * 5, 52).reshape(2, 3, 4, 5), T234.transpose(2, 0, 1)]:
    for k in [0, 2]:
        add("creation.py", "triangles", a, k)
add("creation.py", "from_tuples", 2.5, 7)
add("creation.py", "from_tuple_value", 1.25)
add("creation.py", "from_tuple_value", 3)
add("creation.py", "from_arrays", np.round(V5 * 3, 1))
add_typing_error("creation.py", "ragged", 1.0)
add("creation.py", "limits")
add_typing_error("creation.py", "limits_of_values", V5.astype(np.float32), 3)
add_typing_error("creation.py", "iinfo_of_float")
for n in [0, 1, 2, 7, 40]:
    add("creation.py", "spaced", n)
add("creation.py", "spaced", -1)
add_typing_error("creation.py", "spaced_endpoint_at_run_time", 5, False)
add("creation.py", "dtype_of", np.round(V5 * 3, 1), ints(2, 52).astype(np.int32))
add("creation.py", "dtype_of", ints(4, 53), np.zeros(1, np.float32))
for start, stop, step in [(0.0, 1.0, 0.25), (1.0, 0.0, -0.3), (0.5, 3.2, 0.7), (0.0, 1.0, -0.5), (0.1, 0.7, 0.1)]:
    add("creation.py", "float_ranges", start, stop, step)
add("creation.py", "likes_with_dtype", np.round(V5 * 3, 1), 2.75, 3)
add("creation.py", "likes_with_dtype", ints(2, 56).reshape(2, 1), -7.5, 0)
add("shapes.py", "moved", T234)
add("shapes.py", "new_axis_store", M34.copy(), ints(4, 54))
add("shapes.py", "ellipses", T234)
add("shapes.py", "ellipsis_store", T234.copy(), 5.5)
add_typing_error("shapes.py", "two_ellipses", T234)
add("shapes.py", "list_literals", 0.5)
for a in [np.round(A2 / 10, 2), A3, A3F, ints(12, 55, -3, 4).reshape(3, 4).astype(np.int32), B2, A2.T]:
    add("axes.py", "cumulative_axes", a)

# 7. Sorting, searching and counting (1-d). Ties and NaNs included: NaN sorts last; argsort is stable.
SORT_F = np.round(np.random.default_rng(30).standard_normal(37) * 3, 1)  # one decimal: ties
SORT_F[[4, 19]] = np.nan
SORT_F[[9]] = np.inf
SORT_F[[11]] = -np.inf
SORT_I = ints(37, 31, -6, 7)
for a in [SORT_F, SORT_I, SORT_F.astype(np.float32), SORT_F[::-2], np.array([], dtype=np.float64)]:
    add("sorting.py", "sorted_and_order", a)
    add("sorting.py", "distinct", a)
for m in [SORT_F[:36].reshape(6, 6), SORT_I[:36].reshape(3, 3, 4), SORT_F[:36].reshape(6, 6).T, SORT_F[:35].reshape(5, 7).astype(np.float32)]:
    add("sorting.py", "sorted_rows", m)
add("sorting.py", "sort_in_place", SORT_F.copy())
add("sorting.py", "sort_in_place", SORT_I.copy())
# Default and quicksort argsort on tie-free arrays (a NaN, infinities): which of equal keys comes first is each
# implementation's own (NumPy's introsort or SIMD sort, Numba's quicksort, Jumba's stable sort).
UNIQUE_F = np.random.default_rng(40).permutation(np.round(np.linspace(-9.0, 9.0, 36), 2))
UNIQUE_F = np.concatenate([UNIQUE_F[:10], [np.nan], UNIQUE_F[10:]])
UNIQUE_F[[3, 20]] = [np.inf, -np.inf]
for a in [UNIQUE_F, UNIQUE_F.astype(np.float32), np.random.default_rng(41).permutation(np.arange(-30, 40)),
          UNIQUE_F[::-3]]:
    add("sorting.py", "unstable_order", a)
add("sorting.py", "search", SORT_F, np.array([-1.0, 0.0, 0.3, np.nan, np.inf, 100.0, -np.inf]), 0.5)
add("sorting.py", "search", SORT_I, np.array([-7, -6, 0, 3, 6, 7]), 2)
COUNT_X = ints(37, 32, 0, 12)
add("sorting.py", "counts", COUNT_X, np.round(np.random.default_rng(33).uniform(0, 2, 37), 3))
add("sorting.py", "negative_count", np.array([1, 2, -1, 3]))
EDGES = np.array([-2.0, -0.5, 0.0, 1.0, 3.5])
add("sorting.py", "bins_of", SORT_F, EDGES, 1.0)
add("sorting.py", "bins_of", SORT_F, EDGES[::-1].copy(), -0.5)
add("sorting.py", "bins_of", SORT_I, np.array([-4, 0, 0, 2, 5]), 0)
add("sorting.py", "unordered_bins", SORT_F, np.array([0.0, 2.0, 1.0]))
XP = np.array([-2.0, -1.0, 0.5, 0.5, 2.0, 4.0])
FP = np.array([3.0, 1.0, -1.0, 2.0, np.inf, 5.0])
add("sorting.py", "interpolate", SORT_F, XP, FP, 0.75)
add("sorting.py", "interpolate", SORT_I, XP, FP, 4.0)
add("sorting.py", "interpolate", SORT_F, XP[:1].copy(), FP[:1].copy(), -3.0)
HIST_A = np.round(np.random.default_rng(34).standard_normal(70) * 2, 2)
add("sorting.py", "histograms", HIST_A, np.array([-5.0, -1.0, 0.0, 0.25, 2.0, 6.0]))
add("sorting.py", "histograms", ints(37, 35, -3, 5), np.array([-3.0, 0.0, 4.0]))
add("sorting.py", "histogram_of_constant", np.full(5, 2.5))
add("sorting.py", "bad_range", HIST_A)
# Equal bins over samples on, just below and just above every edge (NumPy's corrections of the scaled index against
# np.linspace's edges), out of range, NaN and infinities; long enough for the runtime's lanes, contiguous or not.
def edgy(lo, hi, bins, seed):
    e = np.linspace(lo, hi, bins + 1)
    near = np.concatenate([e, np.nextafter(e, -np.inf), np.nextafter(e, np.inf)])
    spread = np.random.default_rng(seed).uniform(lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo), 200)
    return np.concatenate([near, spread, [np.nan, np.inf, -np.inf, lo, hi]])
for lo, hi, bins in [(-3.0, 4.5, 7), (0.1, 0.7, 3), (1e6, 1e6 + 1, 10), (-1e-300, 1e-300, 64), (2.0, 2.0, 5)]:
    add("sorting.py", "binned", edgy(lo, hi, bins, 36), bins, lo, hi)
add("sorting.py", "binned", edgy(-3.0, 4.5, 7, 37)[::3], 7, -3.0, 4.5)
add("sorting.py", "binned", ints(300, 39, -20, 20), 13, -7.5, 11.0)
# np.partition and np.argpartition: kth an int (also negative), an array or a tuple; ties and NaNs (NaN last).
for a in [SORT_F, SORT_I, SORT_F.astype(np.float32), SORT_F[::-2]]:
    for k in [0, 2, 17, -1]:
        add("sorting.py", "partitioned", a, k)
    add("sorting.py", "partitioned_many", a, np.array([2, 5, -3], dtype=np.int64))
    add("sorting.py", "partitioned_tuple", a)
add("sorting.py", "partitioned", np.array([3.0]), 0)
add("sorting.py", "partition_out_of_bounds", SORT_F, 37)
add("sorting.py", "partition_out_of_bounds", SORT_F, -38)
add("sorting.py", "partition_out_of_bounds", np.array([], dtype=np.float64), 0)
# N-d: along the last axis, as Numba's partition.
SORT_M = SORT_F[:36].reshape(4, 9)
for m in [SORT_M, SORT_I[:36].reshape(4, 9), SORT_M.astype(np.float32), SORT_M.T, SORT_F[:36].reshape(2, 3, 6)]:
    for k in [0, 2]:
        add("sorting.py", "partitioned_rows", m, k)
for m in [SORT_M, SORT_I[:36].reshape(4, 9), SORT_M.T]:
    add("sorting.py", "argpartitioned_rows", m, 3)
add("sorting.py", "partition_out_of_bounds", SORT_M, 9)

# 8. Advanced indexing: one integer or boolean array among the items (Numba's subset), read and write.
IDX_A = np.round(np.random.default_rng(40).standard_normal(37) * 3, 2)
IDX = np.array([0, 36, -1, -37, 5, 5, 12], dtype=np.int64)
for a in [IDX_A, ints(37, 41), IDX_A.astype(np.float32)]:
    add("indexing.py", "mask_read", a, 0.5)
    add("indexing.py", "mask_write", a.copy(), 0.5)
    add("indexing.py", "mask_update", a.copy(), 0.0)
    add("indexing.py", "fancy_read", a, IDX)
    add("indexing.py", "fancy_read", a, IDX.astype(np.int32))
    add("indexing.py", "fancy_update", a.copy(), np.array([3, 3, -2], dtype=np.int64))
add("indexing.py", "mask_write_values", IDX_A.copy(), 0.5, np.arange(37.0))
add("indexing.py", "fancy_read", IDX_A, np.array([], dtype=np.int64))
add("indexing.py", "fancy_read", IDX_A, np.array([3, 37], dtype=np.int64))
add("indexing.py", "fancy_read", IDX_A, np.array([-38], dtype=np.int64))
add("indexing.py", "fancy_write", IDX_A.copy(), IDX, 7.5)
add("indexing.py", "fancy_write", IDX_A.copy(), np.array([1, 4, 9], dtype=np.int64), np.array([10.0, 20.0, 30.0]))
add("indexing.py", "fancy_write", IDX_A.copy(), np.array([1, 4, 9], dtype=np.int64), np.array([10.0, 20.0]))
M = ints(70, 42).reshape(7, 10)
add("indexing.py", "rows_and_columns", M, np.array([6, 0, -2], dtype=np.int64),
    np.array([True, False, True, True, False, False, True]))
add("indexing.py", "rows_and_columns", M.astype(np.float64).T.copy()[:7, :7], np.array([1, 2], dtype=np.int64),
    np.ones(7, dtype=np.bool_))
add("indexing.py", "rows_and_columns", M, np.array([6, 0], dtype=np.int64), np.ones(6, dtype=np.bool_))
add("indexing.py", "write_columns", M.copy(), np.array([9, 0, 3], dtype=np.int64), 0)
add("indexing.py", "write_columns", M.copy(), np.array([9, 0], dtype=np.int64), ints(14, 43).reshape(7, 2))
add("indexing.py", "write_rows", M.copy(), np.array([6, 2], dtype=np.int64))
add("indexing.py", "mask_2d", M.copy(), 10)
add("indexing.py", "mask_2d", np.round(np.random.default_rng(44).standard_normal((5, 6)), 2), 0.0)
add("indexing.py", "view_read", IDX_A, np.array([0, 18, -1], dtype=np.int64))
add_typing_error("indexing.py", "fancy_read", IDX_A, np.array([1.0, 2.0]))
add("indexing.py", "take", IDX_A, np.array([0, -1, 7], dtype=np.int64))
add("indexing.py", "take", M, np.array([0, 69, 3], dtype=np.int64))
add("indexing.py", "take", M, np.array([70], dtype=np.int64))
add("indexing.py", "take", M, np.array([0, 6, -3], dtype=np.int64))

# 9. Random numbers: NumPy's legacy RandomState stream after np.random.seed(s), CPython's after random.seed(s).
# Seeds cover 0, small, large and the largest NumPy accepts; Python's also negative and above 2**32 (two words).
for seed in [0, 1, 12345, 2 ** 32 - 1]:
    for f in ["uniforms", "normals", "integers", "exponentials_and_gammas", "betas", "counts"]:
        add("randoms.py", f, seed, 37)
    add("randoms.py", "permutations", seed, ints(12, 40 + seed % 7, -9, 9))
add("randoms.py", "permutations", 5, np.round(np.random.default_rng(41).standard_normal(9), 3))
add("randoms.py", "monte_carlo_pi", 2024, 10000)
add("randoms.py", "draw_once_in_an_array_expression", 3, np.arange(37.0))
add("randoms.py", "repeated_draws", 11)
add("randoms.py", "bad_scale", -1.0)
add("randoms.py", "bad_scale", 0.0)
add("randoms.py", "bad_bounds", 5, 5)
add("randoms.py", "bad_bounds", 0, 1)
add("randoms.py", "bad_seed", -1)
add("randoms.py", "bad_seed", 2 ** 32)
add("randoms.py", "bad_p", 1.5)
add("randoms.py", "bad_p", float("nan"))
add("randoms.py", "bad_lam", -0.5)
add("randoms.py", "too_many", 4)
for seed in [0, 42, -7, 2 ** 40 + 3]:
    add("randoms.py", "python_module", seed, 37)
    add("randoms.py", "python_shuffle", seed, ints(11, 42, -9, 9))
add("randoms.py", "python_empty_range", 3, 3)
add("randoms.py", "python_empty_range", 0, 5)
add("randoms.py", "python_zero_step", 5)
# The other distributions of NumPy's legacy RandomState and of Python's random module (issue 13, Numba's lists).
for seed in [0, 1, 12345, 2 ** 32 - 1]:
    for f in ["gamma_family", "exponential_family", "uniform_family", "discrete_family"]:
        add("randoms.py", f, seed, 37)
for seed in [0, 42, -7, 2 ** 40 + 3]:
    add("randoms.py", "python_variates", seed, 37)
for df in [0.0, -1.0]:
    add("randoms.py", "bad_df", df)
add("randoms.py", "bad_df", 0.5)
for s in [-0.0, -1.0, 0.0, float("nan")]:
    add("randoms.py", "bad_laplace_scale", s)
for p in [0.0, 1.5, float("nan"), 1.0]:
    add("randoms.py", "bad_geometric", p)
for a in [1.0, float("nan"), 1.5]:
    add("randoms.py", "bad_zipf", a)
for p in [1.0, -0.1, 0.0]:
    add("randoms.py", "bad_logseries", p)
for left, mode, right in [(1.0, 0.5, 2.0), (0.0, 3.0, 2.0), (1.0, 1.0, 1.0), (1.0, 1.0, 2.0)]:
    add("randoms.py", "bad_triangular", left, mode, right)
for good, bad, sample in [(2, 3, 6), (-1, 5, 2), (3, -1, 1), (3, 4, 0), (3, 4, 7)]:
    add("randoms.py", "bad_hypergeometric", good, bad, sample)
add("randoms.py", "python_bad_gamma", 0.0)
add("randoms.py", "python_bad_gamma", -2.0)
add("randoms.py", "python_bad_bits", -1)

# 10. Searching, clipping, rounding and closeness.
NZ_F = np.round(np.random.default_rng(50).standard_normal(37), 1)
NZ_F[::4] = 0.0
NZ_F[5] = np.nan
NZ_I = with_zeros(ints(37, 51, -3, 3))
for a in [NZ_F, NZ_I, NZ_I > 0, NZ_I.reshape(1, 37)[:, ::2].copy(), with_zeros(ints(24, 52, -2, 2)).reshape(2, 3, 4),
          np.zeros(5)]:
    add("searching.py", "nonzero_forms", a)
add("searching.py", "clipped", X_FLOAT, -3.5, 4.0)
add("searching.py", "clipped", X_INT, -10, 20)
add("searching.py", "clipped", X_INT, -2.5, 7.5)
add("searching.py", "clipped", X_FLOAT, 4.0, -3.5)
add("searching.py", "clipped", X_2D, -5, 5)
add("searching.py", "clipped", 3.7, 0.0, 1.0)
ROUND_F = np.round(np.random.default_rng(53).standard_normal(37) * 1000, 6)
ROUND_F[[0, 1, 2, 3]] = [2.5, -0.125, 1234.5, np.nan]
for d in [0, 1, 3, -1, -2]:
    add("searching.py", "rounded", ROUND_F, d)
add("searching.py", "rounded", ints(37, 54, -5000, 5000), -2)
add("searching.py", "rounded", ints(37, 54, -5000, 5000), 1)
add("searching.py", "rounded", ROUND_F.astype(np.float32), 1)
add("searching.py", "round_scalar", 2.675, 2)
add("searching.py", "round_scalar", -1250.0, -2)
add("searching.py", "round_scalar", 1251, -1)
CLOSE_A = np.round(np.random.default_rng(55).standard_normal(37), 3)
CLOSE_B = CLOSE_A + np.round(np.random.default_rng(56).standard_normal(37), 3) * 1e-4
CLOSE_A[[1, 2, 3, 4]] = [np.inf, -np.inf, np.nan, np.inf]
CLOSE_B[[1, 2, 3, 4]] = [np.inf, np.inf, np.nan, 1e308]
add("searching.py", "closeness", CLOSE_A, CLOSE_B)
add("searching.py", "closeness", CLOSE_A[5:].copy(), CLOSE_B[5:].copy())
add("searching.py", "closeness", ints(37, 57, -3, 3), ints(37, 57, -3, 3))
add("searching.py", "closeness", CLOSE_A[5:].copy(), 0.5)
add("searching.py", "close_scalars", 1.0, 1.0 + 1e-9)
add("searching.py", "close_scalars", 1.0, 1.4)
add("searching.py", "equal_arrays", X_INT, X_INT.copy())
add("searching.py", "equal_arrays", X_INT, Y_INT)
add("searching.py", "equal_arrays", X_2D, X_2D.copy())
add("searching.py", "equal_arrays", NZ_F, NZ_F.copy())
for a in [NZ_F, NZ_I > 0, with_zeros(ints(24, 52, -2, 2)).reshape(2, 3, 4)]:
    add("searching.py", "nonzero_method", a)

# 10. Linear algebra. Products at lengths that run whole vector steps and a tail; decompositions of small random
# matrices, with tolerances for their rounding (LAPACK and EJML differ in the order of operations).
def normal(shape, seed):
    return np.random.default_rng(seed).standard_normal(shape)


LA_V = np.round(normal(37, 60), 3)
LA_W = np.round(normal(10, 61), 3)
LA_M = np.round(normal((37, 10), 62), 3)
LA_N = np.round(normal((10, 37), 63), 3)
add("linalg.py", "products", LA_V[:10].copy(), LA_W, LA_M, LA_N)
add("linalg.py", "products", ints(10, 64), ints(10, 65), ints(370, 66).reshape(37, 10), ints(370, 67).reshape(10, 37))
add_close(1e-5, 1e-5, "linalg.py", "products", LA_W.astype(np.float32), LA_W[::-1].astype(np.float32),
          LA_M.astype(np.float32), LA_N.astype(np.float32))
add("linalg.py", "products", LA_W, LA_W, LA_M[::2], LA_N[:, ::3])
add("linalg.py", "small_products", LA_V, LA_V[::-1].copy(), LA_M[:10])
add("linalg.py", "small_products", ints(37, 68), ints(37, 69), ints(70, 70).reshape(7, 10))
add("linalg.py", "kron_products", LA_W[:5].copy(), LA_V[:9].copy(), LA_M[:3, :4].copy(), LA_N[:5, :7].copy())
add("linalg.py", "kron_products", ints(5, 71), ints(9, 72), ints(12, 73).reshape(3, 4), ints(35, 74).reshape(5, 7))
for x in [LA_V, ints(37, 75), LA_V.astype(np.float32), with_zeros(LA_V, 5)]:
    add_close(1e-5 if x.dtype == np.float32 else 1e-12, 0.0, "linalg.py", "vector_norms", x)
for m in [LA_M[:9, :9].copy(), LA_M, LA_N, ints(70, 76).reshape(7, 10)]:
    add_close(1e-10, 1e-12, "linalg.py", "matrix_norms", m)
    add_close(1e-12, 0.0, "linalg.py", "axis_norms", m)

SQUARE = np.round(normal((9, 9), 80), 3)
SPD = SQUARE @ SQUARE.T + 9 * np.eye(9)
SINGULAR = SQUARE.copy()
SINGULAR[4] = 0.0
DUPLICATE_ROWS = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
for a in [SQUARE, SQUARE.T, SPD, ints(16, 81, -4, 5).reshape(4, 4), SINGULAR, DUPLICATE_ROWS, np.eye(0)]:
    add_close(1e-10, 1e-12, "linalg.py", "determinants", a)
add_close(1e-5, 1e-6, "linalg.py", "determinants", SQUARE.astype(np.float32))
for a in [SQUARE, SPD, ints(16, 82, -4, 5).reshape(4, 4) + 10 * np.eye(4, dtype=np.int64)]:
    add_close(1e-10, 1e-12, "linalg.py", "inverse", a)
add_close(1e-4, 1e-5, "linalg.py", "inverse", SPD.astype(np.float32))
add("linalg.py", "inverse", SINGULAR)
add("linalg.py", "inverse", DUPLICATE_ROWS)
add("linalg.py", "inverse", LA_M[:3, :4].copy())
add_close(1e-10, 1e-12, "linalg.py", "solves", SQUARE, LA_V[:9].copy())
add_close(1e-10, 1e-12, "linalg.py", "solves", SPD, LA_M[:9, :4].copy())
add("linalg.py", "solves", SINGULAR, LA_V[:9].copy())
add_close(1e-10, 1e-12, "linalg.py", "cholesky", SPD)
add_close(1e-10, 1e-12, "linalg.py", "cholesky", np.tril(SPD))  # the lower triangle is all that is read
add("linalg.py", "cholesky", SQUARE)  # not positive definite

SYMMETRIC = SQUARE + SQUARE.T
for a in [SYMMETRIC, SPD, np.tril(SYMMETRIC)]:
    add_close(1e-9, 1e-10, "linalg.py", "symmetric_eigen", a)
add_close(1e-4, 1e-4, "linalg.py", "symmetric_eigen", SPD.astype(np.float32))
# real eigenvalues: a similarity transform of a diagonal matrix
SIMILAR = np.round(normal((6, 6), 83), 2) + 6 * np.eye(6)
REAL_EIG = SIMILAR @ np.diag([-3.0, -1.0, 0.5, 2.0, 4.0, 7.0]) @ np.linalg.inv(SIMILAR)
for a in [REAL_EIG, SPD]:
    add_close(1e-8, 1e-9, "linalg.py", "general_eigen", a)
# complex input: complex eigenvalues and vectors, as Numba (zgeev); a real matrix with complex eigenvalues
# (a rotation) given as complex, a triangular one (the Schur form at once), complex64 and 1x1
ROTATION = np.array([[0.0, -1.0], [1.0, 0.0]])
COMPLEX_SQUARE = np.round(normal((7, 7), 85) + 1j * normal((7, 7), 86), 3)
for a in [COMPLEX_SQUARE, REAL_EIG.astype(np.complex128), ROTATION.astype(np.complex128),
          np.triu(COMPLEX_SQUARE[:5, :5]), SQUARE + 0.5j * SPD, np.array([[2.5 - 1j]])]:
    add_close(1e-8, 1e-9, "linalg.py", "complex_eigen", a)
add_close(2e-4, 2e-4, "linalg.py", "complex_eigen", COMPLEX_SQUARE.astype(np.complex64))
add("linalg.py", "complex_eigen", np.array([[1.0, np.nan], [0.0, 1j]]))  # LinAlgError
add("linalg.py", "complex_eigen", COMPLEX_SQUARE[:3, :4].copy())  # not square: LinAlgError
# np.roots: leading and trailing zeros (a zero root per trailing one), integer coefficients, a constant, all zeros
for p in [np.poly([-3.0, -1.0, 0.5, 2.0, 4.0]), np.array([0.0, 0.0, 2.0, -6.0, 4.0, 0.0, 0.0]),
          np.array([1, -6, 11, -6], dtype=np.int64), np.array([5.0]), np.zeros(3), np.array([0.0, 3.0, 0.0])]:
    add_close(1e-9, 1e-10, "linalg.py", "polynomial_roots", p)

for a in [LA_M[:9, :6].copy(), LA_N[:6, :9].copy(), SQUARE, ints(20, 84).reshape(5, 4)]:
    add_close(1e-10, 1e-11, "linalg.py", "qr", a)
    add_close(1e-9, 1e-10, "linalg.py", "svd", a)
    add_close(1e-9, 1e-10, "linalg.py", "pseudo_inverse", a)
    add("linalg.py", "ranks", a)
add("linalg.py", "ranks", SINGULAR)
add("linalg.py", "ranks", DUPLICATE_ROWS)
add("linalg.py", "ranks", np.zeros((3, 4)))
add_close(1e-9, 1e-10, "linalg.py", "least_squares", LA_M[:12, :5].copy(), LA_V[:12].copy())
add_close(1e-9, 1e-10, "linalg.py", "least_squares", LA_M[:12, :5].copy(), LA_N[:3, :12].T.copy())
add_close(1e-9, 1e-10, "linalg.py", "least_squares", LA_N[:4, :9].copy(), LA_V[:4].copy())  # under-determined
add_close(1e-9, 1e-10, "linalg.py", "least_squares", DUPLICATE_ROWS, LA_V[:3].copy())  # rank 2
add_close(1e-9, 1e-10, "linalg.py", "least_squares_rcond", LA_M[:12, :5].copy(), LA_V[:12].copy(), 0.5)
for n in [0, 1, 2, 3, 5, 6, -1, -3]:
    add_close(1e-10, 1e-12, "linalg.py", "powers", np.round(SQUARE / 3, 3), n)
add("linalg.py", "powers", ints(9, 85, -3, 4).reshape(3, 3), 7)
add("linalg.py", "powers", LA_M[:3, :4].copy(), 2)
for a in [SQUARE, SPD, np.array([[1.0, 2.0], [3.0, 4.0]])]:
    add_close(1e-8, 1e-12, "linalg.py", "conditions", a)
for a in [LA_M[:9, :6].copy(), LA_N[:4, :9].copy(), np.zeros((3, 3))]:
    add_close(1e-8, 1e-12, "linalg.py", "condition_of_any_shape", a)

# 11. Complex arrays: elementwise functions, parts and arithmetic on complex128 and complex64, zero divisors giving
# NumPy's infinities and NaN (no ZeroDivisionError for arrays).
_rng = np.random.default_rng(90)
C128 = np.round(_rng.standard_normal(37) * 3, 3) + 1j * np.round(_rng.standard_normal(37) * 3, 3)
C128[[0, 1, 2]] = [0j, complex(-0.0, 0.0), complex(2.0, -0.0)]
C128_B = np.round(_rng.standard_normal(37), 3) + 1j * np.round(_rng.standard_normal(37), 3)
C128_B[[0, 3, 4]] = [0j, 0j, 0j]
NAN_INF = np.array([complex(np.nan, 1.0), complex(1.0, np.inf), complex(-np.inf, 0.0), 1 + 1j])
for a, b in [(C128, C128_B), (C128.astype(np.complex64), C128_B.astype(np.complex64))]:
    add("complex_arrays.py", "functions", a[3:])
    add("complex_arrays.py", "trigonometric", a)
    add("complex_arrays.py", "inverse_trigonometric", a)
    add("complex_arrays.py", "reductions", a)
    add("complex_arrays.py", "dots", a, b)
    add("complex_arrays.py", "dots", a, X_FLOAT[:37])
    add("complex_arrays.py", "parts", a)
    add("complex_arrays.py", "divide", a, b)
    add("complex_arrays.py", "with_reals", a[3:], X_FLOAT[5:39])
add("complex_arrays.py", "tests", NAN_INF)
add("complex_arrays.py", "tests", NAN_INF.astype(np.complex64))
# Reductions along axes, and NumPy's order of complex values (real part, then imaginary; the first NaN wins): ties in
# the real part, NaN in either part, C- and F-ordered matrices, a transposed view, 3-d, empty inputs (ValueError for
# min/argmin, NaN means of empty runs).
C_TIES = np.array([2 + 1j, 2 + 3j, -1 + 5j, 2 - 1j, -1 + 5j, -1 + 2j, complex(-1, -0.0), 2 + 3j])
C_NAN_IM = np.array([1 + 1j, complex(1, np.nan), 3 + 0j, complex(np.nan, 0), -5 + 0j])
C_NAN_LAST = np.array([1 + 1j, -2 + 0j, 3 + 0j, complex(np.nan, np.nan)])
C_M = C128[:35].reshape(5, 7).copy()
C_M[1, :] = C_M[1, 0].real + 1j * np.arange(7.0)[::-1]  # a row of equal real parts
C_M[3, 2] = complex(np.nan, 1.0)
for dt in [np.complex128, np.complex64]:
    for a in [C_TIES, C_NAN_IM, C_NAN_LAST, C128, C_TIES[::-2]]:
        add("complex_arrays.py", "ordering", a.astype(dt))
    for m in [C_M, np.asfortranarray(C_M), C_M.T, C_TIES.reshape(2, 4), np.zeros((0, 3))]:
        add("complex_arrays.py", "reductions_along_axes", m.astype(dt))
    for m in [C_M, np.asfortranarray(C_M), C_M.T, C_TIES.reshape(4, 2)]:
        add("complex_arrays.py", "ordering_along_axes", m.astype(dt))
    add("complex_arrays.py", "reductions_3d", C128[:24].reshape(2, 3, 4).astype(dt))
C_NANS = np.array([complex(np.nan, 1), complex(1, np.nan), complex(np.nan, np.nan), 2 + 0j, complex(np.nan, 0),
                   complex(0, np.nan), -1 - 1j, complex(-0.0, 0.0), 0j, 2 + 0j, complex(np.nan, -3), -1 - 1j])
for dt in [np.complex128, np.complex64]:
    for a in [C_TIES, C_NAN_IM, C_NAN_LAST, C_NANS, C128, C_TIES[::-2], np.zeros(0)]:
        add("complex_arrays.py", "sorted_complex", a.astype(dt))
    for m in [C_M, C_M.T, C_NANS.reshape(2, 2, 3)]:
        add("complex_arrays.py", "sorted_complex_rows", m.astype(dt))
    # NumPy 2.4 hashes complex values: of all the values holding a NaN (and of 0j and -0j) it keeps the first in
    # input order
    C_ZEROS = np.array([complex(-0.0, 0.0), 1j, 0j, complex(0.0, -0.0), complex(-0.0, -0.0)])
    for a in [C_TIES, C_NAN_LAST, np.concatenate((C_NAN_LAST, C_NAN_LAST[::-1])), C128, np.zeros(0), C_NANS,
              C_NANS[::-1], C_NANS[4:], C_NAN_IM, C_NAN_IM[::-1], C_ZEROS, C_ZEROS[::-1], C_ZEROS[2:]]:
        add("complex_arrays.py", "unique_complex", a.astype(dt))
add("complex_arrays.py", "ordering", np.zeros(0, np.complex128))
# Statistics of complex arrays as NumPy computes them (var and std real: the mean of |x - mean|^2; cumulative sums,
# rounding and interpolation part by part); those Numba refuses or NumPy computes only on reals are a TypingError at
# the kernel line, never an answer from the real parts.
for dt in [np.complex128, np.complex64]:
    for a in [C128, C_NAN_IM, C_TIES]:
        add("complex_arrays.py", "statistics", a.astype(dt))
        add("complex_arrays.py", "cumulative", a.astype(dt))
    for m in [C_M, C_M.T, C_TIES.reshape(2, 4)]:
        add("complex_arrays.py", "statistics_along_axes", m.astype(dt))
    add("complex_arrays.py", "rounded", (C128 * 1.2345).astype(dt))
XP = np.array([-1.0, 0.0, 0.5, 2.0, 3.5])
for fp in [C128[:5].copy(), C_NAN_IM]:
    add("complex_arrays.py", "interpolated", np.array([-2.0, -1.0, 0.25, 1.0, 2.0, 3.0, 4.0]), XP, fp)
for func in ["median_of_complex", "percentile_of_complex", "nanmin_of_complex", "astype_real"]:
    add_typing_error("complex_arrays.py", func, C_TIES)
add_typing_error("complex_arrays.py", "weighted_average_of_complex", C_TIES, C_TIES)
add("complex_arrays.py", "ordering_along_axes", np.zeros((0, 3), np.complex128))
add("complex_arrays.py", "ordering_along_axes", np.zeros((3, 0), np.complex128))
# a.real / a.imag write through to the complex array (the "after" files), read, and pass to other kernels; C- and
# F-ordered matrices and a strided view.
for dt in [np.complex128, np.complex64]:
    for a in [C128[:11], C128[::3]]:
        for func in ["parts_write_through", "parts_passed", "parts_zeroed"]:
            add("complex_arrays.py", func, a.astype(dt))
    for m in [C_M[:3, :4], np.asfortranarray(C_M[:, :4]), C_M.T[::2]]:
        add("complex_arrays.py", "parts_of_matrix", m.astype(dt))
# np.any/np.all of complex arrays (NaN and -0.0 parts), reductions along an axis known only at run time (out of
# range: ValueError), np.dot / @ / a.dot of 1-d and 2-d complex operands (one may be real; inner lengths that differ:
# ValueError), cmath.log(z, base).
C_TRUTHS = np.array([0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(np.nan, 0), complex(0, 2), 3 + 0j])
for dt in [np.complex128, np.complex64]:
    for a in [C_TRUTHS, C_TRUTHS[1:], C_TRUTHS[3:], C_TRUTHS[:3]]:
        add("complex_arrays.py", "truths", a.astype(dt))
    add("complex_arrays.py", "truths_along_axes", C_TRUTHS.reshape(2, 3).astype(dt))
    add("complex_arrays.py", "truths_along_axes", C_TRUTHS.reshape(3, 2).T.astype(dt))
    for k in [0, 1, -1, -2, 2]:
        add("complex_arrays.py", "reductions_at_runtime_axis", C_M.astype(dt), k)
    add("complex_arrays.py", "reductions_at_runtime_axis", C128[:24].reshape(2, 3, 4).astype(dt), 1)
    add("complex_arrays.py", "reductions_at_runtime_axis", C128[:24].reshape(2, 3, 4).astype(dt), -3)
    for k in [0, -1, 1]:
        add("complex_arrays.py", "sum_at_runtime_axis", C_TIES.astype(dt), k)
    M_A = C128[:12].reshape(3, 4).astype(dt)
    M_B = C128_B[:20].reshape(4, 5).astype(dt)
    for a, b in [(M_A, M_B), (C128[:4].astype(dt), M_B), (M_A, C128_B[5:9].astype(dt)), (M_A.T, M_A),
                 (np.asfortranarray(M_A), M_B[::-1]), (M_A, X_FLOAT[5:25].reshape(4, 5)), (X_FLOAT[5:11].reshape(2, 3), M_A),
                 (X_FLOAT[5:9], M_B), (M_A, M_B[:3]), (C128[:3].astype(dt), M_B), (M_A[:0], M_B), (M_A, M_B[:, :0])]:
        add("complex_arrays.py", "dots_2d", a, b)
    add("complex_arrays.py", "log_base", C128[5:].astype(dt), C128_B[5:].astype(dt))
# np.any/np.all of real arrays, long enough for every vector width (the deciding element in the tail or the first
# lanes): NaN is true, -0.0 false.
R_ZEROS = np.zeros(37)
R_ZEROS[[3, 35]] = -0.0
R_NAN_AT_END = R_ZEROS.copy()
R_NAN_AT_END[36] = np.nan
R_ONES = np.ones(37)
R_ONES[[0, 36]] = np.nan
R_ZERO_AT_END = R_ONES.copy()
R_ZERO_AT_END[36] = -0.0
for a in [R_ZEROS, R_NAN_AT_END, R_ONES, R_ZERO_AT_END, R_ZERO_AT_END[::-1].copy()]:
    for dt in [np.float64, np.float32]:
        add("complex_arrays.py", "truths", a.astype(dt))
for a in [np.arange(1, 38), np.arange(-18, 19), np.zeros(37, np.int64)]:
    for dt in [np.int64, np.int8, np.bool_]:
        add("complex_arrays.py", "truths", a.astype(dt))

# 12. Library functions: convolve and correlate (each mode, either operand longer, mixed dtypes), cov and corrcoef
# (rowvar, bias, ddof, a second variable set), vander, sinc, ediff1d and fill_diagonal (wrap, cycled values).
SIG_A = np.round(np.random.default_rng(120).standard_normal(37) * 3, 3)
SIG_V = np.round(np.random.default_rng(121).standard_normal(5), 3)
for a, v in [(SIG_A, SIG_V), (SIG_V, SIG_A), (ints(37, 122, -9, 9), ints(4, 123, -5, 5)), (ints(6, 124), SIG_A[:9]),
             (SIG_A[:1].copy(), SIG_V[:1].copy()), (SIG_A[::3], SIG_V[::-1])]:
    add("library.py", "convolved", a, v)
    add("library.py", "correlated", a, v)
# float32 sums of products cancel: BLAS's sdot and Jumba's lanes add them in different orders
add_close(1e-5, 1e-4, "library.py", "convolved", SIG_A.astype(np.float32), SIG_V.astype(np.float32))
add_close(1e-5, 1e-4, "library.py", "correlated", SIG_A.astype(np.float32), SIG_V.astype(np.float32))
add("library.py", "convolve_empty", SIG_A)
add("library.py", "correlate_empty", SIG_A)
add_typing_error("library.py", "convolve_bad_mode", SIG_A)
add_typing_error("library.py", "convolve_2d", X_2D.astype(np.float64))
COV_M = np.round(np.random.default_rng(125).standard_normal((4, 10)) * 2, 3)
for m in [COV_M, COV_M.T.copy(), ints(30, 126, -9, 9).reshape(3, 10), COV_M[:, ::2], COV_M.astype(np.float32)]:
    add_close(1e-10, 1e-12, "library.py", "covariances", m)
    add_close(1e-10, 1e-12, "library.py", "correlations", m)
for m, y in [(COV_M, COV_M[1:3] * 2 + 1), (COV_M[0].copy(), COV_M[1].copy()), (COV_M, COV_M[0].copy())]:
    add_close(1e-10, 1e-12, "library.py", "covariance_with", m, y)
    add_close(1e-10, 1e-12, "library.py", "correlation_with", m, y)
for m, y in [(COV_M.T.copy(), COV_M[1:3].T * 2 + 1), (COV_M[0].copy(), COV_M[1].copy()), (COV_M[:, :4].T.copy(), COV_M[0, :4].copy())]:
    add_close(1e-10, 1e-12, "library.py", "covariance_with_columns", m, y)
    add_close(1e-10, 1e-12, "library.py", "correlation_with_columns", m, y)
add("library.py", "covariance_with", COV_M, COV_M[:, :4].copy())
for x in [COV_M[0].copy(), ints(9, 127), np.full(5, 2.0)]:
    add_close(1e-10, 1e-12, "library.py", "variance_of", x)
add("library.py", "cov_bad_ddof", COV_M, 1.5)
add_typing_error("library.py", "cov_too_many_dims", np.zeros((2, 3, 4)))
for x in [np.round(SIG_V, 2), ints(6, 128, -4, 4), ints(5, 129, -4, 4).astype(np.int32), np.array([True, False, True]),
          SIG_V.astype(np.float32), SIG_V[:0].copy()]:
    add("library.py", "vandermonde", x)
add("library.py", "vander_negative", SIG_V)
add_typing_error("library.py", "vander_2d", COV_M)
SINC_X = np.round(np.random.default_rng(130).standard_normal(37) * 4, 3)
SINC_X[[0, 1, 2, 3, 4]] = [0.0, -0.0, np.inf, np.nan, 1.0]
for x in [SINC_X, ints(37, 131, -5, 5)]:
    add("library.py", "sincs", x, 0.5)
# float32 computes in float64 and rounds once (NumPy: in float32), so sinc at whole numbers is ~1e-17, not ~1e-8
add_close(1e-6, 1e-7, "library.py", "sincs", SINC_X.astype(np.float32), 0.5)
add("library.py", "sincs", SINC_X, 3)
for a in [ints(37, 132), SIG_A, SIG_A[::-2], SIG_A.astype(np.float32)]:
    add("library.py", "differences", a)
    add("library.py", "differences_of_one", a)
add("library.py", "differences_2d", X_2D)
add_typing_error("library.py", "differences_float_into_int", ints(5, 133))
add_typing_error("library.py", "differences_of_bool", SIG_A)
for a, v in [(np.zeros((5, 5)), 7.5), (np.zeros((4, 7)), np.array([1.0, 2.0, 3.0])), (np.zeros((9, 3)), np.array([1.0, 2.0])),
             (np.zeros((3, 3), np.int64), np.array([[4, 5], [6, 7]])), (np.zeros((3, 4)), np.array([], np.float64)),
             (np.zeros((4, 4), np.int32), 3)]:
    add("library.py", "diagonal_filled", a, v)
    add("library.py", "diagonal_wrapped", a, v)
add_typing_error("library.py", "diagonal_of_1d", np.zeros(5))
# N-d arrays of equal dimensions: a[i, ..., i] (NumPy's flat step 1 + n + n^2 + ...); unequal ones: ValueError.
for a, v in [(np.zeros((3, 3, 3)), 7.5), (np.zeros((4, 4, 4, 4), np.int64), np.array([1, 2, 3])),
             (np.zeros((3, 3, 3)), np.array([], np.float64)), (np.zeros((3, 3, 4)), 1.0)]:
    add("library.py", "diagonal_filled", a, v)
    add("library.py", "diagonal_wrapped", a, v)
SPLIT_X = np.round(np.random.default_rng(134).standard_normal(37) * 50, 3)
SPLIT_X[:9] = [0.0, -0.0, np.inf, -np.inf, np.nan, 5e-320, -1e30, 7.0, -2.0]
for a in [SPLIT_X, SPLIT_X.astype(np.float32), ints(37, 135, -9, 9)]:
    add("library.py", "split_floats", a, -3.25)
add("library.py", "split_floats", SPLIT_X, 6)
add_typing_error("library.py", "frexp_with_output", SPLIT_X)

# 13. Array-valued random draws: dirichlet (gamma draws, each branch of the legacy gamma) and multinomial
# (conditional binomials, inversion and BTPE), several seeds, the cached gauss carrying over between calls.
for seed in [0, 7, 2 ** 32 - 1]:
    for alpha in [np.array([0.5, 2.0, 3.0]), np.array([1.0]), np.array([0.05, 0.2, 15.0, 1.0]), np.array([4, 1])]:
        add("random_vectors.py", "dirichlets", seed, alpha, 5)
    for trials, pvals in [(20, np.array([0.2, 0.3, 0.5])), (1000, np.array([0.1, 0.6, 0.3])), (0, np.array([0.5, 0.5])),
                          (7, np.array([1.0, 0.0, 0.0])), (50, np.array([0.25, 0.25, 0.25, 0.3])), (5, np.array([], np.float64))]:
        add("random_vectors.py", "multinomials", seed, trials, pvals, 4)
add("random_vectors.py", "dirichlets", 3, np.array([0.5, 2.0]), 0)
add("random_vectors.py", "in_one_tuple", 11, np.array([0.5, 2.0]), np.array([0.3, 0.7]))
add("random_vectors.py", "bad_alpha", np.array([1.0, 0.0]))
add("random_vectors.py", "bad_alpha", np.array([-1.0, 2.0]))
for trials, pvals in [(5, np.array([0.5, 0.6, 0.1])), (5, np.array([-0.1, 1.1])), (5, np.array([np.nan, 1.0])),
                      (-1, np.array([0.5, 0.5]))]:
    add("random_vectors.py", "bad_pvals", trials, pvals)
# size as a tuple; np.random.choice with p= (and a tuple size), the checks of p in NumPy's order
for seed in [0, 12345]:
    add("random_vectors.py", "shaped_vectors", seed, np.array([0.5, 2.0, 1.5]), np.array([0.2, 0.5, 0.3]))
    add("random_vectors.py", "weighted_choices", seed, np.arange(10, 20, dtype=np.float64),
        np.array([0.05, 0.2, 0.0, 0.1, 0.15, 0.05, 0.25, 0.0, 0.1, 0.1]))
CHOICE_X = np.arange(5, dtype=np.float64)
for p, size, replace in [(np.array([0.2, 0.2, 0.2, 0.2]), 2, True), (np.array([0.5, 0.5, np.nan, 0.0, 0.0]), 2, True),
                         (np.array([0.5, 0.7, -0.2, 0.0, 0.0]), 2, True), (np.array([0.5, 0.4, 0.0, 0.0, 0.0]), 2, True),
                         (np.array([0.5, 0.5, 0.0, 0.0, 0.0]), 3, False), (np.full(5, 0.2), 6, False)]:
    add("random_vectors.py", "bad_choice_p", CHOICE_X, p, size, replace)

# 14. Iteration: np.ndindex and np.ndenumerate (nests of range loops over the shape), on arrays of each rank and layout.
ND_2D = np.round(np.random.default_rng(140).standard_normal((5, 9)) * 4, 3)
ND_3D = np.random.default_rng(141).integers(-20, 20, (3, 4, 5)).astype(np.int64)
for a in [ND_2D, np.asfortranarray(ND_2D), ND_3D, ints(11, 142), np.array(3.5), np.zeros((0, 4))]:
    if a.ndim > 0:  # idx[-1] of the empty tuple is an IndexError in Python, a TypingError in Numba and Jumba
        add("iteration.py", "ndindex_of_shape", a)
    add("iteration.py", "ndenumerate_any_rank", a)
for n, m in [(3, 4), (0, 5), (1, 1), (-1, 2)]:
    add("iteration.py", "ndindex_of_ints", n, m)
add("iteration.py", "ndindex_of_tuple", 3, 4)
add("iteration.py", "ndindex_zero_d")
add("iteration.py", "ndindex_first_above", ND_3D, 15)
add("iteration.py", "ndenumerate_weighted", ND_2D)
add("iteration.py", "ndenumerate_weighted", np.asfortranarray(ND_2D))
add("iteration.py", "ndenumerate_weighted", ND_3D[0])
add("iteration.py", "ndenumerate_view", ND_3D[0])
add("iteration.py", "ndenumerate_view", ints(70, 143).reshape(7, 10))
add("iteration.py", "ndenumerate_skipping", np.arange(24.0).reshape(2, 3, 4))

# 15. a.flat (iterated, read and written at a C-order position), np.nditer of one array (0-d views), a.item().
for a in [ND_2D, np.asfortranarray(ND_2D), ND_3D, ints(11, 144), np.array(2.5), np.zeros((3, 0))]:
    add("iteration.py", "flat_sum", a)
    add("iteration.py", "flat_copy", a)
    if a.size > 0:  # NumPy's nditer refuses an empty array (no zerosize_ok); Numba's and Jumba's make no iterations
        add("iteration.py", "nditer_sum", a)
        add("iteration.py", "nditer_copy", a)
for a in [ND_2D, np.asfortranarray(ND_2D), ND_3D]:
    add("iteration.py", "flat_positions", a)
    for i in [0, 7, -1, -a.size, a.size, -a.size - 1]:
        add("iteration.py", "flat_get", a, i)
        add("iteration.py", "flat_set", a, i, 99)
add("iteration.py", "flat_get", np.array(4.5), 0)
add("iteration.py", "flat_get", np.array(4.5), 1)
for a in [np.array([7.25]), np.array([[3]], np.int64), np.array(1.5), np.full((1, 1, 1), 5, np.int64), ND_2D, np.zeros(0)]:
    add("iteration.py", "item_of", a)
add("iteration.py", "item_of_view", ND_2D)
add("iteration.py", "item_of_view", np.asfortranarray(ND_2D))

# 16. np.asfortranarray (an F-ordered copy, or the array itself when F-contiguous) and as_strided views.
# (The generator hands kernels C-ordered copies of the arguments: an F-contiguous input is made in the kernel.)
for a in [ND_2D, ND_3D, ints(11, 145), np.array(1.5)]:
    add("shapes.py", "fortran_copy", a)
add("shapes.py", "fortran_of_transpose", ND_2D)
add("shapes.py", "fortran_of_transpose", ND_3D)
add("shapes.py", "fortran_of_view", ND_2D)
add("shapes.py", "fortran_of_view", ND_3D[1])
for a, w in [(ints(12, 146), 3), (X_FLOAT[:10].copy(), 4), (ints(12, 147).astype(np.int32), 12), (ints(5, 148), 6)]:
    add("shapes.py", "strided_windows", a, w)
    add("shapes.py", "strided_window_sums", a.astype(np.float64), w)
add("shapes.py", "strided_broadcast_row", ints(6, 149), 4)
add("shapes.py", "strided_broadcast_row", ints(6, 149), 0)
add("shapes.py", "strided_transposed", ND_2D)

# 14. More of NumPy's library (Numba 0.56's list): append (axis=), delete, extract, intersect1d, take_along_axis,
# isreal/iscomplex/isrealobj/iscomplexobj/isscalar, isposinf/isneginf, angle (deg=), asarray_chkfinite, the windows,
# tril_indices/triu_indices (and _from) and logspace.
LB_X = np.round(np.random.default_rng(140).standard_normal(37) * 5, 3)
LB_X[[0, 1, 2, 3, 4]] = [np.inf, -np.inf, np.nan, 0.0, -0.0]
LB_M = ints(70, 141, -9, 9).reshape(7, 10)
LB_Z = np.round(np.random.default_rng(142).standard_normal(37), 2) + 1j * np.round(np.random.default_rng(143).standard_normal(37), 2)
LB_Z[[0, 1, 2, 3, 4]] = [0j, -1 + 0j, complex(-1.0, -0.0), 2.0, 1j * np.inf]
for a, v in [(LB_X, LB_M), (ints(37, 144), LB_X[:5].copy()), (LB_X.astype(np.float32), LB_X[:3].astype(np.float32)),
             (LB_M[0].copy(), np.array([True, False]))]:
    add("library_breadth.py", "appended", a, v)
# the axis is a constant here (Numba also takes a run-time one)
add("library_breadth.py", "appended_along_rows", LB_M, LB_M[:2].copy())
add("library_breadth.py", "appended_along_columns", LB_M, LB_M[:, :3].astype(np.float64))
add("library_breadth.py", "appended_along_last_but_one", LB_M, LB_M[:3].copy())
add("library_breadth.py", "appended_along_rows", LB_M, LB_M[:, :3].copy())
add_typing_error("library_breadth.py", "appended_along_1d_to_2d", LB_M, LB_X)
for i in [0, 36, -37, 5]:
    add("library_breadth.py", "deleted", LB_X, i)
add("library_breadth.py", "deleted", LB_M, 69)
add("library_breadth.py", "deleted", LB_X, 37)
add("library_breadth.py", "deleted", LB_X, -38)
add("library_breadth.py", "deleted_positions", LB_X, np.array([], np.int64))
add("library_breadth.py", "deleted_positions", LB_X, np.arange(0, 37, 3))
add("library_breadth.py", "deleted_positions", LB_M, np.array([69, 0, -70, 5], np.int32))
add("library_breadth.py", "deleted_positions", LB_X, np.array([3, 40]))
add_typing_error("library_breadth.py", "deleted_float_index", LB_X)
add("library_breadth.py", "extracted", LB_X > 0, LB_X)
add("library_breadth.py", "extracted", LB_M % 3 == 0, LB_M)
add("library_breadth.py", "extracted", ints(5, 145, 0, 3), LB_X)
add("library_breadth.py", "extracted", np.array([0, 0, 0, 1.5]), LB_X[:3].copy())
add("library_breadth.py", "extracted_positive", LB_X[5:].copy())
for a, b in [(ints(37, 146, -9, 9), ints(20, 147, -9, 9)), (LB_X, np.append(LB_X[::4], [np.nan, 99.0])),
             (ints(37, 148, -9, 9), np.round(LB_X, 0)), (LB_M, LB_M[2:4].astype(np.int32)), (LB_X[:0].copy(), LB_X)]:
    add("library_breadth.py", "intersection", a, b)
TA_I = np.random.default_rng(149).integers(-10, 10, (7, 10))
for m, i, kernel in [(LB_M, TA_I, "columns"), (LB_M, TA_I[:, :4].copy(), "last"), (LB_M, TA_I[:3] % 7, "rows"),
                     (LB_M.astype(np.float64), TA_I[:, :1] % 7, "columns"),
                     (LB_X.reshape(1, 37), ints(37, 150, -37, 37).reshape(1, 37), "columns"),
                     (np.arange(24.0).reshape(2, 3, 4), np.random.default_rng(151).integers(-3, 3, (2, 3, 6)), "last"),
                     (np.arange(24.0).reshape(2, 3, 4), np.random.default_rng(151).integers(-3, 3, (2, 5, 4)), "columns"),
                     (LB_M, TA_I, "rows"), (LB_M, TA_I[:4], "columns"), (LB_M, TA_I[:, :2] + 20, "columns")]:
    add("library_breadth.py", "taken_along_" + kernel, m, i)
add("library_breadth.py", "taken_along_flat", LB_M, ints(9, 152, -70, 70))
add("library_breadth.py", "taken_along_flat", LB_X, ints(9, 152, -37, 37))
add_typing_error("library_breadth.py", "taken_along_bad_rank", LB_M, ints(9, 152, 0, 7))
add_typing_error("library_breadth.py", "taken_along_rows", LB_M, LB_X.reshape(1, 37))
for x in [LB_X, LB_Z, LB_M, LB_Z.astype(np.complex64), LB_M > 0]:
    add("library_breadth.py", "kinds", x)
add("library_breadth.py", "kinds_of_scalars", 2.5, 1.0, 0.0)
add("library_breadth.py", "kinds_of_scalars", 3, 0.0, -2.0)
for x in [LB_X, LB_X.astype(np.float32), LB_M, LB_M > 0, LB_X.reshape(1, 37)]:
    add("library_breadth.py", "infinities", x)
for x in [np.inf, -np.inf, np.nan, 5]:
    add("library_breadth.py", "infinities_of_scalars", x)
add_typing_error("library_breadth.py", "infinities_of_complex", LB_Z)
for z in [LB_Z, LB_X, LB_M, LB_X.astype(np.float32), LB_Z.reshape(1, 37)]:
    add("library_breadth.py", "angles", z)
add("library_breadth.py", "angles_of_scalars", -2.5, -1.0, -1.0)
add("library_breadth.py", "angles_of_scalars", np.nan, 0.0, -0.0)
for a in [LB_X[5:].copy(), LB_X, LB_M, LB_Z[5:].copy(), LB_Z, np.array([np.nan])]:
    add("library_breadth.py", "checked_finite", a)
# cos differs from NumPy's in the last bits, which shows at the zeros of blackman (~1e-17)
for m in [0, -3, 1, 2, 5, 12]:
    add_close(1e-12, 1e-15, "library_breadth.py", "windows", m)
for n, k, m in [(4, 0, 4), (5, 1, 3), (3, -1, 6), (0, 0, 0), (4, 7, 2), (-2, 0, 3)]:
    add("library_breadth.py", "triangle_indices", n, k, m)
for a, k in [(np.zeros((4, 4)), 0), (np.zeros((3, 6)), -1), (np.zeros((5, 2), np.int64), 2)]:
    add("library_breadth.py", "triangle_indices_from", a, k)
add_typing_error("library_breadth.py", "triangle_indices_of_1d", np.zeros(4))
for start, stop, num in [(0.0, 2.0, 5), (1, 3, 11), (-2.5, 0.5, 1), (0.0, 1.0, 0), (0.0, 1.0, -1)]:
    add("library_breadth.py", "log_spaced", start, stop, num)
add("library_breadth.py", "log_spaced_default", -1.0, 1.0)
for m in [LB_M, LB_M[::2, ::3], np.arange(24.0).reshape(2, 3, 4)]:
    for k in [0, 1, 2, 3, 5, -7]:
        add("library_breadth.py", "rotated", m, k)
add("library_breadth.py", "rotated_writes_through", LB_M.copy())
add_typing_error("library_breadth.py", "rotated_1d", LB_X)
# no lengths of 1: NumPy calls a transposed (1, n) array C-contiguous, Numba and Jumba go by its type (layout F)
for m in [LB_M.copy(), LB_X[:36].reshape(4, 9).copy(), np.arange(24.0).reshape(2, 3, 4)]:
    add("library_breadth.py", "contiguous", m)
for x, y in [(LB_X, LB_X[::-1].copy()), (LB_M, LB_M.T.copy().T * 2), (LB_X.astype(np.float32), ints(37, 153)),
             (LB_M, np.int32(5) * np.ones((1, 10), np.int32))]:
    add("library_breadth.py", "selected", x, y)
add_typing_error("library_breadth.py", "selected_bad_condition", LB_X)
add("library_breadth.py", "broadcast_views", LB_M[0].copy(), LB_M)
add("library_breadth.py", "broadcast_views", LB_X[:10].copy(), LB_M[:1].astype(np.float64))
add("library_breadth.py", "broadcast_views", LB_X[:10].copy(), LB_M[:, :3])
for a, r, c in [(LB_X[:1].copy(), 4, 6), (LB_X[:6].copy(), 2, 6), (LB_X[:6].copy(), 2, 5), (LB_X[:6].copy(), 0, 6),
                (LB_X[:6].copy(), -1, 6), (LB_M[:0, 0].copy(), 3, 0)]:
    add("library_breadth.py", "broadcast_to_shape", a, r, c)
add("library_breadth.py", "broadcast_sum", LB_M[:, :7].astype(np.float64))
for r, c in [(3, 4), (1, 1), (0, 5), (3, 0), (2, 2)]:
    add("library_breadth.py", "broadcast_shape_of", r, c)
add_typing_error("library_breadth.py", "broadcast_too_few_dims", LB_M)
TZ_X = np.cumsum(np.round(np.random.default_rng(154).random(37), 3))
for y, x in [(LB_X[5:].copy(), TZ_X[5:].copy()), (ints(37, 155), TZ_X), (LB_X[5:].astype(np.float32), TZ_X[5:].copy()),
             (LB_M.astype(np.float64), TZ_X[:10].copy()), (LB_M, TZ_X[:10].copy()), (LB_X[5:6].copy(), TZ_X[:1].copy()),
             (LB_X[:0].copy(), TZ_X[:0].copy()), (np.arange(24.0).reshape(2, 3, 4), TZ_X[:4].copy())]:
    add_close(1e-12 if y.dtype != np.float32 else 1e-6, 1e-12, "library_breadth.py", "trapezoids", y, x)
add("library_breadth.py", "trapezoid_points", LB_X[5:].copy(), TZ_X[:5].copy())
for a in [LB_X[:36].copy(), ints(12, 156), LB_M[:6].copy(), LB_X[:3].copy()]:
    add("library_breadth.py", "split_three", a)
add("library_breadth.py", "split_three", LB_X)
for i, j in [(2, 5), (0, 10), (-3, -1), (6, 3), (12, 15), (-20, 4)]:
    add("library_breadth.py", "split_at", LB_M, i, j)
add("library_breadth.py", "split_rows_write_through", LB_M[:6].copy())
add("library_breadth.py", "split_unequal", LB_X)
add_typing_error("library_breadth.py", "split_run_time_count", LB_X, 3)
# The last of Numba 0.56's list (kernels/library_rest.py)
LR_X = np.round(np.random.default_rng(157).standard_normal(37) * 5, 3)
LR_V3 = np.round(np.random.default_rng(158).standard_normal((7, 3)) * 4, 2)
LR_V2 = np.round(np.random.default_rng(159).standard_normal((7, 2)) * 4, 2)
for a, b in [(LR_V3[0].copy(), LR_V3[1].copy()), (LR_V2[0].copy(), LR_V3[1].copy()), (LR_V3[2].copy(), LR_V2[3].copy()),
             (LR_V3, LR_V3[::-1].copy()), (LR_V2, LR_V3), (LR_V3, LR_V2[:1].copy()), (LR_V3[0].copy(), LR_V2),
             (LR_V3.reshape(7, 1, 3), LR_V3[:4].copy()), (ints(21, 160, -9, 9).reshape(7, 3), LR_V3),
             (ints(6, 161, -9, 9).reshape(2, 3).astype(np.int32), ints(6, 162, -9, 9).reshape(2, 3).astype(np.int8)),
             (LR_V3[:0].copy(), LR_V3[0].copy()), (LR_X[:4].copy(), LR_V3[0].copy()), (LR_V3, LR_V3[:5].copy())]:
    add("library_rest.py", "crossed", a, b)
add("library_rest.py", "crossed_with_tuples", LR_V3)
add("library_rest.py", "crossed_with_tuples", LR_V2[0].copy())
for a, b in [(LR_V2[0].copy(), LR_V2[1].copy()), (LR_V2, LR_V2[::-1].copy()), (LR_V2, LR_V2[2].copy()),
             (ints(14, 163, -9, 9).reshape(7, 2), LR_V2), (LR_V3, LR_V2)]:
    add("library_rest.py", "crossed_2d", a, b)
add_typing_error("library_rest.py", "crossed_bools", LR_V3 > 0)
for m, beta in [(0, 5.0), (-3, 1.0), (1, 5.0), (2, 5.0), (5, 5.0), (12, 0.0), (9, -3.5), (16, 14.0), (7, 20), (30, 8.6)]:
    add_close(1e-12, 1e-15, "library_rest.py", "kaiser_window", m, beta)
add_typing_error("library_rest.py", "kaiser_bool_beta", 5)
for a in [ints(37, 164), LR_X, LR_X.astype(np.float32), LR_X > 0, ints(12, 165).reshape(3, 4).astype(np.uint8)]:
    add("library_rest.py", "as_floats", a)
add("library_rest.py", "as_floats_in_place", LR_X)
add("library_rest.py", "as_floats_in_place", ints(37, 166))
add_typing_error("library_rest.py", "as_floats_of_complex", LR_X + 1j * LR_X[::-1])
for n in [0, 5, 37]:
    add("library_rest.py", "dtype_objects", n)
for a, hi in [(LR_X, 3.5), (ints(37, 167, -5, 5), 1), (np.array([np.nan, -np.inf, 1.0, np.inf]), 0.5)]:
    add("library_rest.py", "clipped_method", a, hi)
for a in [ints(37, 168), np.array([-1, 0, 1, I64_MIN, 2**63 - 1], np.int64)]:
    add("library_rest.py", "viewed_unsigned", a)
add("library_rest.py", "viewed_writes_through", ints(37, 169, -128, 128).astype(np.int8))
add("library_rest.py", "viewed_strided", ints(70, 170, -9, 9).reshape(7, 10).astype(np.int32))
add_typing_error("library_rest.py", "viewed_float_as_int", LR_X)
for m in [LR_X[:36].reshape(6, 6).copy(), LR_X[:36].reshape(4, 9).copy(), LR_X[:9].reshape(3, 3).copy()]:
    add("library_rest.py", "contiguity", m)
add_typing_error("library_rest.py", "contiguity_unknown_flag", LR_V3)
