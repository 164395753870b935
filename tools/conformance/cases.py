"""The conformance cases: (kernel file, function, arguments), grouped by kernel file.

Arguments: Python int (int64), float (float64), bool, or a NumPy array (saved as .npy). All random data comes from
fixed seeds. A case may carry a tolerance (rtol/atol) and xcheck=False with a note when Numba's semantics differ
from plain Python's on purpose (int64 wraparound, error_model='numpy', ...).

A case marked python_only=True is one Numba 0.56 refuses (a TypingError) but Python and Jumba support: its golden is
the undecorated function run under CPython + NumPy, and the generator checks that Numba still refuses it. A case
marked numba_differs=True (with a note saying why) is one where Numba 0.56 compiles the kernel but gives another
answer than NumPy, which Jumba follows instead: its golden is CPython + NumPy's too, and the generator checks that
Numba's answer still differs.
"""
from collections import namedtuple

import numpy as np

Case = namedtuple("Case", "file func args rtol atol xcheck note python_only numba_differs")
# namedtuple arguments of the namedtuples.py kernels (Numba types an argument by its class's name and fields)
Point = namedtuple("Point", ["x", "y"])
Rect = namedtuple("Rect", "width height")

I64_MAX = 2 ** 63 - 1
I64_MIN = -2 ** 63
NAN = float("nan")
INF = float("inf")

TRANSCENDENTAL_RTOL = 1e-13  # Java's StrictMath/Math vs glibc differ by an ulp or two; 4e-16 is too tight.


def _rng(seed):
    return np.random.default_rng(seed)


def f64(n, seed=0):
    return np.round(_rng(seed).standard_normal(n) * 4.0, 6)


def i64(n, seed=0, lo=-50, hi=50):
    return _rng(seed).integers(lo, hi, n, dtype=np.int64)


def f64_2d(r, c, seed=0, fortran=False):
    m = np.round(_rng(seed).standard_normal((r, c)) * 3.0, 6)
    return np.asfortranarray(m) if fortran else m


EMPTY = np.zeros(0)
ONE = np.array([2.5])
ODD7 = f64(7, 1)
EVEN10 = f64(10, 2)
ODD13 = f64(13, 3)
POS9 = np.abs(f64(9, 4)) + 0.5
SPECIAL = np.array([1.5, np.nan, -np.inf, 0.0, -0.0, np.inf, -3.25])
INT_EXTREMES = np.array([I64_MAX, I64_MIN, 0, -1, 1, I64_MAX - 1, 12345], dtype=np.int64)
M_C = f64_2d(3, 5, 5)
M_F = f64_2d(4, 3, 6, fortran=True)
M_SQ = f64_2d(4, 4, 7)
M_1x1 = np.array([[4.0]])
M_0 = np.zeros((0, 3))


class _Builder:
    def __init__(self):
        self.cases = []
        self.file = None

    def __call__(self, func, *args, rtol=None, atol=0.0, xcheck=True, note=None, python_only=False, numba_differs=False):
        assert not numba_differs or note, "a numba_differs case says in its note why Numba is not the reference"
        self.cases.append(Case(self.file, func, tuple(args), rtol, atol, xcheck, note, python_only, numba_differs))


def all_cases():
    c = _Builder()

    # ---- scalar arithmetic ------------------------------------------------------------------------------------
    c.file = "scalar_arith.py"
    c("add_ints", 3, 4)
    c("add_ints", -10, 7)
    c("add_ints", 2.5, -1.25)
    c("sub_mul", 6, -7)
    c("sub_mul", 1.5, 2.0)
    c("mixed_int_float", 3, 0.5)
    c("mixed_int_float", -4, 2.25)
    c("true_div_ints", 7, 2)
    c("true_div_ints", -7, 2)
    c("true_div_ints", 1, 3)
    c("true_div_floats", 1.0, 3.0)
    c("true_div_floats", -2.5, 0.5)
    c("neg_abs", -5)
    c("neg_abs", 2.75)
    c("poly", 1.5)
    c("poly", -0.3)
    c("aug_assign", 5, 9)
    c("aug_assign", -5, 2)
    c("float_aug", 3.0)
    c("float_aug", -1.0)
    c("unary_ops", 7, -2.5)
    c("min_max_builtin", 3, 8, 5)
    c("min_max_builtin", 9, -1, 12)
    c("int_unify", 10)
    c("int_unify", 0)
    c("bool_arith", True, False)
    c("bool_arith", True, True)

    # ---- int semantics: floor division / modulo with negatives, overflow, error model -------------------------
    c.file = "int_semantics.py"
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3)]:
        c("floordiv", a, b)
        c("mod", a, b)
    c("divmod_pair", -17, 5)
    c("divmod_pair", 17, -5)
    for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.5, 3.0), (5.0, 0.3)]:
        c("float_floordiv", x, y)
        c("float_mod", x, y)
    c("float_mod", NAN, 2.0)
    c("float_mod", 3.0, INF)
    c("float_mod", -3.0, INF)
    c("overflow_add", I64_MAX, 1, xcheck=False, note="int64 wraps around")
    c("overflow_add", I64_MIN, -1, xcheck=False, note="int64 wraps around")
    c("overflow_mul", 2 ** 40, 2 ** 30, xcheck=False, note="int64 wraps around")
    c("overflow_mul", -3037000500, 3037000500, xcheck=False, note="int64 wraps around")
    c("overflow_neg", I64_MIN, xcheck=False, note="-INT64_MIN is INT64_MIN")
    c("overflow_loop", 100, xcheck=False, note="FNV-style hash wraps around")
    c("min_int_div", I64_MIN, 7)
    c("min_int_div", I64_MIN, -2, xcheck=False, note="MIN // -2 fits; checks floor rounding at the extreme")
    c("abs_min", I64_MIN, xcheck=False, note="abs(INT64_MIN) wraps to INT64_MIN")
    c("abs_min", -9)
    c("np_model_int_div", 7, 0, xcheck=False, note="error_model='numpy': int division by zero gives 0")
    c("np_model_int_div", -7, 2)
    c("np_model_float_div", 1.0, 0.0, xcheck=False, note="error_model='numpy': IEEE inf")
    c("np_model_float_div", -1.0, 0.0, xcheck=False, note="error_model='numpy': IEEE -inf")
    c("np_model_float_div", 0.0, 0.0, xcheck=False, note="error_model='numpy': IEEE nan")
    c("np_model_true_div_int", 3, 0, xcheck=False, note="error_model='numpy': IEEE inf")
    c("np_model_true_div_int", 3, 4)

    # ---- powers --------------------------------------------------------------------------------------------------
    c.file = "powers.py"
    c("ipow", 2, 10)
    c("ipow", -3, 3)
    c("ipow", 7, 0)
    c("ipow", 2, -1, xcheck=False, note="Numba: int ** negative int gives 0 (Python gives 0.5)")
    c("ipow", 3, 41, xcheck=False, note="wraps around")
    c("fpow", 2.0, 0.5, rtol=TRANSCENDENTAL_RTOL)
    c("fpow", -8.0, 3.0)
    c("fpow", 2.5, -1.5, rtol=TRANSCENDENTAL_RTOL)
    c("fpow", 0.0, 0.0)
    c("fpow_int_exp", 1.5, 3)
    c("fpow_int_exp", 2.0, -2)
    c("const_powers", 9.0, 7)
    c("pow_overflow", 3, xcheck=False, note="wraps around")
    c("square_sum", 50)

    # ---- comparisons and logic -----------------------------------------------------------------------------------
    c.file = "compare_logic.py"
    c("compare_all", 3, 5)
    c("compare_all", 5, 5)
    c("compare_all", 2.5, -1.0)
    c("chained", 1, 2, 3)
    c("chained", 1, 3, 2)
    c("chained", 2, 2, 3)
    c("chained_mixed", 1, 1.5, 2)
    c("chained_mixed", 1, 2.0, 2)
    c("float_compare", NAN, 1.0)
    c("float_compare", 1.0, 1.0)
    c("float_compare", -INF, INF)
    for p, q, r in [(True, True, True), (True, False, True), (False, False, False), (False, True, True)]:
        c("and_or_not", p, q, r)
    c("short_circuit", 10, 0)
    c("short_circuit", 10, 3)
    c("short_circuit", 9, 3)
    c("short_circuit", 5, 4)
    c("ternary", 2.0)
    c("ternary", -0.5)
    c("ternary", 0.0)
    c("int_float_eq", 3, 3.0)
    c("int_float_eq", 3, 3.5)
    c("bool_not", True)
    c("bool_not", False)
    c("truthiness", 0, 0.0)
    c("truthiness", -2, NAN)

    # ---- bit operations ----------------------------------------------------------------------------------------
    c.file = "bitops.py"
    c("bit_and_or_xor", 12, 10)
    c("bit_and_or_xor", -12, 10)
    c("bit_and_or_xor", I64_MIN, I64_MAX)
    c("invert", 0)
    c("invert", -5)
    c("invert", I64_MAX)
    c("shifts", 5, 3)
    c("shifts", -40, 2)
    c("shifts", 1, 62)
    c("shifts", 3, 62, xcheck=False, note="left shift wraps around")
    c("popcount", 255)
    c("popcount", 0)
    c("popcount", -1, xcheck=False, note="two's complement: 64 bits set (Python would loop forever)")
    c("popcount", I64_MIN, xcheck=False, note="two's complement: one bit set")
    c("bool_bitops", True, False)
    c("bool_bitops", True, True)
    c("mask_bits", 0x12345678)
    c("mask_bits", -1)

    # ---- math.* -------------------------------------------------------------------------------------------------
    c.file = "math_funcs.py"
    t = TRANSCENDENTAL_RTOL
    for x in [0.5, 2.0, 10.0, 1e-300]:
        c("exp_log", x, rtol=t)
    c("exp_log", INF)
    for x in [1e-10, 0.5, -0.5, 3.0]:
        c("expm1_log1p", x, rtol=t)
    for x in [0.0, 2.0, 1e300, INF]:
        c("sqrt_f", x)
    for x in [0.0, 0.5, -2.0, 100.0]:
        c("trig", x, rtol=t, atol=1e-15)
    for x in [-1.0, -0.5, 0.0, 0.25, 1.0]:
        c("inv_trig", x, rtol=t)
    for x in [-3.0, 0.0, 0.5, 20.0]:
        c("hyperbolic", x, rtol=t)
    for x in [-1.5, 0.0, 0.5, 1.9]:
        c("inv_hyperbolic", x, rtol=t)
    for y, x in [(1.0, 1.0), (1.0, -1.0), (-0.0, -1.0), (0.0, 0.0), (3.0, 4.0), (INF, 1.0)]:
        c("atan2_hypot", y, x, rtol=t)
    for x in [2.5, -2.5, 3.0, -0.5, 1e15 + 0.5]:
        c("floor_ceil_trunc", x)
    for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1.0, -0.0), (-3.0, 5.0)]:
        c("fmod_copysign", x, y)
    for x, y in [(2.0, 10.0), (2.0, 0.5), (-2.0, 3.0), (0.5, -2.0), (1.0, NAN), (NAN, 0.0)]:
        c("pow_f", x, y, rtol=t)
    for x in [1.0, NAN, INF, -INF]:
        c("classify", x)
    for x in [1.0, -180.0]:
        c("degrees_radians", x, rtol=t)
    for x in [0.5, 1.0, 3.7, -0.3, 10.0]:
        c("erf_gamma", x, rtol=1e-12, atol=1e-15)
    c("constants", 2.0, rtol=t)
    c("fabs_f", -3.5)
    c("fabs_f", -0.0)
    c("sqrt_int", 16)
    c("sqrt_int", 2, rtol=t)
    c("math_floor_int", 10)
    c("math_floor_int", -10)

    # ---- np.* on scalars -------------------------------------------------------------------------------------------
    c.file = "np_scalar.py"
    for x in [0.5, 3.0, 100.0]:
        c("np_exp_log", x, rtol=t)
    c("np_sqrt", 2.0)
    c("np_sqrt", -1.0)
    c("np_sqrt", 7, rtol=t)
    for x in [0.3, -1.2, 4.0]:
        c("np_trig", x, rtol=t, atol=1e-15)
    c("np_arctan2", -1.0, -1.0, rtol=t)
    c("np_arctan2", 2, 3, rtol=t)
    for x in [-2.5, 0.0, 3.0, NAN, -INF]:
        c("np_abs_sign", x)
    for a in [-7, 0, 9]:
        c("np_int_abs_sign", a)
    for x in [2.5, -2.5, 3.5, -0.4, 0.5]:
        c("np_round_floor", x)
    c("np_minmax", 1.0, 2.0)
    c("np_minmax", NAN, 2.0)
    c("np_minmax", 2.0, NAN)
    for x in [1.0, NAN, -INF]:
        c("np_isfinite", x)
    c("np_hypot_cbrt", 3.0, 4.0, rtol=t)
    c("np_hypot_cbrt", -27.0, 1.0, rtol=t)
    c("np_exp2_expm1", 3.5, rtol=t)
    c("np_exp2_expm1", -1e-8, rtol=t)
    c("np_power", 2.0, 0.5, rtol=t)
    c("np_power", 3, 4)
    c("np_constants", 1.0)

    # ---- casts --------------------------------------------------------------------------------------------------
    c.file = "printing.py"
    c("scalars", 3, 2.5)
    c("scalars", -7, -0.1)
    c("floats", 1.0)
    c("floats", -123.456)
    c("special_floats", 1.0)
    c("special_floats", 0.0)
    c("small_ints", 7, xcheck=False, note="Numba prints a float32 as the Python float it converts to")
    c("array_1d", ODD7)
    c("array_1d", SPECIAL)
    c("array_1d", np.array([1e-5, 1.0, 1e5]))
    c("array_1d", EMPTY)
    c("array_2d", M_C)
    c("array_2d", M_1x1)
    c("int_array", 6)
    c("int_array", 40)
    c("tuples", 2.5, 3)
    c("tuples", -1.0, 0)
    c("in_loop", 4)
    c("before_error", ODD7, 2)
    c("before_error", ODD7, 9)
    c("empty_and_long", 60)
    c("empty_and_long", 1200)
    c("none_and_text")

    c.file = "tuple_args.py"
    c("tuple_sum", (1, 2, 3))
    c("tuple_sum", (1.5, -2.5))
    c("tuple_sum", (7,))
    c("mixed", (3, 2.5, True))
    c("mixed", (3, 2.5, False))
    c("nested", ((1, 2), (3, 4)))
    c("swap", (1, 2.5))
    c("swap", (True, -3))
    c("scaled", (ODD7, 2.0))
    c("shape_like", (2, 3))
    c("compare", (1, 2), (1, 3))
    c("compare", (2.5, 1.0), (2.5, 1.0))

    c.file = "decorator_forms.py"
    c("clamp", 5.0, 0.0, 1.0)
    c("clamp", -5, 0, 3)
    c("clamped_sum", ODD7, -1.0, 2.0)
    c("sum_squares", 10)
    c("safe_div", 1.0, 0.0, xcheck=False, note="error_model='numpy' gives inf")
    c("safe_div", 7.0, 2.0)
    c("hyp", 3.0, 4.0)
    c("ufunc_from_kernel", ODD7, 1.5)
    c("ufunc_from_kernel", i64(6, 3), 10)

    c.file = "declared_return.py"
    declared = "Numba converts the result to the declared return type; Python returns it unconverted"
    for x in [3.7, -3.7, 0.25, 1e3]:
        c("trunc_to_int32", x, xcheck=False, note=declared)
    c("narrowed", 1.0, 3.0, xcheck=False, note=declared)
    c("narrowed", 1e300, 1e-300, xcheck=False, note=declared)
    c("widened", 10, xcheck=False, note=declared)
    c("wraps_int32", 70000, 70000, xcheck=False, note="int32 arithmetic wraps")
    c("as_bool", 3, xcheck=False, note=declared)
    c("as_bool", 5, xcheck=False, note=declared)
    c("branches", 2.5, xcheck=False, note=declared)
    c("branches", -2.5, xcheck=False, note=declared)
    c("tuple_of_ints", 2.5, -7.0, xcheck=False, note=declared)
    c("array_sum", SPECIAL, xcheck=False, note=declared)
    c("recursive_sum", 10)
    c("array_view", ODD7)

    c.file = "signatures.py"
    c("scaled_sum", ODD7, 3)
    c("scaled_sum", EMPTY, -2)
    c("mul_add", 6, -7)
    c("mul_add", 1.5, 2.0)
    c("nth_doubled", np.array([3, -2 ** 31, 7], np.int32), 1, xcheck=False, note="int32 arithmetic wraps")
    c("nth_doubled", np.array([3, 2 ** 30, 7], np.int32), 1, xcheck=False, note="int32 arithmetic wraps")
    c("nth_doubled", ODD7, -1)
    c("row_major_trace", M_C)
    c("row_major_trace", M_SQ)
    c("any_layout_total", M_F)
    c("any_layout_total", M_C[:, ::2])
    c("abbreviated", ODD7, 3)
    c("abbreviated", ODD7, -1)
    c("abbreviated_int32", np.array([2 ** 31 - 1, 2 ** 31 - 1, -5], np.int32))
    c("axpy_into", ODD7, EVEN10[:7].copy(), 2.5)
    c("axpy_into", EMPTY, EMPTY.copy(), 1.0)
    c("fill_steps", np.zeros(5, np.int64), 3)
    c("fill_steps", np.zeros(4, np.int64), -7)
    for x, y in [(2.5, 3.0), (-2.5, 3.0), (1e4, 2e4)]:
        c("cast_on_return", x, y, xcheck=False, note="Numba converts the result to the declared int32")
    c("pair_as_floats", 17, 5, xcheck=False, note="Numba converts the results to the declared float64")
    c("pair_as_floats", -17, 5, xcheck=False, note="Numba converts the results to the declared float64")
    c("tuple_signature_ufunc", i64(6, 5), 3)
    c("tuple_signature_ufunc", ODD7, 2.5)

    c.file = "casts.py"
    for x in [3.9, -3.9, 0.0, 1e18]:
        c("to_int", x)
    c("to_int", True)
    c("to_float", 7)
    c("to_float", I64_MAX)
    c("to_f32", 0.1)
    c("to_f32", 1e40)
    c("to_f32", 5)
    c("f32_arith", 0.1, 0.2)
    c("f32_arith", 1e20, 1e20)
    c("to_int32_wrap", 2 ** 31 + 5, xcheck=False, note="wraps to int32")
    c("to_int32_wrap", -12)
    c("to_int8_wrap", 300, xcheck=False, note="wraps to int8")
    c("to_int8_wrap", -129, xcheck=False, note="wraps to int8")
    c("to_uint8", 300, xcheck=False, note="wraps to uint8")
    c("to_uint8", -1, xcheck=False, note="wraps to uint8")
    c("to_bool", 0, 0.5)
    c("to_bool", -3, 0.0)
    c("to_bool", 1, NAN)
    c("np_int64_of_float", -7.99)
    c("np_float64_of_int", 10)
    for x in [2.5, 3.5, -2.5, 0.49, -7.6]:
        c("round_builtin", x)
    c("round_digits", 1.23456)
    c("round_digits", -0.125)
    c("int_of_bool", True)

    # ---- control flow ------------------------------------------------------------------------------------------
    c.file = "control_flow.py"
    for x in [5, -3, 0, 2.5, -0.0]:
        c("sign_class", x)
    for s in [95, 85, 75, 65, 10, 90]:
        c("grade", s)
    for n in [0, 1, 10, -3]:
        c("range1", n)
    c("range2", 3, 8)
    c("range2", 5, 2)
    c("range2", -4, 1)
    c("range3", 0, 10, 3)
    c("range3", 10, 0, -3)
    c("range3", 10, 0, 3)
    c("range3", -5, 5, 2)
    c("range3", 5, -5, -1)
    c("range_negative_step", 9)
    c("range_negative_step", 0)
    c("range_negative_step", -1)
    c("while_collatz", 27)
    c("while_collatz", 1)
    c("break_first", 100, 50)
    c("break_first", 5, 1000)
    c("continue_odd", 11)
    c("early_return", 97)
    c("early_return", 91)
    c("early_return", 1)
    c("nested_loops", 6, 4)
    c("nested_loops", 0, 3)
    c("while_break_continue", 10)
    c("loop_var_after", 5)
    c("loop_var_after", 0)
    c("float_loop", 10)
    c("nested_while", 7)
    c("pass_stmt", 4)
    c("pass_stmt", -4)

    # ---- module constants ---------------------------------------------------------------------------------------
    c.file = "module_constants.py"
    c("use_constants", 2)
    c("use_constants", 1.5)
    c("use_limit", 5)
    c("use_limit", 1 << 30)
    c("use_flag", 41)
    c("derived_constant", 8.0)
    c("derived_constant", 3.0)
    c("mod_constant", -10)

    # ---- calls ------------------------------------------------------------------------------------------------
    c.file = "calls.py"
    c("caller_before", 5)
    c("caller_before", 2.5)
    c("call_with_defaults", 3.0)
    c("call_with_keywords", 2.0)
    c("scaled", 4.0, 0.5)
    c("scaled", 4.0, 0.5, 1.0)
    for n in [0, 1, 2, 10, 20]:
        c("fib", n)
    c("fact", 10)
    c("fact", 21, xcheck=False, note="21! wraps around")
    c("gcd", 48, 18)
    c("gcd", -48, 18)
    c("lcm", 4, 6)
    c("chain3", 7)
    c("plain_square", 12)
    c("plain_square", -1.5)
    c("plain_sum_range", 10)
    c("cached_kernel", 6, 7)
    c("cached_kernel", 0.5, 2.0)
    c("call_array_helper", ODD7)
    c("call_array_helper", EMPTY)
    c("kw_call_site", 10)
    c("range_sum", 3, 7)

    # ---- tuples -------------------------------------------------------------------------------------------------
    c.file = "tuples.py"
    c("swap", 1, 2)
    c("swap", 1.5, -2.5)
    c("unpack_sum", 3, 4)
    c("tuple_index", 5, 6)
    c("min_max_pair", ODD7)
    c("min_max_pair", ONE)
    c("min_max_pair", i64(9, 8))
    c("use_pair", EVEN10)
    c("mixed_tuple", 2, 1.5)
    c("swap_loop", 10)
    c("swap_loop", 90)
    c("swap_loop", 100, xcheck=False, note="Fibonacci(100) wraps around")
    c("shape_unpack", M_C)
    c("shape_unpack", M_0)
    c("return_arrays", 5)
    c("return_arrays", 0)

    # ---- 1-d arrays ---------------------------------------------------------------------------------------------
    c.file = "arrays_1d.py"
    for a in [EMPTY, ONE, ODD7, EVEN10]:
        c("scale_into", a, np.zeros(a.shape[0]), 1.5)
        c("inplace_add", a, 0.25)
        c("prefix_sum", a, np.zeros(a.shape[0]))
        c("reverse_inplace", a)
        c("count_positive", a)
        c("sizes", a)
        c("stencil", a, np.zeros(a.shape[0]))
        c("for_over_array", a)
        c("negative_index_loop", a)
    c("scale_into", i64(5, 9), np.zeros(5, dtype=np.int64), 3)
    c("last_first", ODD7)
    c("last_first", ONE)
    c("int_array_loop", i64(11, 10))
    c("int_array_loop", INT_EXTREMES, xcheck=False, note="int64 wraps around")
    c("store_int_to_float", i64(6, 11), np.zeros(6))
    c("store_int_to_float", i64(6, 12), np.zeros(6, dtype=np.float32))

    # ---- 2-d arrays --------------------------------------------------------------------------------------------
    c.file = "arrays_2d.py"
    for m in [M_C, M_F, M_1x1]:
        c("matvec", m, f64(m.shape[1], 13), np.zeros(m.shape[0]))
        c("double_subscript", m)
        c("negative_2d", m)
        c("shape_size_2d", m)
        c("transpose_sum", m)
        c("transpose_copy", m)
        c("row_sums", m, np.zeros(m.shape[0]))
    c("matmul", M_C.T.copy(), M_C)
    c("matmul", M_F, M_C[:3, :2].copy())
    c("fill_2d", np.zeros((3, 4)))
    c("fill_2d", np.asfortranarray(np.zeros((3, 4))))
    c("fill_2d", np.zeros((2, 3), dtype=np.int64))
    c("shape_size_2d", M_0)
    c("row_sums", M_0, np.zeros(0))
    c("row_view", M_C, 1)
    c("row_view", M_F, -1)
    c("row_view_store", M_C.copy(), 0.5)
    c("row_view_store", M_F.copy(), -1.5)
    c("row_view_store", M_1x1.copy(), 3.0)
    c("row_view_store", i64(12, 18).reshape(3, 4), 7)
    c("trace_int", i64(16, 14).reshape(4, 4))
    c("trace_int", np.asfortranarray(i64(6, 15).reshape(2, 3)))

    # ---- reductions written as loops -------------------------------------------------------------------------
    c.file = "loop_reductions.py"
    for a in [EMPTY, ONE, ODD7, ODD13]:
        c("loop_sum", a)
        c("loop_min", a)
        c("loop_max", a)
        c("loop_any_all", a)
        c("loop_dot", a, a[::-1].copy())
    for a in [ONE, ODD7, EVEN10]:
        c("loop_argmax", a)
        c("loop_mean_var", a)
    c("loop_argmin_int", i64(9, 16))
    c("loop_argmin_int", INT_EXTREMES)
    c("loop_prod_int", i64(8, 17, 1, 9))
    c("loop_prod_int", np.arange(1, 30, dtype=np.int64), xcheck=False, note="29! wraps around")
    c("loop_norm2", M_C, rtol=TRANSCENDENTAL_RTOL)
    c("loop_norm2", M_F, rtol=TRANSCENDENTAL_RTOL)

    # ---- slices ---------------------------------------------------------------------------------------------------
    c.file = "slices.py"
    c("slice_sum", EVEN10, 2, 7)
    c("slice_sum", EVEN10, -4, 100)
    c("slice_sum", EVEN10, 5, 2)
    c("slice_sum", EMPTY, 0, 3)
    for a in [EMPTY, ONE, ODD7, EVEN10]:
        c("reversed_copy", a)
        c("every_other", a)
        c("neg_step_slice", a)
        c("view_write", a)
        c("reversed_view_write", a)
        c("whole_assign", a)
    c("slice_assign_scalar", ODD7)
    c("slice_assign_scalar", EVEN10)
    c("slice_assign_array", ODD7, f64(4, 18))
    c("slice_assign_array", EVEN10, f64(5, 19))
    c("col_slice", M_C, 2)
    c("col_slice", M_F, -1)
    c("sub_block", M_C)
    c("sub_block", M_F)
    c("col_assign", M_C)
    c("col_assign", M_F)
    c("row_assign", M_C, f64(5, 20))
    c("row_assign", M_F, f64(3, 21))
    for lo, hi, st in [(0, 10, 1), (1, 9, 2), (9, 0, -1), (-1, -11, -3), (3, 3, 1), (-100, 100, 4)]:
        c("slice_len", EVEN10, lo, hi, st)

    # ---- whole-array arithmetic -------------------------------------------------------------------------------
    c.file = "whole_array.py"
    for a in [EMPTY, ONE, ODD7]:
        c("axpy", 2.0, a, a[::-1].copy())
        c("elementwise_ops", a, np.abs(a) + 1.0)
        c("neg_array", a)
        c("array_pow", a)
        c("ufunc_chain", a, rtol=TRANSCENDENTAL_RTOL)
    c("axpy", 2.0, M_C, M_C)
    c("axpy", 0.5, M_F, M_F)
    c("elementwise_ops", SPECIAL, np.array([2.0, 1.0, 3.0, 0.5, 4.0, -INF, 2.0]))
    c("broadcast_row", M_C, f64(5, 22))
    c("broadcast_row", M_F, f64(3, 23))
    c("broadcast_row", M_C, np.array([10.0]))
    c("broadcast_scalar", M_C, 3.0)
    c("broadcast_scalar", M_F, -1.5)
    c("where_clip", ODD13, -1.0, 1.0)
    c("where_clip", EMPTY, -1.0, 1.0)
    c("where_arrays", ODD7 > 0, ODD7, np.zeros(7))
    c("compare_arrays", ODD7, ODD7[::-1].copy())
    c("compare_arrays", SPECIAL, np.zeros(7))
    c("int_array_ops", i64(9, 24), i64(9, 25))
    c("int_array_ops", INT_EXTREMES, np.ones(7, dtype=np.int64), xcheck=False, note="int64 wraps around")
    c("inplace_array_ops", ODD7, f64(7, 26))
    c("inplace_array_ops", M_F, M_F[::-1].copy())
    c("mixed_dtype_add", i64(5, 27), f64(5, 28))
    c("mixed_dtype_add", np.arange(4, dtype=np.int32), np.arange(4, dtype=np.int64))
    c("transpose_arith", M_C)
    c("transpose_arith", M_F)
    c("np_maximum_arrays", SPECIAL, np.zeros(7))

    # ---- array creation --------------------------------------------------------------------------------------
    c.file = "creation.py"
    for n in [0, 1, 5]:
        c("make_zeros", n)
        c("make_empty_filled", n)
        c("make_arange1", n)
        c("make_linspace", 0.0, 1.0, n)
        c("make_dtype_f32", n)
        c("make_dtype_int32", n)
        c("make_bool", n)
    c("make_ones_2d", 2, 3)
    c("make_ones_2d", 0, 3)
    c("make_full", 4, 2.5)
    c("make_full", 3, 7)
    c("make_full_2d", 2, 2)
    c("make_arange3", 2, 20, 3)
    c("make_arange3", 10, -10, -4)
    c("make_arange3", 5, 5, 1)
    c("make_arange_float", 0.0, 1.0, 0.25)
    c("make_arange_float", 1.0, 0.0, -0.3)
    c("make_linspace", -1.0, 1.0, 9)
    c("make_linspace", 2.0, 1.0, 4)
    c("make_like", ODD7)
    c("make_like", i64(4, 29))
    c("make_like", M_F)
    c("make_empty_like", i64(5, 30))
    c("make_dtype_int64_zeros", 3)
    c("copy_independent", ODD7)
    c("astype_int", np.array([1.9, -1.9, 0.0, 2.5, -100.5]))
    c("astype_float32", ODD7)
    c("astype_float", i64(6, 31))
    c("astype_float", np.array([True, False, True]))
    c("copy_fortran", M_F)
    c("copy_fortran", M_C)
    c("arange_dtype", 6)

    # ---- np reductions -----------------------------------------------------------------------------------------
    c.file = "np_reductions.py"
    for a in [ONE, ODD7, ODD13, EVEN10]:
        c("np_sum", a, atol=1e-12)
        c("method_sum", a, atol=1e-12)
        c("np_min_max", a)
        c("method_min_max", a)
        c("np_mean", a, atol=1e-12)
        c("method_mean", a, atol=1e-12)
        c("np_argmin_argmax", a)
        c("method_argmin_argmax", a)
    c("np_sum", EMPTY)
    c("np_mean", EMPTY, xcheck=False, note="Numba raises ZeroDivisionError (NumPy gives nan with a warning)")
    c("np_prod", ODD7)
    c("np_prod", EMPTY)
    c("method_prod", i64(7, 32, 1, 6))
    c("np_dot", ODD7, ODD7[::-1].copy(), atol=1e-12)
    c("np_dot", EMPTY, EMPTY)
    c("method_dot", EVEN10, f64(10, 33), atol=1e-12)
    c("sum_2d", M_C, atol=1e-12)
    c("sum_2d", M_F, atol=1e-12)
    c("sum_int", i64(11, 34))
    c("sum_int", INT_EXTREMES, xcheck=False, note="int64 wraps around")
    c("sum_int", np.arange(5, dtype=np.int32))
    c("sum_bool", np.array([True, False, True, True]))
    c("mean_int", i64(7, 35))
    c("reduce_of_expr", ODD7, f64(7, 36), atol=1e-12)
    c("sum_of_slice", ODD13, atol=1e-12)
    c("sum_of_slice", ONE)
    c("sum_transpose", M_C, atol=1e-12)
    c("sum_transpose", M_F, atol=1e-12)

    # ---- NumPy library functions -----------------------------------------------------------------------------------
    c.file = "library_functions.py"
    rng = np.random.default_rng(147)
    cm = np.round(rng.standard_normal((4, 4)) + 1j * rng.standard_normal((4, 4)), 3)
    c("eig_complex", cm, rtol=1e-9, atol=1e-12)
    c("eig_complex", cm.astype(np.complex64), rtol=1e-4, atol=1e-5)
    c("eig_complex", np.array([[0.0, -1.0], [1.0, 0.0]], np.complex128), rtol=1e-12, atol=1e-15)
    c("eigvals_real", np.array([[0.0, -1.0], [1.0, 0.0]]),
      xcheck=False, note="Numba refuses complex eigenvalues of a real matrix (NumPy returns them)")
    c("eigvals_real", np.array([[2.0, 1.0], [0.0, 3.0]]))
    c("dtype_values", np.array([1.5, -2.0, 3.25], np.float32), np.array([1, -2, 3], np.int8), 3)
    c("convolve_correlate", ODD13, f64(4, 140), atol=1e-12)
    c("convolve_correlate", i64(9, 141), i64(3, 142))
    c("covariances", f64_2d(3, 8, 143), atol=1e-12)
    c("covariances", f64_2d(5, 4, 144, fortran=True), atol=1e-12)
    c("covariance_with", f64_2d(2, 6, 145), f64(6, 146), atol=1e-12)
    c("correlations", f64_2d(4, 7, 147), atol=1e-12)
    c("vandermonde", f64(5, 148), atol=1e-12)
    c("vandermonde", i64(4, 149, -5, 5))
    c("sincs", f64(9, 150), atol=1e-15)
    c("differences", ODD7)
    c("diagonal", np.zeros((7, 3)), np.array([1.0, 2.0]))
    c("diagonal", np.zeros((3, 3)), 4.5)
    for seed in [0, 5]:
        c("multinomial_rows", seed, 20)
    c("ptp_and_clip_methods", ODD13)
    c("ptp_and_clip_methods", i64(9, 151).astype(np.float64))
    c("crosses", f64(3, 152), f64(3, 153), atol=1e-12)
    c("crosses", f64(2, 154), f64_2d(4, 3, 155), atol=1e-12)
    c("crosses", f64_2d(4, 3, 156), f64(2, 157), atol=1e-12)
    c("crosses", f64(2, 158), f64(2, 159), xcheck=False,
      note="Numba refuses two 2-vectors (ValueError naming cross2d); NumPy 1.x gives the z component")
    c("crosses", f64(4, 160), f64(3, 161))
    c("crosses_2d", f64(2, 162), f64(2, 163), atol=1e-12)
    c("crosses_2d", f64_2d(5, 2, 164), f64(2, 165), atol=1e-12)
    c("crosses_2d", f64(3, 166), f64(2, 167))
    c("kaiser_and_asfarray", 9, 6.5, i64(5, 168), rtol=TRANSCENDENTAL_RTOL, atol=1e-15)
    c("kaiser_and_asfarray", 1, 2.0, f64(4, 169))
    c("contiguity", f64_2d(4, 6, 170))
    c("contiguity", f64_2d(4, 6, 171, fortran=True))
    c("contiguity", f64_2d(1, 6, 172))
    c("unsigned_view", i64(7, 173))

    # ---- float32 ------------------------------------------------------------------------------------------------
    c.file = "float32_kernels.py"
    a32 = ODD13.astype(np.float32)
    for a in [np.zeros(0, np.float32), ONE.astype(np.float32), a32]:
        c("f32_scale", a, np.zeros(a.shape[0], np.float32))
        c("f32_sum", a)
        c("f32_sqrt", np.abs(a))
        c("f32_mixed", a)
        c("f32_math", a, np.zeros(a.shape[0], np.float32))
    c("f32_whole", a32, a32[::-1].copy())
    c("f32_max", a32)
    c("f32_element", a32, 3)
    c("f32_element", a32, -1)
    # Jumba's default vectorized sum may reassociate (docs/subset.md; exact sequential order is the 'strict'
    # option, tested in vectorize/): allow the worst-case float32 bound for n terms, n*eps/2 relative.
    c("f32_sum", np.full(1000, 0.1, np.float32), rtol=1000 * float(np.finfo(np.float32).eps) / 2, xcheck=False,
      note="float32 accumulation, not float64")

    # ---- int32 and bool arrays -------------------------------------------------------------------------------
    c.file = "int32_bool_arrays.py"
    a_i32 = np.array([5, -3, 2147483647, -2147483648, 7], dtype=np.int32)
    c("i32_sum_loop", a_i32)
    c("i32_sum_loop", np.zeros(0, np.int32))
    c("i32_store_wrap", np.zeros(4, np.int32), 2147483646, xcheck=False, note="stores wrap to int32")
    c("i32_store_wrap", np.zeros(3, np.int32), -7)
    c("i32_arith", a_i32, np.ones(5, np.int32), xcheck=False, note="int32 array arithmetic wraps")
    c("i32_element", a_i32, 2, xcheck=False, note="int32 element promoted to int64 before * 2")
    c("i32_element_products", a_i32, xcheck=False, note="Numba computes int32 elements with each other in int64; NumPy wraps in int32")
    c("i32_to_f64", a_i32)
    mask = ODD7 > 0
    c("bool_count", mask)
    c("bool_count", np.zeros(0, np.bool_))
    c("bool_mask_apply", mask, ODD7)
    c("bool_store", ODD7, np.zeros(7, np.bool_))
    c("bool_array_logic", mask, np.array([True, False] * 3 + [True]))
    c("bool_where", mask, ODD7)
    c("mixed_i32_i64", a_i32, i64(5, 37))

    # ---- NaN and inf ---------------------------------------------------------------------------------------------
    c.file = "nan_inf.py"
    for x, y in [(NAN, 1.0), (INF, -INF), (INF, 2.0), (-INF, NAN)]:
        c("nan_propagate", x, y)
    for x in [NAN, INF, -INF, 0.0]:
        c("nan_compare", x)
        c("inf_arith", x)
    for a in [SPECIAL, np.array([np.nan, 1.0, -1.0]), np.array([2.0, np.inf, -np.inf])]:
        c("nan_min_loop", a)
        c("nan_np_min_max", a)
        c("nan_sum", a)
        c("nan_argmax", a)
        c("count_nan", a)
        c("replace_nan", a, 0.0)
    c("builtin_min_nan", NAN, 1.0)
    c("builtin_min_nan", 1.0, NAN)
    c("signed_zero", -0.0)
    c("signed_zero", 0.0)

    # ---- errors --------------------------------------------------------------------------------------------------
    c.file = "errors.py"
    c("int_div_zero", 5, 0)
    c("int_div_zero", 5, 2)
    c("int_mod_zero", -5, 0)
    c("float_div_zero", 1.0, 0.0)
    c("float_div_zero", 0.0, -0.0)
    c("int_true_div_zero", 3, 0)
    c("float_floordiv_zero", 1.5, 0.0)
    c("div_in_loop", np.array([5, 3, 0, 2], dtype=np.int64), xcheck=False,
      note="NumPy int64 scalars give 0 with a warning; Numba raises")
    c("div_in_loop", np.array([5, 3, 2], dtype=np.int64))
    c("index_oob", ODD7, 7)
    c("index_oob", ODD7, -8)
    c("index_oob", ODD7, -7)
    c("index_oob", EMPTY, 0)
    c("store_oob", ODD7.copy(), 10)
    c("loop_oob", ODD7)
    c("index_oob_2d", M_C, 3, 0)
    c("index_oob_2d", M_C, 0, 5)
    c("index_oob_2d", M_F, -1, -1)
    c("empty_min", EMPTY)
    c("empty_argmax", EMPTY)
    c("np_model_loop", np.array([2.0, 0.0, -0.0, -4.0]), xcheck=False,
      note="error_model='numpy': 1/0 is inf, no exception")

    # ---- parallel and fastmath -------------------------------------------------------------------------------
    c.file = "parallel_fastmath.py"
    for a in [EMPTY, ONE, ODD13]:
        c("par_scale", a, np.zeros(a.shape[0]), 2.0)
        c("par_sum_float", a, atol=1e-12)
        c("fm_sum", a, rtol=1e-9, atol=1e-12)
        c("fm_par_dot", a, a, rtol=1e-9, atol=1e-12)
    c("par_sum_int", i64(101, 38))
    c("par_sum_int", np.zeros(0, np.int64))
    c("par_rows", M_C, np.zeros(3))
    c("par_rows", M_F, np.zeros(4))
    c("par_whole_array", ODD7, EVEN10[:7].copy(), rtol=TRANSCENDENTAL_RTOL)
    c("fm_poly", 1.25, rtol=1e-9)

    # ---- None and optional values -------------------------------------------------------------------------------
    c.file = "optional.py"
    for x in [3, -3, 0]:
        c("ret_opt", x)
        c("falls_off", x)
        c("is_not_none", x)
        c("passthrough", x)
        c("opt_tuple", x)
        c("print_opt", x)
    for n in [3, 0]:
        c("var_opt", n)
    c("use_opt", 2)
    c("use_opt", 0)
    for x in [2.0, 0.0]:
        c("opt_float", x)
    for x in [3, 7, -1]:
        c("opt_widen", x)
    c("arr_opt", ODD7, True)
    c("arr_opt", ODD7, False)
    c("default_none", 2)
    c("default_none", 2, 5)
    c("default_none", 2, 5.5)
    c("default_none", 2, None)
    c("pick", 1)
    c("pick", 1, 2)
    c("pick", 1, 2.5)
    c("fill_n", EVEN10)
    c("fill_n", EVEN10, 3)
    c("call_with_none", 4)
    c("first_negative", ODD7)
    c("first_negative", POS9)
    c("first_negative", EMPTY)
    c("sum_opt", ODD13)
    c("sum_opt", EMPTY)
    c("scalar_is_none", 1)
    c("scalar_is_none", 2.5)
    c("ret_none_explicit", 1)

    # ---- try/except -----------------------------------------------------------------------------------------------
    c.file = "try_except.py"
    for x in [3, -3]:
        c("raise_caught", x)
    for i in [1, -7, 7, -8]:
        c("index_caught", ODD7, i)
    for b in [2, 0]:
        c("zero_division_caught", 7, b)
    for x in [2, 5]:
        c("call_caught", x)
        c("uncaught_in_handler", x)
    for x in [1, -1]:
        c("else_finally", x)
        c("assert_caught", x)
    c("loop_body_try", ODD13)
    c("loop_body_try", EMPTY)
    for limit in [2.5, 1000.0]:
        c("loop_inside_try", POS9, limit)
    c("nested", 0)
    c("finally_only", 0)
    c("return_in_try", 0)
    c("break_in_handler", 3)
    c("continue_in_try", ODD13)
    c("else_with_loop_else", ODD7)
    c("else_with_loop_else", POS9)
    c("prange_try", ODD13)

    # ---- uint16, uint32, uint64 ------------------------------------------------------------------------------------
    c.file = "unsigned.py"
    u64 = np.array([2 ** 64 - 1, 2 ** 63 + 5, 7, 3, 2 ** 40 + 3], np.uint64)
    u64b = np.array([3, 2 ** 63, 9, 3, 5], np.uint64)
    u32 = np.array([2 ** 32 - 1, 2 ** 31 + 1, 7, 3, 123456], np.uint32)
    u32b = np.array([3, 2 ** 31, 9, 3, 5], np.uint32)
    u16 = np.array([65535, 32769, 7, 3, 1234], np.uint16)
    u16b = np.array([3, 32768, 9, 3, 5], np.uint16)
    signed = np.array([-1, 5, -7, 3, 2 ** 62], np.int64)
    for a, b in [(u64, u64b), (u32, u32b), (u16, u16b)]:
        c("elementwise", a, b, xcheck=False, note="NumPy warns on the wrapping; same values")
        c("shifts", a)
        c("loop_ops", a, b)
        c("running_sum", a, xcheck=False, note="wraps in uint64")
        c("running_max", a)
        c("reductions", a, xcheck=False, note="prod wraps in uint64")
        c("sorted_copy", a)
        c("scalar_ops", a, 0, 2, xcheck=False, note="Numba: unsigned scalars compute in uint64 (NumPy: their own type)")
        c("mixed_scalar", a, 1, -3, xcheck=False, note="Numba: unsigned with int64 computes in int64 (NumPy: float64 for uint64)")
        c("with_float", a, 0, 1.5, xcheck=False, note="Numba: float64 (NumPy keeps float32 for uint16)")
        c("negate", a, 2, xcheck=False, note="Numba: -x of an unsigned x is computed in x's type, typed uint64")
        c("from_unsigned", a, 1, xcheck=False, note="np.int64 of a uint64 above 2**63 wraps")
        c("astype_all", a)
        c("print_unsigned", a)
        c("zero_division", np.array([0, 5], a.dtype), 1, xcheck=False, note="NumPy scalars warn and give 0")
    for a in (u32, u16):
        c("elementwise_scalar", a, xcheck=False, note="Numba types the Python int as int64, not by value")
        c("mixed_arrays", a, signed)
    # uint64 with int64 arrays and scalars: NumPy's float64 of the exact values. Numba's ufunc calls follow NumPy;
    # its operators compute in int64 (wrapping), so where that differs their goldens are CPython's.
    small_u64 = np.array([7, 3, 2 ** 40 + 3, 0, 2 ** 20 + 1], np.uint64)
    through_int64 = "Numba 0.56's array operators compute uint64 with int64 in int64 (NumPy: float64 of the exact values)"
    for a in (u64, small_u64):
        c("u64_with_i64_ufuncs", a, signed, -3)
        c("u64_with_i64_ufuncs", a, signed, 5, xcheck=False, note="Numba types the Python int as int64, not by value")
    small_signed = np.array([-1, 5, -7, 3, 2 ** 30], np.int64)  # results within int64, where Numba's operators compute
    c("u64_with_i64_operators", small_u64, small_signed, -3)
    c("u64_with_i64_operators", small_u64, small_signed, 4, xcheck=False, note="Numba types the Python int as int64, not by value")
    c("u64_with_i64_operators", u64, signed, -3, numba_differs=True, note=through_int64)
    c("mixed_arrays", u64, signed, numba_differs=True, note=through_int64)
    c("literal_big", xcheck=False, note="Numba: uint64 literal with an int64 literal computes in int64")
    c("module_big", xcheck=False, note="Numba: uint64 constant with an int64 literal computes in int64")
    for f in [-1.5, 70000.7, 3.0]:
        c("to_unsigned", f, xcheck=False, note="wraps through int64 as Numba")
    for f in [1e19, 9.3e18, 2.0 ** 63, 12.9]:
        c("to_uint64", f)
    c("created", 3)
    c("store_scalar", u64.copy(), 2 ** 64 - 2)
    c("store_scalar", u64.copy(), 2 ** 63)
    c("intp_values", 4)
    c("uint64_arg", 2 ** 63 + 7, xcheck=False, note="Numba: uint64 with an int64 literal computes in int64")
    c("uint64_arg", 2 ** 64 - 1, xcheck=False, note="Numba: uint64 with an int64 literal computes in int64")

    # ---- lists and typed dicts ---------------------------------------------------------------------------------
    c.file = "lists.py"
    c("literal_sum", 4)
    c("grow_from_empty", 5)
    c("grow_from_empty", 1)
    c("widen_on_append", 3)
    c("comprehension", 8)
    c("comprehension", 0)
    c("comprehension_keeps_outer_name", 3)
    c("list_of_range", 6)
    c("edits", 5)
    c("index_at", 0)
    c("index_at", -1)
    c("index_at", -5)
    c("index_at", 5)
    c("index_at", -6)
    c("pop_empty", 1)
    c("pop_empty", 2)
    c("iterate_and_test", 7.25)
    c("iterate_and_test", 3)
    c("to_array", 5)
    c("concat_repeat", 3)
    c("bools", 5)
    c("passed_to_helper", 3)
    c("typed_list", 4)
    c("dict_ops", 4)
    c("dict_missing", 1)
    c("dict_missing", 2)
    c("sort_reverse", 5)
    c("sort_reverse", 1)
    c("reverse_clear", 9)
    c("index_count", 4.0)
    c("index_count", 2.0)
    c("index_missing", 2)
    c("index_missing", 4)
    c("index_missing", 7)
    c("remove_first", 9)
    c("remove_missing", 2)
    c("remove_missing", 5)
    c("sorts_in_helper", 6)

    # ---- lists of arrays, tuples and lists ---------------------------------------------------------------------
    c.file = "list_items.py"
    c("arrays_share", f64(4, 11))
    c("array_methods", f64(4, 12))
    c("rows_are_views", f64_2d(3, 4, 13))
    c("int_matrices", 2)
    c("tuples", 3)
    c("tuples", 0)
    c("tuple_edits", 4)
    c("tuples_to_array", 5)
    c("tuple_search", 2)
    c("tuple_search", 3)
    c("tuple_index_missing", 2)
    c("tuple_sorts", 1)
    c("tuple_sorts", 4)
    c("item_at", 1)
    c("item_at", -2)
    c("item_at", 2)
    c("item_at", -3)
    c("pop_empty", 1)
    c("pop_empty", 2)
    c("nested_lists", 4)
    c("printed", 3)
    c("from_caller", [f64(3, 14), f64(3, 15)], [(1, 2.5), (3, 4.0)])
    c("caller_list_read", [f64_2d(2, 2, 16), f64_2d(3, 2, 17)])
    c("augmented_items", f64(5, 18))

    # ---- collections.namedtuple --------------------------------------------------------------------------------
    c.file = "namedtuples.py"
    c("make", 3)
    c("make", -2)
    c("make_returned", 7)
    c("fields_and_index", 5)
    c("unpack", 3, 4.5)
    c("iterate", 4)
    c("between_functions", 3)
    c("defaults_overridden", 2.0)
    c("with_array", 4)
    c("printed", 3)
    c("in_branches", 5)
    c("in_branches", 1)
    c("norm_arg", Point(3.0, 4))
    c("norm_arg", Point(x=-1.5, y=2.5))
    c("nested_arg", (Point(1, 2.5), 3), 2)
    c("nested_arg", (Point(-4, 0.5), -1), 3)
    c("array_field_arg", Rect(np.arange(5.0), 2))
    c("printed_nested", 3)

    # ---- complex64, complex128 ---------------------------------------------------------------------------------
    c.file = "complex_numbers.py"
    c128 = np.array([1.5 - 2j, -0.25 + 0.5j, 3j, -4.0, 0.75 + 1e-3j], np.complex128)
    c128b = np.array([2 + 1j, 0.5 - 0.5j, -1.25j, 2.0, -3 + 4j], np.complex128)
    c64 = c128.astype(np.complex64)
    c64b = c128b.astype(np.complex64)
    for z, w in [(1.5 - 2j, 0.5 + 0.25j), (-3 + 0j, 2j), (0.1 + 0.7j, -1.2 - 0.4j)]:
        c("arith", z, w)
        c("parts", z)
        c("cmath_basic", z)
        c("cmath_trig", z)
        c("tests", z)
        c("truth", z)
        c("promote", 2.5, 3, z)
    # The inverse functions: ordinary points, both sides of every branch cut (signed zeros), tiny and huge values.
    for z in [0.3 + 0.4j, -1.5 + 2j, 0.1 + 0.7j, -3 - 0.25j, 0j, complex(-0.0, -0.0),
              2 + 0j, complex(2, -0.0), -2 + 0j, complex(-2, -0.0), 2j, complex(-0.0, 2), -2j, complex(0.0, -2),
              0.5 + 0j, 1e-300 + 1e-300j, 1e200 - 3e200j, -1e300 + 1j, 1e20 + 1e20j, 1 + 1e-30j]:
        c("cmath_inverse", z)
    for x in [0.5, -0.75, 2.0, -3.0]:
        c("cmath_inverse_of_real", x)
    # cmath.log(z, base) is log(z) / log(base) with Numba's complex division: a zero log(base) (base 1) is
    # ZeroDivisionError, and log(0) = -inf + 0j divides on into infinities and NaNs, where CPython raises ValueError.
    nan, inf = float("nan"), float("inf")
    for z, base in [(1 + 1j, 1), (1 + 1j, 1.0), (2 + 0j, 1 + 0j), (0j, 1), (complex(nan, 0.0), 1), (0j, 2),
                    (1 + 1j, 0), (0j, 0), (1j, 0j), (complex(-0.0, -0.0), 2.5), (-3.0, 0), (2.0, 0j),
                    (complex(inf, 1.0), 2), (1 + 1j, inf), (complex(-inf, nan), 3), (1 + 1j, -1), (0.5 - 2j, 1e-300j)]:
        c("cmath_log_base", z, base, xcheck=False, note="Numba divides the logarithms (CPython: ValueError)")
    c("arith", 2 + 0j, -1 + 0j)
    c("truth", 0j)
    c("tests", complex(float("nan"), 1.0))
    c("tests", complex(1.0, float("inf")))
    for x in [0.5, -2.0, 3.0]:
        c("literals", x)
        c("cmath_of_real", x)
    c("real_parts", 2.5, 7)
    c("single", c64, 1.5)
    c("zero_division", 1 + 1j)
    c("loop_sum", c128)
    c("loop_sum", c64)
    for cz in [-0.75 + 0.1j, 0.3 + 0.5j, -2 + 0j]:
        c("mandel_steps", cz, 50)
    c("fill", 4)
    c("store", c128.copy(), 0.5 - 1.5j)
    c("store", c64.copy(), 0.5 - 1.5j)
    for a, b in [(c128, c128b), (c64, c64b)]:
        c("elementwise", a, b)
        c("array_functions", a)
        c("array_attributes", a)
        c("returns_array", a)
    for a, b in [(c128, c128b), (c64, c64b)]:
        c("reductions", a)
        c("accumulate", a, 0.5 - 1j)
    for a, b in [(c128, c128b), (c64, c64b)]:  # Numba's np.dot needs one dtype (the NumPy goldens mix them)
        c("dots", a, b)
        c("dots", b, a)
    c("reductions_2d", c128.reshape(1, 5) * c128b.reshape(5, 1))
    c("reductions_2d", (c64.reshape(1, 5) * c64b.reshape(5, 1)).astype(np.complex64))
    c("dots", c128, c128b[:4])
    c("mixed_arrays", c128, 2.5)
    c("mixed_arrays", c64, 2.5)
    c("real_array_parts", np.array([1.5, -2.0, 3.25]))
    c("astype", np.array([1.5, -2.0, 3.25]))
    c("print_complex", 1.5 - 2j, c128)
    c("print_complex", -0.0 + 3j, c64)
    c("full_power", c128)

    # ---- language features: while/else, zip, enumerate, row iteration, in, tuple slices, builtins, math -------
    # pow(a, b, m), any/all, repeating a tuple of variables and the math functions Numba 0.56 refuses: python_only.py.
    c.file = "language_features.py"
    c("while_else", 5, 100)
    c("while_else", 10, 10)
    c("while_else", 0, 0)
    c("while_else", 4, 0)
    c("zip_arrays", ODD7, EVEN10)
    c("zip_arrays", EVEN10, ODD7)
    c("zip_arrays", EMPTY, ODD7)
    c("zip_range_array", 4, ODD7)
    c("zip_range_array", 20, ODD13)
    c("zip_range_array", 0, ODD7)
    c("enumerate_range", 2, 9)
    c("enumerate_range", -3, 4)
    c("enumerate_range", 5, 5)
    c("enumerate_array", ODD13)
    c("enumerate_array", i64(9, 3))
    c("enumerate_array", EMPTY)
    c("row_iteration", M_C)
    c("row_iteration", M_F)
    c("row_iteration", M_0)
    for x in [2, 4, 7, -3]:
        c("in_tuple", x)
    for x, lo, hi, step in [(4, 0, 10, 2), (5, 0, 10, 2), (10, 0, 10, 1), (-4, 0, -10, -2), (-3, 0, -10, -2),
                            (3, 5, 1, 1), (0, 0, 1, 3)]:
        c("in_range", x, lo, hi, step)
    c("tuple_repeat", 3)
    c("tuple_repeat", -0.5)
    c("tuple_slice", 1, 2, 3, 4)
    c("tuple_slice", -5, 9, 4, 0)
    c("tuple_truth", 0)
    c("tuple_truth", 3)
    for a, b in [(-7, 2), (7, -2), (17, 5), (-17, -5), (0, 3), (5, 0), (I64_MIN, 7)]:
        c("divmod_builtin", a, b)
    for a, b in [(-7.5, 2.0), (7.5, -2.0), (5.0, 0.3), (-0.0, 2.0), (1.0, INF), (1.0, 0.0)]:
        c("divmod_builtin", a, b)
    c("sum_range", 0)
    c("sum_range", 10)
    c("sum_range", 100000)
    for a, b in [(12, 18), (-12, 18), (12, -18), (0, 5), (0, 0), (17, 5), (I64_MAX, 3)]:
        c("gcd", a, b)
    for x, e in [(1.5, 3), (1.0, -1074), (1.0, -1075), (-0.0, 5), (NAN, 2), (-INF, -3), (3.0, 0)]:
        c("ldexp", x, e)
    c("ldexp", 0.75, 1025, xcheck=False, note="Numba overflows to inf (CPython: OverflowError)")
    c("ldexp", -1.0, 1024, xcheck=False, note="Numba overflows to -inf (CPython: OverflowError)")
    for x in [3.0, -0.1, 0.0, -0.0, 1e-320, 1e308, INF, NAN, 0.5]:
        c("frexp", x)  # Numba types the exponent int32
    c("frexp_exponent_sum", ODD13)
    for a, x in [(3, 0.25), (-7, -2.5), (True, 1e300), (0, NAN)]:
        c("sum_mixed_tuple", a, x)

    # ---- Python built-ins and math that Numba 0.56 refuses (TypingError): goldens from CPython + NumPy ----------
    # Numba 0.56 refuses pow(a, b, m), the any/all builtins, repeating a tuple of variables, math.lcm, factorial,
    # comb, isclose, log2 and log(x, base); python_only runs the undecorated function and checks Numba still refuses.
    # Arguments keep the results within int64 (Jumba computes them in int64; Python's big integers are not modelled).
    c.file = "python_only.py"
    p = {"python_only": True}
    for a, b, m in [(3, 4, 5), (-3, 3, 5), (7, 2, 1), (-7, 3, 1), (-7, 3, -5), (2, 10, -1000), (0, 0, 7), (-1, 0, 1),
                    (I64_MAX, I64_MAX, I64_MAX - 24), (-(2 ** 62), 3, 2 ** 61 + 1), (12345, 6789, 1),
                    (2, -1, 5), (3, -2, -7), (-4, -3, 11), (2, -1, 4), (3, 4, 0)]:
        c("pow_mod", a, b, m, **p)
    for t in [(0, 0, 0), (0, 3, 0), (1, 2, 3), (-1, 0, 5)]:
        c("any_all_tuple", *t, **p)
    c("any_all_tuple", 0.0, -0.5, NAN, **p)
    for a in [np.array([1.0, 0.0, 2.0]), np.array([3, 2, 5], np.int64), np.array([], np.int64), np.zeros(4),
              np.array([True, True]), np.array([NAN, 0.0])]:
        c("any_all_array", a, **p)
    for lo, hi in [(0, 0), (0, 1), (0, 5), (1, 5), (-3, 2), (-4, -1), (5, 1)]:
        c("any_all_range", lo, hi, **p)
    c("any_in_loop", ODD13, **p)
    c("any_in_loop", EMPTY, **p)
    c("tuple_repeat_vars", 1, 2.5, **p)
    c("tuple_repeat_vars", -3, True, **p)
    for a, b in [(4, 6), (-4, 6), (4, -6), (0, 5), (0, 0), (21, 6), (7, 13), (2 ** 31, 3 ** 19)]:
        c("lcm", a, b, **p)
    for n in [0, 1, 5, 20, -1]:
        c("factorial", n, **p)
    for n, k in [(10, 3), (5, 0), (5, 5), (5, 7), (0, 0), (62, 31), (66, 33), (100, 3), (1000, 5), (-1, 2), (5, -2)]:
        c("comb", n, k, **p)
    for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.001), (1.0, 1.3), (0.0, 1e-300), (INF, INF), (-INF, INF), (NAN, NAN),
                 (INF, 1e308), (-0.0, 0.0), (1e-13, 0.0), (3, 3)]:
        c("isclose", a, b, **p)
    for a, b, rel, tol in [(1.0, 1.1, 0.1, 0.0), (1.0, 1.1, 0.05, 0.0), (100.0, 101.0, 0.0, 1.0), (0.0, 1e-9, 0.0, 1e-9),
                           (1.0, 2.0, 0.0, 0.0), (INF, INF, 0.0, 0.0), (NAN, 1.0, 1.0, INF), (1.0, 1.0, -0.1, 0.0),
                           (1.0, 1.0, 0.0, -1.0)]:
        c("isclose_tols", a, b, rel, tol, **p)
    for x in [8.0, 1.0, 0.5, 10.0, 3, 2.0 ** -1074, 1e308, INF, NAN, 0.0, -1.0]:
        c("log2", x, rtol=TRANSCENDENTAL_RTOL, **p)
    for x, base in [(8.0, 2.0), (100.0, 10.0), (1000, 10), (2.0, 0.5), (7.5, 3.0), (1.0, 5.0), (INF, 2.0), (NAN, 2.0),
                    (8.0, 1.0), (0.0, 2.0), (8.0, -2.0), (-1.0, 2.0), (8.0, 0.0)]:
        c("log_base", x, base, rtol=TRANSCENDENTAL_RTOL, **p)
    c("log2_array", POS9, rtol=TRANSCENDENTAL_RTOL, **p)

    return c.cases
