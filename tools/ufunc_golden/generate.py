#!/usr/bin/env python3
"""Golden data for io.jumba.ufunc: NumPy's own answers for the built-in ufuncs and their methods.

Needs NumPy >= 2, whose type promotion (NEP 50) Jumba follows: Python int/float scalars are weak, 0-d arrays are
not (the script refuses an older NumPy). Run with the default python3 from the repository root:
    python3 tools/ufunc_golden/generate.py
Writes ufunc/src/test/resources/golden/manifest.json and golden/data/*.npy, and for the gufuncs of
jumba/src/test/resources/gufunc_golden/kernels.py that folder's manifest.json and data/*.npy (see gufunc_cases). Deterministic: fixed values and a
seeded generator, so rerunning gives identical files.

Manifest: {"numpy": version, "cases": [case...]}. Every case has "id", "kind", "ufunc"; arrays are named by file
(relative to golden/data), scalars are {"scalar": value, "type": dtype-name}: a Python int (int64), float (float64)
or bool, which the Java test passes as Long (a BigInteger from 2**63 up), Double and Boolean. Kinds:
  call        inputs, expected (list, one per output); optional out (initial contents of a given out array),
              where (mask file or scalar), dtype, casting, extraArgs (number of surplus positional arguments)
  reduce      array; axis (absent = default 0, null = all, int or list); keepdims; initial (scalar); where; expected
  accumulate  array, axis, expected
  reduceat    array, indices (list), axis, expected
  outer       inputs [a, b], expected
  at          array (before), indices (int64 file, or a list of files: a tuple of index arrays), b (file or
              scalar; absent for a unary ufunc), expected (array after)
A case with "error" instead of "expected" must raise io.jumba.ufunc.UFuncException with exactly that message, and
"errorType" is the Python exception's class name (TypeError, UFuncTypeError, AxisError, ...), its pythonName().
"""
import json
import os
import shutil
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ufunc", "src", "test", "resources", "golden")
DATA = os.path.join(OUT, "data")

SUPPORTED = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]
SHORT = {"bool": "b1", "int8": "i1", "uint8": "u1", "int16": "i2", "uint16": "u2", "int32": "i4", "uint32": "u4",
         "int64": "i8", "uint64": "u8", "float32": "f4", "float64": "f8"}

UNARY = ["negative", "absolute", "sign", "sqrt", "cbrt", "square", "reciprocal", "exp", "exp2", "expm1", "log",
         "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
         "floor", "ceil", "trunc", "rint", "logical_not", "invert", "isnan", "isinf", "isfinite"]
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "arctan2", "hypot",
          "minimum", "maximum", "fmin", "fmax", "greater", "greater_equal", "less", "less_equal", "equal",
          "not_equal", "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift", "copysign"]

cases = []
counter = {}


def edge_values(dtype):
    """Values that exercise the corners of a dtype: signed zeros, infinities, NaN, integer extremes."""
    if dtype == "bool":
        return np.array([False, True])
    if dtype.startswith("float"):
        big = 1e300 if dtype == "float64" else 1e30
        return np.array([0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.25, -100.0, 0.1, big, -1e-30,
                         np.inf, -np.inf, np.nan], dtype=dtype)
    info = np.iinfo(dtype)
    if info.min == 0:
        values = [0, 1, 2, 3, 7, 13, 100, 127, 128, info.max]
        if info.max > 255:
            # the sign bit of the signed type of that width (read signed, these would be negative)
            values += [info.max // 2, info.max // 2 + 1, info.max - 1]
        if dtype == "uint64":
            # float64 rounding: ties to even at 2**53 and beyond 2**63, the largest values round to 2**64
            values += [2**53 + 1, 2**63 + 1024, 2**63 + 1025, 2**63 + 3072, 2**64 - 1024, 2**64 - 1025]
        return np.array(values, dtype=dtype)
    return np.array([0, 1, -1, 2, -7, 13, 100, -100, info.min, info.max, info.min + 1, info.max - 1], dtype=dtype)


def second_operand(name, dtype, values):
    """Right operands: all edge values, except where NumPy leaves the result undefined or raising."""
    if name == "power" and not dtype.startswith("float") and dtype != "bool":
        return np.array([0, 1, 2, 3, 7], dtype=dtype)
    if name in ("left_shift", "right_shift"):
        bits = np.dtype(dtype).itemsize * 8
        return np.array([0, 1, 3, bits - 1, bits, bits + 1], dtype=dtype) if dtype != "bool" else values
    return values


def save(tag, array):
    """Write one array as data/<tag>.npy and return the file name."""
    name = tag + ".npy"
    np.save(os.path.join(DATA, name), np.asarray(array), allow_pickle=False)
    return name


def new_id(base):
    counter[base] = counter.get(base, 0) + 1
    return base if counter[base] == 1 else f"{base}_{counter[base]}"


def arg(case_id, k, value):
    if isinstance(value, (np.ndarray, np.generic)):
        return save(f"{case_id}.{k if isinstance(k, str) else f'in{k}'}", value)
    return scalar(value)


def scalar(value):
    """A Python scalar for the manifest, typed as the Java test boxes it."""
    kind = "bool" if isinstance(value, bool) else "int64" if isinstance(value, int) else "float64"
    return {"scalar": value, "type": kind}


def supported(results):
    return all(np.asarray(r).dtype.name in SUPPORTED for r in results)


def add_call(name, inputs, base, **options):
    """Record one ufunc call (or its error); skips results NumPy computes in a dtype Jumba does not have."""
    uf = getattr(np, name)
    kwargs = {}
    out_initial = options.get("out")
    if out_initial is not None:
        kwargs["out"] = out_initial.copy()
    if options.get("where") is not None:
        kwargs["where"] = options["where"]
    if options.get("dtype") is not None:
        kwargs["dtype"] = options["dtype"]
    if options.get("casting") is not None:
        kwargs["casting"] = options["casting"]
    extra = options.get("extraArgs", 0)
    try:
        with np.errstate(all="ignore"):
            result = uf(*inputs, *([inputs[0]] * extra), **kwargs)
        error = None
    except (TypeError, ValueError, OverflowError) as e:
        result, error = None, e
    if error is None:
        results = result if isinstance(result, tuple) else (result,)
        if not supported(results):
            return
    case_id = new_id(base)
    case = {"id": case_id, "kind": "call", "ufunc": name,
            "inputs": [arg(case_id, k, v) for k, v in enumerate(inputs)]}
    if out_initial is not None:
        case["out"] = save(f"{case_id}.out", out_initial)
    if options.get("where") is not None:
        case["where"] = arg(case_id, "where", options["where"])
    if options.get("dtype") is not None:
        case["dtype"] = np.dtype(options["dtype"]).name
    if options.get("casting") is not None:
        case["casting"] = options["casting"]
    if extra:
        case["extraArgs"] = extra
    if error is not None:
        case["error"] = str(error)
        case["errorType"] = type(error).__name__
    else:
        case["expected"] = [save(f"{case_id}.exp{k}", r) for k, r in enumerate(results)]
    cases.append(case)


def elementwise_cases():
    """Every built-in over every dtype: edge values (all pairs for binary), then broadcast shapes."""
    for dtype in SUPPORTED:
        values = edge_values(dtype)
        for name in UNARY:
            operand = values
            if name == "reciprocal" and dtype != "bool" and not dtype.startswith("float"):
                operand = values[values != 0]  # C leaves integer 1/0 undefined; NumPy has no answer of its own
            add_call(name, [operand], f"{name}_{SHORT[dtype]}_edge")
        for name in BINARY:
            right = second_operand(name, dtype, values)
            a = np.repeat(values, len(right))
            b = np.tile(right, len(values))
            add_call(name, [a, b], f"{name}_{SHORT[dtype]}_edge")
    rng = np.random.default_rng(20240601)
    shapes = [((), ()), ((0,), (0,)), ((0, 3), (3,)), ((3, 1), (1, 4)), ((2, 3, 4), (4,)), ((), (5,)),
              ((2, 1, 3), (4, 1)), ((1,), (6,))]
    for dtype in ["float64", "float32", "int64", "int32", "bool"]:
        for sa, sb in shapes:
            a = sample(rng, dtype, sa)
            b = sample(rng, dtype, sb)
            tag = "x".join("_".join(map(str, s)) or "s" for s in (sa, sb))
            for name in ["add", "multiply", "maximum", "less", "logical_xor", "arctan2"]:
                add_call(name, [a, b], f"{name}_{SHORT[dtype]}_bc_{tag}")
            add_call("sqrt", [np.abs(a)], f"sqrt_{SHORT[dtype]}_shape_{tag}")
    # A non-contiguous (transposed, strided) operand.
    base = np.arange(24, dtype=np.float64).reshape(4, 6)
    add_call("subtract", [base.T, base[:, ::3][:, :1].T], "subtract_f8_strided")
    add_call("exp", [base[:, ::-2] / 10], "exp_f8_reversed")


def sample(rng, dtype, shape):
    if dtype == "bool":
        return np.asarray(rng.integers(0, 2, size=shape).astype(bool))
    if dtype.startswith("int"):
        return np.asarray(rng.integers(-50, 50, size=shape).astype(dtype))
    return np.asarray(np.round(rng.normal(0, 10, size=shape), 3).astype(dtype))


def promotion_cases():
    """Mixed input dtypes: NumPy picks the first loop both inputs cast to safely."""
    pairs = [("int32", "float32"), ("int8", "uint8"), ("bool", "int8"), ("int16", "float32"),
             ("int64", "float32"), ("uint8", "int16"), ("int32", "int64"), ("float32", "float64"),
             ("bool", "float64"), ("uint8", "float32"), ("int64", "uint8"), ("uint8", "int8"), ("float32", "int64")] + [
        # unsigned with signed: the next wider signed type, float64 for uint64 (NumPy has no wider integer)
        ("uint16", "int16"), ("uint32", "int32"), ("uint64", "int64"), ("int8", "uint64"), ("uint32", "int64"),
        ("uint64", "uint8"), ("uint16", "uint32"), ("bool", "uint64"), ("uint16", "float32"), ("uint32", "float32"),
        ("uint64", "float32"), ("uint64", "float64")]
    for ta, tb in pairs:
        a = np.array([1, 0, 3, 5], dtype=ta) if ta != "bool" else np.array([True, False, True, True])
        b = np.array([2, 4, 1, 1], dtype=tb)
        for name in ["add", "divide", "maximum", "power", "equal", "floor_divide"]:
            add_call(name, [a, b], f"{name}_mix_{SHORT[ta]}_{SHORT[tb]}")
    for name in ["sqrt", "exp", "sin", "negative", "absolute"]:
        for dtype in ["int16", "int32", "int64", "bool"]:
            add_call(name, [np.array([0, 1, 4, 9], dtype=dtype)], f"{name}_cast_{SHORT[dtype]}")
    # Python scalars (boxed in Java) with arrays of their own default dtype.
    f = np.array([1.5, -2.0, 0.25])
    i = np.array([3, -4, 5], dtype=np.int64)
    add_call("add", [f, 2.0], "add_f8_pyfloat")
    add_call("multiply", [i, 3], "multiply_i8_pyint")
    add_call("subtract", [f, 2], "subtract_f8_pyint")
    add_call("divide", [i, 2], "divide_i8_pyint")
    add_call("add", [2.5, 3.0], "add_pyfloat_pyfloat")
    add_call("maximum", [7, 3], "maximum_pyint_pyint")
    add_call("sqrt", [2.0], "sqrt_pyfloat")
    add_call("less", [1.0, 2.0], "less_pyfloat")


def scalar_tag(value):
    """A file-name-safe tag for a Python scalar: py2, pym1, pyf2_5, pyf1em300, pyTrue."""
    if isinstance(value, bool):
        return f"py{value}"
    text = repr(value).replace("-", "m").replace(".", "_").replace("+", "")
    return ("pyf" if isinstance(value, float) else "py") + text


def nep50_cases():
    """NEP 50, where NumPy 2 differs from NumPy 1's value-based casting: a Python int or float is weak, taking the
    dtype of arrays of its kind or a higher one (an int8 array plus 1000 is int8, so OverflowError; a float32 array
    plus 2.5 float32) and its default dtype otherwise (an int8 array plus 2.5 is float64); Python bool, NumPy
    scalars and 0-d arrays are strong like any array (a float32 array plus a 0-d float64 array is float64).
    Comparisons and logical ufuncs compare an out-of-range Python int by value instead of raising."""
    arrays = {
        "i1": np.array([1, -2, 100, -128, 127], dtype=np.int8),
        "u1": np.array([0, 1, 200, 255], dtype=np.uint8),
        "i2": np.array([1, -300, 32767], dtype=np.int16),
        "u2": np.array([0, 1, 40000, 65535], dtype=np.uint16),
        "u4": np.array([0, 1, 2**31, 2**32 - 1], dtype=np.uint32),
        "u8": np.array([0, 1, 2**63, 2**64 - 1], dtype=np.uint64),
        "f4": np.array([1.5, -2.25, 3.0e38], dtype=np.float32),
        "b1": np.array([True, False]),
    }
    values = [2, -1, 200, 1000, 2.5, 1e300, True, 2**63, 2**64 - 1]
    names = ["add", "subtract", "multiply", "maximum", "floor_divide", "divide", "bitwise_and", "less", "equal",
             "logical_xor"]
    for tag, a in arrays.items():
        for v in values:
            for name in names:
                if name == "logical_xor" and type(v) is int and v >= 2**63:
                    continue  # NumPy's logical ufuncs refuse it (a documented difference: Jumba takes its truth)
                add_call(name, [a, v], f"{name}_{tag}_{scalar_tag(v)}")
            for name in ["subtract", "greater"]:
                add_call(name, [v, a], f"{name}_{scalar_tag(v)}_{tag}")
    zero_d = {"f8": np.array(3.0), "i8": np.array(1000), "i1": np.array(3, dtype=np.int8),
              "f4": np.array(2.5, dtype=np.float32)}
    for tag, a in arrays.items():
        for ztag, z in zero_d.items():
            add_call("add", [a, z], f"add_{tag}_0d{ztag}")
    add_call("multiply", [np.array(3, dtype=np.int8), 1000], "multiply_0di1_py1000")
    add_call("add", [np.array(2.5, dtype=np.float32), 1e300], "add_0df4_pyf1e300")
    add_call("add", [np.float32(2.5), 3.0], "add_npf4_pyf3_0")
    add_call("add", [np.int8(3), 1000], "add_npi1_py1000")
    add_call("add", [np.float32(2.5), np.float64(3.0)], "add_npf4_npf8")
    for name, inputs in [("add", [2, 3.0]), ("add", [True, 3]), ("add", [True, True]), ("less", [2, 3.5]),
                         ("sqrt", [2]), ("divide", [7, 2]), ("floor_divide", [7, 2]), ("invert", [5]),
                         ("negative", [True]), ("subtract", [True, False])]:
        add_call(name, inputs, f"{name}_{'_'.join(scalar_tag(v) for v in inputs)}")


def option_cases():
    """out=, where=, dtype=, casting= and the errors NumPy raises for them."""
    a = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
    b = np.array([10.0, 20.0, 30.0, 40.0])
    mask = np.array([True, False, True, False])
    add_call("add", [a, b], "add_out", out=np.full((3, 4), -1.0))
    add_call("add", [a, b], "add_where", out=np.full((3, 4), -1.0), where=mask)
    add_call("multiply", [a, b], "multiply_where_col", out=np.zeros((3, 4)),
             where=np.array([[True], [False], [True]]))
    add_call("add", [a, b], "add_dtype_f4", dtype=np.float32)
    add_call("add", [a, b], "add_out_f4", out=np.zeros((3, 4), dtype=np.float32))
    ia = np.array([1, 2, 3], dtype=np.int32)
    ib = np.array([4, 5, 6], dtype=np.int32)
    add_call("add", [ia, ib], "add_out_i8", out=np.zeros(3, dtype=np.int64))
    add_call("add", [ia, ib], "add_dtype_f8", dtype=np.float64)
    add_call("divide", [ia, ib], "divide_dtype_f4", dtype=np.float32)
    add_call("add", [ia, ib], "add_casting_no_ok", casting="no")
    add_call("add", [ia, ib], "add_unsafe_out", out=np.zeros(3, dtype=np.int8), casting="unsafe")
    # errors
    add_call("add", [np.ones(3), np.ones(4)], "err_broadcast")
    add_call("multiply", [np.ones((2, 3)), np.ones((3, 2))], "err_broadcast_2d")
    add_call("add", [a, b], "err_out_cast", out=np.zeros((3, 4), dtype=np.int64))
    add_call("add", [a, b], "err_out_shape", out=np.zeros((3, 1)))
    add_call("add", [ia, np.ones(3)], "err_casting_no", casting="no")
    add_call("sqrt", [a], "err_sqrt_out_cast", out=np.zeros((3, 4), dtype=np.int32))
    add_call("add", [a, b], "err_arity", extraArgs=2)
    add_call("sqrt", [a], "err_arity_unary", extraArgs=2)
    add_call("bitwise_and", [a, b], "err_no_loop_bitwise_f8")
    add_call("invert", [a], "err_no_loop_invert_f8")
    add_call("left_shift", [np.array([1.0]), np.array([2])], "err_no_loop_shift")
    add_call("power", [np.array([2, 3]), np.array([-1, 2])], "err_int_negative_power")
    add_call("add", [a, a], "err_dtype_input_cast", dtype=np.int8)
    add_call("sqrt", [ia], "err_sqrt_casting_no", casting="no")
    # Python scalars under casting=, dtype=, out= (NEP 50: a weak scalar takes a type of its kind whatever the rule)
    i8 = np.array([1, -2, 100], dtype=np.int8)
    add_call("add", [b, 1], "add_pyint_casting_no", casting="no")
    add_call("add", [i8, 2.5], "err_pyfloat_casting_no", casting="no")
    add_call("add", [i8, True], "err_pybool_casting_no", casting="no")
    add_call("add", [i8, 2], "err_pyint_casting_equiv", casting="equiv")
    add_call("add", [np.array([1, 2]), 2], "add_pyint_casting_equiv", casting="equiv")
    add_call("less", [i8, 1000], "less_pyint_casting_equiv", casting="equiv")
    add_call("add", [i8, 2.0], "err_pyfloat_dtype_i1", dtype=np.int8)
    add_call("add", [i8, 1000], "add_pyint_dtype_i2", dtype=np.int16)
    add_call("add", [i8, 1000], "err_pyint_dtype_i1", dtype=np.int8)
    add_call("add", [np.array([True, False]), 2], "add_b1_pyint_dtype_i1", dtype=np.int8)
    add_call("equal", [i8, 1000], "equal_pyint_dtype_b1", dtype=np.bool_)
    add_call("add", [i8, 2], "add_pyint_out_f4", out=np.zeros(3, dtype=np.float32))
    add_call("add", [i8, 1000], "err_pyint_out_i4", out=np.zeros(3, dtype=np.int32))
    add_call("add", [i8, 2.5], "err_pyfloat_out_i1", out=np.zeros(3, dtype=np.int8))
    add_call("add", [i8, 1000], "err_pyint_where_false", out=np.zeros(3, dtype=np.int8),
             where=np.array([False, False, False]))


def method(kind, name, extra, run):
    """Record a method call: run() gives the result (or raises); extra holds the case's parameters."""
    case_id = new_id(f"{kind}_{name}_{extra.pop('_tag')}")
    case = {"id": case_id, "kind": kind, "ufunc": name}
    try:
        with np.errstate(all="ignore"):
            result = run()
        error = None
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        result, error = None, e
    if error is None and not supported([result]):
        return
    for key, value in extra.items():
        if isinstance(value, np.ndarray):
            case[key] = save(f"{case_id}.{key}", value)
        elif key == "inputs":
            case[key] = [save(f"{case_id}.in{k}", v) for k, v in enumerate(value)]
        elif isinstance(value, tuple):
            case[key] = [save(f"{case_id}.{key}{k}", v) for k, v in enumerate(value)]
        else:
            case[key] = value
    if error is not None:
        case["error"] = str(error)
        case["errorType"] = type(error).__name__
    else:
        case["expected"] = save(f"{case_id}.exp", result)
    cases.append(case)


def reduce_cases():
    m = np.array([[3.0, -1.0, 4.0, 1.5], [-5.0, 9.0, 2.0, 6.0], [5.0, -3.0, 0.5, 8.0]])
    arrays = {
        "f8": m,
        "f4": m.astype(np.float32),
        "i8": np.array([[3, -1, 4, 1], [-5, 9, 2, 6], [5, -3, 7, 8]], dtype=np.int64),
        "i4": np.array([[3, -1, 4, 1], [-5, 9, 2, 6], [5, -3, 7, 8]], dtype=np.int32),
        "b1": np.array([[True, False, True, True], [True, True, True, True], [False, False, True, False]]),
        "f8nan": np.array([[1.0, np.nan, 3.0], [-0.0, 0.0, np.inf]]),
    }
    cube = np.arange(24, dtype=np.float64).reshape(2, 3, 4) - 11.5
    names = ["add", "multiply", "maximum", "minimum", "subtract", "fmax", "fmin", "logical_and", "logical_or",
             "bitwise_xor", "bitwise_or"]
    for name in names:
        uf = getattr(np, name)
        for tag, a in arrays.items():
            def r(**kw):
                return lambda: uf.reduce(a, **kw)
            method("reduce", name, {"_tag": tag + "_default", "array": a}, r())
            for axis in [None, 0, 1, -1]:
                method("reduce", name, {"_tag": f"{tag}_axis{axis}", "array": a, "axis": axis}, r(axis=axis))
            method("reduce", name, {"_tag": f"{tag}_keep", "array": a, "axis": 1, "keepdims": True},
                   r(axis=1, keepdims=True))
            method("reduce", name, {"_tag": f"{tag}_keepall", "array": a, "axis": None, "keepdims": True},
                   r(axis=None, keepdims=True))
        f = arrays["f8"]
        method("reduce", name, {"_tag": "cube_axes02", "array": cube, "axis": [0, 2]},
               lambda: uf.reduce(cube, axis=(0, 2)))
        method("reduce", name, {"_tag": "cube_axes12_keep", "array": cube, "axis": [1, 2], "keepdims": True},
               lambda: uf.reduce(cube, axis=(1, 2), keepdims=True))
        method("reduce", name, {"_tag": "f8_initial", "array": f, "axis": 0, "initial": scalar(10.0)},
               lambda: uf.reduce(f, axis=0, initial=10.0))
        wmask = np.array([[True, False, True, False], [True, True, False, False], [False, True, True, False]])
        method("reduce", name, {"_tag": "f8_where", "array": f, "axis": 1, "initial": scalar(0.5), "where": wmask},
               lambda: uf.reduce(f, axis=1, initial=0.5, where=wmask))
        method("reduce", name, {"_tag": "f8_where_noinit", "array": f, "axis": None, "where": wmask},
               lambda: uf.reduce(f, axis=None, where=wmask))
        empty = np.zeros((0, 3))
        method("reduce", name, {"_tag": "empty_axis0", "array": empty, "axis": 0},
               lambda: uf.reduce(empty, axis=0))
        method("reduce", name, {"_tag": "empty_axis1", "array": empty, "axis": 1},
               lambda: uf.reduce(empty, axis=1))
        scalar0d = np.array(4.5)
        method("reduce", name, {"_tag": "zero_d", "array": scalar0d, "axis": None},
               lambda: uf.reduce(scalar0d, axis=None))
    i1 = np.array([[3, -1], [100, 7]], dtype=np.int8)
    f4 = m.astype(np.float32)
    u4 = np.array([[2**32 - 1, 1], [2**31, 7]], dtype=np.uint32)
    u8 = np.array([[2**64 - 1, 1], [2**63, 7]], dtype=np.uint64)
    for name, a, tag, init in [("maximum", i1, "i1", 1000), ("add", i1, "i1", 1000), ("maximum", i1, "i1", 2.5),
                               ("minimum", i1, "i1", -200), ("maximum", f4, "f4", 1e300), ("add", f4, "f4", 2),
                               ("add", u4, "u4", 7), ("maximum", u8, "u8", -1), ("minimum", u8, "u8", 2.5)]:
        method("reduce", name, {"_tag": f"{tag}_initial_{scalar_tag(init)}", "array": a, "axis": 0,
                                "initial": scalar(init)},
               lambda name=name, a=a, init=init: getattr(np, name).reduce(a, axis=0, initial=init))
    method("reduce", "add", {"_tag": "err_axis", "array": m, "axis": 2}, lambda: np.add.reduce(m, axis=2))
    method("reduce", "sqrt", {"_tag": "err_unary", "array": m}, lambda: np.sqrt.reduce(m))


def accumulate_reduceat_outer_at_cases():
    m = np.array([[3.0, -1.0, 4.0, 1.5], [-5.0, 9.0, 2.0, 6.0], [5.0, -3.0, 0.5, 8.0]])
    im = np.array([[3, -1, 4, 1], [-5, 9, 2, 6], [5, -3, 7, 8]], dtype=np.int32)
    v = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
    for name in ["add", "multiply", "maximum", "minimum", "subtract", "logical_or", "divide"]:
        uf = getattr(np, name)
        for tag, a in [("f8", m), ("i4", im)]:
            for axis in [0, 1]:
                method("accumulate", name, {"_tag": f"{tag}_axis{axis}", "array": a, "axis": axis},
                       lambda a=a, axis=axis: uf.accumulate(a, axis))
        method("accumulate", name, {"_tag": "empty", "array": np.zeros(0), "axis": 0},
               lambda: uf.accumulate(np.zeros(0), 0))
        for tag, idx in [("plain", [0, 2, 5]), ("desc", [0, 4, 1, 6]), ("last", [7, 3])]:
            method("reduceat", name, {"_tag": f"v_{tag}", "array": v, "indices": idx, "axis": 0},
                   lambda idx=idx: uf.reduceat(v, idx, 0))
        method("reduceat", name, {"_tag": "m_axis1", "array": m, "indices": [0, 3, 1], "axis": 1},
               lambda: uf.reduceat(m, [0, 3, 1], 1))
        method("reduceat", name, {"_tag": "err_index", "array": v, "indices": [0, 9], "axis": 0},
               lambda: uf.reduceat(v, [0, 9], 0))
        method("outer", name, {"_tag": "v_m", "inputs": [v[:3], m]}, lambda: uf.outer(v[:3], m))
        method("outer", name, {"_tag": "i4_i4", "inputs": [im[0], im[:, 1]]}, lambda: uf.outer(im[0], im[:, 1]))
        method("outer", name, {"_tag": "0d", "inputs": [np.array(2.0), v[:4]]}, lambda: uf.outer(np.array(2.0), v[:4]))
    for name in ["add", "multiply", "maximum", "minimum", "subtract"]:
        uf = getattr(np, name)
        for tag, a, idx, b in [
            ("repeat", v, np.array([0, 1, 1, 3, 3, 3], dtype=np.int64), np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])),
            ("negative", v, np.array([-1, 0, -1], dtype=np.int64), np.array([10.0, 20.0, 30.0])),
            ("int", np.arange(6, dtype=np.int64), np.array([5, 5, 2], dtype=np.int64), np.array([3, 4, -9])),
        ]:
            def run(a=a, idx=idx, b=b):
                target = a.copy()
                uf.at(target, idx, b)
                return target
            method("at", name, {"_tag": tag, "array": a, "indices": idx, "b": b}, run)

        def run_scalar():
            target = v.copy()
            uf.at(target, np.array([2, 2, 7], dtype=np.int64), 2.5)
            return target
        method("at", name, {"_tag": "scalar", "array": v, "indices": np.array([2, 2, 7], dtype=np.int64),
                            "b": scalar(2.5)}, run_scalar)

        def run_bad():
            target = v.copy()
            uf.at(target, np.array([8], dtype=np.int64), 1.0)
            return target
        method("at", name, {"_tag": "err_index", "array": v, "indices": np.array([8], dtype=np.int64),
                            "b": scalar(1.0)}, run_bad)

        # at() takes b as np.asarray does: a Python scalar is a strong 0-d array, never out of bounds.
        for tag, a, b in [("i1_py1000", np.array([1, -2, 100, 5], dtype=np.int8), 1000),
                          ("u1_pym1", np.array([0, 1, 200, 255], dtype=np.uint8), -1),
                          ("i1_pyf2_7", np.array([1, -2, 100, 5], dtype=np.int8), 2.7),
                          ("f4_pyf0_1", np.array([1.5, -2.25, 3.0, 0.1], dtype=np.float32), 0.1)]:
            idx = np.array([0, 2, 2], dtype=np.int64)

            def run_py(a=a, idx=idx, b=b):
                target = a.copy()
                uf.at(target, idx, b)
                return target
            method("at", name, {"_tag": tag, "array": a, "indices": idx, "b": scalar(b)}, run_py)


IDENTITY_BINARY = [n for n in BINARY if getattr(np, n).identity is not None]


def dtype_matrix(dtype):
    """A 2x4 array of dtype whose sums and products overflow the narrow integer types."""
    if dtype == "bool":
        return np.array([[True, False, True, True], [True, True, False, True]])
    if dtype == "uint32":
        return np.array([[2**31 + 5, 100, 3, 70000], [2**32 - 1, 2, 128, 1]], dtype=dtype)
    if dtype == "uint64":
        return np.array([[2**63 + 5, 100, 3, 2**40], [2**64 - 1, 2, 128, 1]], dtype=dtype)
    if np.dtype(dtype).kind == "u":
        return np.array([[200, 100, 3, 7], [255, 2, 128, 1]], dtype=dtype)
    if np.dtype(dtype).kind == "i":
        return np.array([[100, -100, 3, 127], [-128, 2, 100, -7]], dtype=dtype)
    return np.array([[1.5, -2.0, 3.25, 0.5], [-0.0, 7.0, np.inf, -3.0]], dtype=dtype)


def dtype_method_cases():
    """reduce, accumulate and reduceat of every binary built-in with an identity over every dtype (add and multiply
    of bool and narrow ints accumulate in int64), and outer of every binary built-in over every dtype; NumPy's
    TypeError where it has no loop for the dtype."""
    for dtype in SUPPORTED:
        a = dtype_matrix(dtype)
        t = SHORT[dtype]
        for name in IDENTITY_BINARY:
            uf = getattr(np, name)
            method("reduce", name, {"_tag": f"{t}_dt_all", "array": a, "axis": None},
                   lambda uf=uf, a=a: uf.reduce(a, axis=None))
            method("reduce", name, {"_tag": f"{t}_dt_axis1", "array": a, "axis": 1},
                   lambda uf=uf, a=a: uf.reduce(a, axis=1))
            method("accumulate", name, {"_tag": f"{t}_dt_axis1", "array": a, "axis": 1},
                   lambda uf=uf, a=a: uf.accumulate(a, 1))
            method("reduceat", name, {"_tag": f"{t}_dt_axis1", "array": a, "indices": [0, 2, 1, 3], "axis": 1},
                   lambda uf=uf, a=a: uf.reduceat(a, [0, 2, 1, 3], 1))
        for name in BINARY:
            uf = getattr(np, name)
            left, right = a[0], a[1, :3]
            if name in ("left_shift", "right_shift") and dtype != "bool":
                right = np.array([0, 1, 3], dtype=dtype)
            if name == "power" and np.dtype(dtype).kind in "iu":
                right = np.array([0, 1, 2], dtype=dtype)
            method("outer", name, {"_tag": f"{t}_dt", "inputs": [left, right]},
                   lambda uf=uf, left=left, right=right: uf.outer(left, right))
    i1 = np.array([100, 100], dtype=np.int8)
    method("reduceat", "add", {"_tag": "i1_wide", "array": i1, "indices": [0], "axis": 0},
           lambda: np.add.reduceat(i1, [0], 0))
    zero_d = np.array(3.0)
    method("accumulate", "add", {"_tag": "err_0d", "array": zero_d, "axis": 0}, lambda: np.add.accumulate(zero_d, 0))
    method("reduceat", "add", {"_tag": "err_0d", "array": zero_d, "indices": [0], "axis": 0},
           lambda: np.add.reduceat(zero_d, [0], 0))


def broadcast_shape_cases():
    """Every binary built-in on every dtype with a 0-d operand (alone and broadcast against 1-d) and with 0-size
    operands broadcast against a row."""
    for dtype in SUPPORTED:
        values = dtype_matrix(dtype)
        row = values[0, :3]
        zero_d = np.asarray(values[1, 1])
        for name in BINARY:
            right = zero_d
            if name in ("left_shift", "right_shift") and dtype != "bool":
                right = np.asarray(np.array(2, dtype=dtype))
            if name == "power" and np.dtype(dtype).kind in "iu":
                right = np.asarray(np.array(2, dtype=dtype))
            t = SHORT[dtype]
            add_call(name, [row, right], f"{name}_{t}_bc_3x0d")
            add_call(name, [right, right], f"{name}_{t}_bc_0dx0d")
            add_call(name, [np.zeros((0, 3), dtype=dtype), row], f"{name}_{t}_bc_0_3x3")


def at_cases():
    """ufunc.at as NumPy: b broadcast against a[indices] (a 2-d a takes whole rows), repeated indices accumulating,
    negative indices, a tuple of index arrays (one per axis), unary ufuncs, and the IndexError/ValueError cases."""
    m = np.arange(12, dtype=np.float64).reshape(3, 4) - 5.5
    cases = [
        ("add", "2d_row", m, np.array([0, 1], dtype=np.int64), np.array([1.0, 2.0, 3.0, 4.0])),
        ("add", "2d_percol", np.zeros((2, 2)), np.array([0, 1], dtype=np.int64), np.array([1.0, 2.0])),
        ("add", "2d_full", m, np.array([2, 0, 2], dtype=np.int64), np.arange(12.0).reshape(3, 4)),
        ("multiply", "2d_repeat", m, np.array([1, 1, -1], dtype=np.int64), np.array([[2.0], [3.0], [-1.0]])),
        ("maximum", "2d_negative", m, np.array([-3, -1], dtype=np.int64), 0.5),
        ("add", "2d_index2d", m, np.array([[0, 1], [1, 1]], dtype=np.int64), 1.0),
        ("add", "tuple", m, (np.array([0, 1, 1, 2], dtype=np.int64), np.array([3, 0, 0, -1], dtype=np.int64)),
         np.array([1.0, 2.0, 3.0, 4.0])),
        ("subtract", "tuple_bc", m, (np.array([[0], [2]], dtype=np.int64), np.array([1, 3], dtype=np.int64)), 10.0),
        ("add", "tuple_one", m, (np.array([2, 2], dtype=np.int64),), np.array([[1.0], [2.0]])),
        ("add", "i4_2d", np.arange(6, dtype=np.int32).reshape(3, 2), np.array([0, 2, 0], dtype=np.int64),
         np.array([7, -3], dtype=np.int32)),
        ("add", "err_2d_bc", m, np.array([0, 1], dtype=np.int64), np.array([1.0, 2.0])),
        ("add", "err_index_axis1", m, (np.array([0], dtype=np.int64), np.array([4], dtype=np.int64)), 1.0),
        ("add", "err_index_negative", m, np.array([-4], dtype=np.int64), 1.0),
        ("add", "err_tuple_shapes", m, (np.array([0, 1], dtype=np.int64), np.array([0, 1, 2], dtype=np.int64)), 1.0),
        ("add", "err_too_many", np.arange(3.0), (np.array([0], dtype=np.int64), np.array([0], dtype=np.int64)), 1.0),
        ("add", "err_float_index", m, np.array([0.0, 1.0]), 1.0),
        ("add", "err_unary_needs_b", m, np.array([0], dtype=np.int64), None),
        ("negative", "err_binary_b", m, np.array([0], dtype=np.int64), 1.0),
        ("negative", "unary", m, np.array([0, 2, 2], dtype=np.int64), None),
        ("negative", "unary_1d", np.arange(5.0), np.array([4, -1, 0], dtype=np.int64), None),
        ("sqrt", "unary_tuple", np.abs(m), (np.array([1, 2], dtype=np.int64), np.array([0, 3], dtype=np.int64)), None),
        ("absolute", "unary_i1", np.array([-128, -3, 5], dtype=np.int8), np.array([0, 1], dtype=np.int64), None),
        ("add", "u8_wrap", np.array([2**64 - 1, 5, 2**63], dtype=np.uint64), np.array([0, 2, 2], dtype=np.int64),
         np.array([1, 2**63, 2**63], dtype=np.uint64)),
        ("maximum", "u4", np.array([2**31, 5, 7], dtype=np.uint32), np.array([1, 2], dtype=np.int64),
         np.array([2**32 - 1, 3], dtype=np.uint32)),
        # a Python int from 2**63 up is np.asarray's uint64
        ("add", "u8_pybig", np.array([1, 2, 2**63], dtype=np.uint64), np.array([0, 2], dtype=np.int64), 2**63),
        # with int64 the float64 loop (int64 with uint64), its result cast back unsafely
        ("add", "i8_pybig", np.array([-2**62, 2], dtype=np.int64), np.array([0], dtype=np.int64), 2**63),
    ]
    for name, tag, a, idx, b in cases:
        uf = getattr(np, name)

        def run(uf=uf, a=a, idx=idx, b=b):
            target = a.copy()
            if b is None:
                uf.at(target, idx)
            else:
                uf.at(target, idx, b)
            return target
        extra = {"_tag": tag, "array": a, "indices": idx}
        if b is not None:
            extra["b"] = b if isinstance(b, np.ndarray) else scalar(b)
        method("at", name, extra, run)


def where_cases():
    """where= takes a bool array; another dtype is NumPy's TypeError (cast to bool under 'safe'), while a Python
    scalar counts by its truth value."""
    a = np.array([1.0, 2.0, 3.0])
    add_call("add", [a, a], "err_where_i8", out=np.zeros(3), where=np.array([1, 0, 1]))
    add_call("add", [a, a], "err_where_f8", out=np.zeros(3), where=np.array([1.0, 0.0, 1.0]))
    add_call("add", [a, a], "err_where_0d_i8", out=np.zeros(3), where=np.array(1))
    add_call("add", [a, a], "add_where_pyint0", out=np.full(3, -1.0), where=0)
    add_call("add", [a, a], "add_where_pyfloat", out=np.full(3, -1.0), where=2.5)
    add_call("add", [a, a], "add_where_0d_b1", out=np.full(3, -1.0), where=np.array(False))
    m = np.arange(6.0).reshape(2, 3)
    method("reduce", "add", {"_tag": "err_where_i8", "array": m, "axis": 1, "where": np.array([1, 0, 1])},
           lambda: np.add.reduce(m, axis=1, where=np.array([1, 0, 1])))


GU_OUT = os.path.join(ROOT, "jumba", "src", "test", "resources", "gufunc_golden")
GU_DATA = os.path.join(GU_OUT, "data")


def gu_save(tag, array):
    np.save(os.path.join(GU_DATA, tag + ".npy"), np.asarray(array), allow_pickle=False)
    return tag + ".npy"


def gu_cumsum(x, out=None):
    result = np.cumsum(x, axis=-1)
    if out is None:
        return result
    np.copyto(out, result, casting="same_kind")
    return out


def gu_sum_max(x, *out):
    results = np.sum(x, axis=-1), np.max(x, axis=-1)
    for o, r in zip(out, results):
        np.copyto(o, r, casting="same_kind")
    return results


def gufunc_cases():
    """The gufuncs of gufunc_golden/kernels.py. matvec and vecdot have the names and layouts of NumPy's np.matvec and
    np.vecdot, so NumPy itself applies them (answers and errors); cumsum "(n)->(n)" and sum_max "(n)->(),()" are
    np.cumsum and np.sum/np.max along the last axis. Case: {"id", "function", "inputs": [file or scalar], "outputs":
    [initial contents of given outputs] (optional), then "expected": [file per output] or "error" + "errorType"}."""
    functions = {"matvec": np.matvec, "vecdot": np.vecdot, "cumsum": gu_cumsum, "sum_max": gu_sum_max}
    rng = np.random.default_rng(7)

    def f8(*shape):
        return np.round(rng.normal(0, 4, size=shape), 2)

    gu = []

    def case(tag, name, inputs, outputs=None):
        entry = {"id": f"{name}_{tag}", "function": name,
                 "inputs": [gu_save(f"{name}_{tag}.in{k}", v) if isinstance(v, np.ndarray) else scalar(v)
                            for k, v in enumerate(inputs)]}
        if outputs is not None:
            entry["outputs"] = [gu_save(f"{name}_{tag}.out{k}", o) for k, o in enumerate(outputs)]
        try:
            given = [o.copy() for o in outputs] if outputs is not None else None
            result = functions[name](*inputs, *(given or []))
            results = result if isinstance(result, tuple) else (result,)
            if given is not None:
                results = given
            entry["expected"] = [gu_save(f"{name}_{tag}.exp{k}", r) for k, r in enumerate(results)]
        except (TypeError, ValueError) as e:
            entry["error"] = str(e)
            entry["errorType"] = type(e).__name__
        gu.append(entry)

    a, x = f8(3, 4), f8(4)
    case("basic", "matvec", [a, x])
    case("outer2", "matvec", [f8(2, 1, 3, 4), f8(5, 4)])
    case("outer2_out", "matvec", [f8(2, 1, 3, 4), f8(5, 4)], [np.zeros((2, 5, 3))])
    case("out_f4", "matvec", [a, x], [np.zeros(3, dtype=np.float32)])
    case("out_bc", "matvec", [a, x], [np.zeros((2, 3))])
    case("empty_outer", "matvec", [f8(0, 3, 4), x])
    case("err_out_i8", "matvec", [a, x], [np.zeros(3, dtype=np.int64)])
    case("err_core", "matvec", [a, f8(5)])
    case("err_scalar", "matvec", [a, 1.0])
    case("err_ndim", "matvec", [x, x])
    case("err_outer", "matvec", [f8(2, 3, 4), f8(3, 4)])
    case("err_out_core", "matvec", [a, x], [np.zeros(4)])
    case("basic", "vecdot", [f8(2, 3), f8(3)])
    case("outer2", "vecdot", [f8(4, 1, 3), f8(2, 3)])
    case("scalar_out", "vecdot", [f8(3), f8(3)], [np.zeros(())])
    case("err_core", "vecdot", [f8(2, 3), f8(4)])
    case("err_outer", "vecdot", [f8(2, 3), f8(3, 3)])
    case("err_outer_out", "vecdot", [f8(2, 3), f8(3)], [np.zeros(3)])
    case("err_out_outer", "vecdot", [f8(2, 3), f8(3)], [np.zeros(1)])
    case("f8", "cumsum", [f8(2, 3, 4)])
    case("i8", "cumsum", [np.arange(-6, 6).reshape(3, 4)])
    case("i4", "cumsum", [np.arange(-6, 6, dtype=np.int32).reshape(2, 6)])
    case("out", "cumsum", [f8(2, 5)], [np.zeros((2, 5))])
    case("out_f4", "cumsum", [f8(2, 5)], [np.zeros((2, 5), dtype=np.float32)])
    case("2d", "sum_max", [f8(2, 3, 4)])
    case("1d", "sum_max", [f8(6)])
    case("out", "sum_max", [f8(3, 4)], [np.zeros(3), np.zeros(3)])
    with open(os.path.join(GU_OUT, "manifest.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": gu}, f, indent=1, allow_nan=False)
        f.write("\n")
    return len(gu)


def main():
    if int(np.__version__.split(".")[0]) < 2:
        sys.exit(f"NumPy >= 2 (NEP 50 promotion) expected, found {np.__version__}: run with the default python3")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(DATA)
    elementwise_cases()
    promotion_cases()
    nep50_cases()
    option_cases()
    reduce_cases()
    accumulate_reduceat_outer_at_cases()
    dtype_method_cases()
    broadcast_shape_cases()
    at_cases()
    where_cases()
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f, indent=1, allow_nan=False)
        f.write("\n")
    shutil.rmtree(GU_DATA, ignore_errors=True)
    os.makedirs(GU_DATA)
    gu = gufunc_cases()
    print(f"{len(cases)} cases, {len(os.listdir(DATA))} arrays; {gu} gufunc cases")


if __name__ == "__main__":
    main()
