#!/usr/bin/env python3
"""Golden data for Jumba's NumPy-in-kernels suite (NumpyGoldenTest): what NumPy 2 itself computes.

Run with the default python3 (NumPy >= 2) from the repository root:
    python3 tools/numpy_golden/generate.py

The kernels of jumba/src/test/resources/numpy_golden/kernels/*.py are @njit functions; here they run as plain
Python on NumPy (a stand-in `numba` module makes njit/jit the identity and prange range), so every expected value
is NumPy's own answer. Kernels whose NumPy answer differs from Numba's are written so plain Python gives Numba's
(e.g. int(x[i]) // int(y[i]) raises ZeroDivisionError, as Numba does on int64 elements).

Writes kernels/ufunc_outs.py (one kernel per ufunc of the UFUNC_OUTS table of cases.py), numpy_golden/manifest.json
and numpy_golden/data/*.npy in the conformance suite's format (see tools/conformance/generate.py): each case has id, file, function, args (array files or int64/float64/bool
scalars; "after" for arrays the kernel writes), rtol and atol (by dtype, or the case's own), and either "raises" (a Python exception name) or "tuple" and
"returns" (typed values). Deterministic: fixed values only, so rerunning gives identical files.
"""
import importlib.util
import json
import math
import os
import shutil
import sys
import types
import warnings

import numpy as np

if int(np.__version__.split(".")[0]) < 2:
    sys.exit("needs NumPy >= 2, found " + np.__version__)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ROOT = os.path.join(REPO, "jumba", "src", "test", "resources", "numpy_golden")
KERNELS = os.path.join(ROOT, "kernels")
DATA = os.path.join(ROOT, "data")
RTOL = {"float64": 1e-12, "float32": 1e-6, "complex128": 1e-12, "complex64": 1e-6}


def identity_decorator(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


def cross2d(a, b):
    """numba.np.extensions.cross2d as Numba 0.56 defines it: the z component of the 2-vectors along the last axis,
    np.asarray of it (a 0-d array for two 1-d vectors)."""
    a, b = np.asarray(a), np.asarray(b)
    if a.shape[-1] != 2 or b.shape[-1] != 2:
        raise ValueError("Incompatible dimensions for 2D cross product\n(dimension must be 2 for both inputs)")
    return np.asarray(np.multiply(a[..., 0], b[..., 1]) - np.multiply(a[..., 1], b[..., 0]))


def asfarray(a, dtype=np.float64):
    """np.asfarray as NumPy 1.x defines it (NumPy 2 removed it; Numba 0.56 has it): np.asarray(a, dtype), where a
    dtype that is not a float or complex type is float64."""
    if not np.issubdtype(dtype, np.inexact):
        dtype = np.float64
    return np.asarray(a, dtype=dtype)


numba = types.ModuleType("numba")
numba.njit = numba.jit = identity_decorator
numba.prange = range
numba.np = types.ModuleType("numba.np")
numba.np.extensions = types.ModuleType("numba.np.extensions")
numba.np.extensions.cross2d = cross2d
sys.modules["numba"] = numba
sys.modules["numba.np"] = numba.np
sys.modules["numba.np.extensions"] = numba.np.extensions
if not hasattr(np, "asfarray"):
    np.asfarray = asfarray
sys.path.insert(0, HERE)
import cases as case_defs  # noqa: E402


def load(file):
    spec = importlib.util.spec_from_file_location("golden_" + os.path.splitext(file)[0], os.path.join(KERNELS, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def save(name, arr):
    np.save(os.path.join(DATA, name), arr, allow_pickle=False)
    return "data/" + name


def encode_float(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def encode_arg(case_id, i, a):
    if isinstance(a, np.ndarray):
        return {"type": "array", "file": save("%s.a%d.npy" % (case_id, i), a)}
    if isinstance(a, bool):
        return {"type": "bool", "value": a}
    if isinstance(a, int):
        return {"type": "int64", "value": a}
    if isinstance(a, float):
        return {"type": "float64", "value": encode_float(a)}
    raise ValueError("unsupported argument %r" % (a,))


def encode_value(case_id, idx, v):
    if isinstance(v, np.ndarray):
        return {"type": "array", "dtype": str(v.dtype), "file": save("%s.r%d.npy" % (case_id, idx), v)}
    if v is None:
        return {"type": "none", "value": None}
    if isinstance(v, (bool, np.bool_)):
        return {"type": "bool", "value": bool(v)}
    if isinstance(v, int):
        return {"type": "int64", "value": v}
    if isinstance(v, float):
        return {"type": "float64", "value": encode_float(v)}
    if isinstance(v, np.generic) and v.dtype.kind == "c":  # [re, im], as the conformance manifest writes complex
        return {"type": str(v.dtype), "value": [encode_float(v.real), encode_float(v.imag)]}
    if isinstance(v, np.generic):
        kind = str(v.dtype)
        return {"type": kind, "value": encode_float(v) if v.dtype.kind == "f" else int(v)}
    raise ValueError("unsupported result %r" % (v,))


def run(case, counters, modules):
    file, func, args, compile_error = case[:4]
    tolerance = case[4] if len(case) > 4 else None
    mod = modules.setdefault(file, load(file))
    n = counters.get((file, func), 0)
    counters[(file, func)] = n + 1
    case_id = "%s.%s.%d" % (os.path.splitext(file)[0], func, n)
    entry = {"id": case_id, "file": "kernels/" + file, "function": func,
             "args": [encode_arg(case_id, i, a) for i, a in enumerate(args)]}
    if compile_error:
        # An argument form Numba refuses at compile time (or that Jumba refuses, documented in docs/subset.md):
        # expected as a TypingError at the kernel line, whatever NumPy itself would do.
        entry["raises"] = "TypingError"
        return entry
    fresh = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            result = getattr(mod, func)(*fresh)
    except (ZeroDivisionError, IndexError, ValueError, OverflowError, TypeError) as e:
        # NumPy's AxisError (a ValueError) is Numba's ValueError.
        entry["raises"] = "ValueError" if isinstance(e, np.exceptions.AxisError) else type(e).__name__
        return entry
    values = list(result) if isinstance(result, tuple) else [result]
    entry["tuple"] = isinstance(result, tuple)
    entry["returns"] = [encode_value(case_id, i, v) for i, v in enumerate(values)]
    for i, (before, after) in enumerate(zip(args, fresh)):
        if isinstance(before, np.ndarray) and not np.array_equal(before, after, equal_nan=before.dtype.kind == "f"):
            entry["args"][i]["after"] = save("%s.a%d.after.npy" % (case_id, i), after)
    kinds = {e["dtype"] if e["type"] == "array" else e["type"] for e in entry["returns"]}
    kinds |= {str(a.dtype) for a in args if isinstance(a, np.ndarray)}
    entry["rtol"] = max((RTOL[k] for k in kinds if k in RTOL), default=RTOL["float64"])
    entry["atol"] = 0.0
    if tolerance is not None:
        # a case's own tolerance (decompositions: results near zero need an absolute one)
        entry["rtol"], entry["atol"] = tolerance
    return entry


def main():
    shutil.rmtree(DATA, ignore_errors=True)
    os.makedirs(DATA)
    with open(os.path.join(KERNELS, "ufunc_outs.py"), "w") as f:
        f.write(case_defs.ufunc_out_kernels())
    counters, modules = {}, {}
    cases = [run(c, counters, modules) for c in case_defs.CASES]
    with open(os.path.join(ROOT, "manifest.json"), "w") as f:
        json.dump({"generator": "tools/numpy_golden/generate.py", "numpy": np.__version__, "cases": cases}, f,
                  indent=1)
        f.write("\n")
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
