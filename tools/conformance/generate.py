#!/usr/bin/python3
"""Generates Jumba's conformance golden data by running every case under real Numba.

Run with /usr/bin/python3 (numba 0.56.4, numpy 1.24) from anywhere:

    /usr/bin/python3 tools/conformance/generate.py

Cases are defined in cases.py as (kernel file, function, arguments). Each case is run under Numba (the semantics
Jumba copies: int64 wraparound, error model, float32 arithmetic); where plain Python + NumPy computes the same
thing, the undecorated function is run too and the two are cross-checked. Cases marked python_only (Numba refuses
them) or numba_differs (Numba's answer is not NumPy's) take their golden from the undecorated function under
CPython + NumPy, after checking that the mark still holds. The results are written to
jumba/src/test/resources/conformance/: manifest.json plus .npy files under data/. Everything is deterministic:
re-running reproduces identical files.
"""
import json
import math
import os
import shutil
import sys
import tempfile

# cache=True kernels must not write __pycache__ next to the kernel sources.
os.environ["NUMBA_CACHE_DIR"] = tempfile.mkdtemp(prefix="jumba-conformance-cache-")

import contextlib  # noqa: E402
import importlib.util  # noqa: E402
import io  # noqa: E402

import numpy as np  # noqa: E402
import numba  # noqa: E402
from numba.core import types  # noqa: E402
from numba.core.registry import CPUDispatcher  # noqa: E402
from numba.typed import List as TypedList  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as case_defs  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
ROOT = os.path.join(REPO, "jumba", "src", "test", "resources", "conformance")
KERNELS = os.path.join(ROOT, "kernels")
DATA = os.path.join(ROOT, "data")

DEFAULT_RTOL = {"float64": 1e-12, "float32": 1e-6, "complex128": 1e-12, "complex64": 1e-6}

_modules = {}


def load_module(file):
    if file not in _modules:
        stem = os.path.splitext(file)[0]
        spec = importlib.util.spec_from_file_location("conformance_" + stem, os.path.join(KERNELS, file))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # Numba resolves recursive calls through the module registry
        spec.loader.exec_module(mod)
        _modules[file] = mod
    return _modules[file]


def dispatcher_and_python(file, func):
    obj = getattr(load_module(file), func)
    if isinstance(obj, CPUDispatcher):
        return obj, obj.py_func
    # Plain undecorated helper: Jumba compiles every def of a file; Numba needs njit around it.
    return numba.njit(obj), obj


def fresh(args):
    # a namedtuple is rebuilt from its fields, a plain tuple from an iterable, a list item by item
    return [a.copy(order="K") if isinstance(a, np.ndarray)
            else (type(a)(*fresh(a)) if hasattr(a, "_fields") else tuple(fresh(a))) if isinstance(a, tuple)
            else fresh(a) if isinstance(a, list) else a
            for a in args]


def scalar_type_name(t):
    if isinstance(t, types.Boolean):
        return "bool"
    if isinstance(t, types.NoneType):
        return "none"
    if isinstance(t, (types.Integer, types.Float, types.Complex)):
        return str(t)
    raise ValueError("unsupported scalar type %s" % t)


def encode_scalar(kind, v):
    if kind == "none":
        return None
    if kind == "bool":
        return bool(v)
    if kind.startswith("complex"):  # [re, im], each as a float
        return [encode_scalar("float64", v.real), encode_scalar("float64", v.imag)]
    if kind.startswith("float"):
        v = float(v)
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return v
    return int(v)


def save(name, arr):
    np.save(os.path.join(DATA, name), arr, allow_pickle=False)
    return "data/" + name


def encode_arg(case_id, i, a):
    if a is None:
        return {"type": "none"}
    if isinstance(a, np.ndarray):
        return {"type": "array", "file": save("%s.a%s.npy" % (case_id, i), a)}
    if isinstance(a, (bool, np.bool_)):
        return {"type": "bool", "value": bool(a)}
    if isinstance(a, int):
        if 2 ** 63 <= a < 2 ** 64:  # Numba types such a Python int as uint64
            return {"type": "uint64", "value": a}
        assert -2 ** 63 <= a < 2 ** 63
        return {"type": "int64", "value": a}
    if isinstance(a, float):
        return {"type": "float64", "value": encode_scalar("float64", a)}
    if isinstance(a, complex):
        return {"type": "complex128", "value": encode_scalar("complex128", a)}
    if isinstance(a, tuple) and hasattr(a, "_fields"):  # a collections.namedtuple instance
        return {"type": "namedtuple", "name": type(a).__name__, "fields": list(a._fields),
                "elements": [encode_arg(case_id, "%s_%d" % (i, k), e) for k, e in enumerate(a)]}
    if isinstance(a, tuple):
        return {"type": "tuple", "elements": [encode_arg(case_id, "%s_%d" % (i, k), e) for k, e in enumerate(a)]}
    if isinstance(a, list):  # a reflected list (the caller sees its changes)
        return {"type": "list", "elements": [encode_arg(case_id, "%s_%d" % (i, k), e) for k, e in enumerate(a)]}
    raise ValueError("unsupported argument %r" % (a,))


def return_type(disp, args):
    sig = tuple(numba.typeof(a) for a in args)
    for cres in disp.overloads.values():
        args = tuple(cres.signature.args)
        if args[:len(sig)] == sig and all(isinstance(t, types.Omitted) for t in args[len(sig):]):
            return cres.signature.return_type
    if len(disp.overloads) == 1:  # a declared signature the arguments convert to (int64 -> int32, ...)
        return next(iter(disp.overloads.values())).signature.return_type

    def takes(declared, actual):  # an array of any layout ('A') takes an array of its dtype and rank
        return declared == actual or (isinstance(declared, types.Array) and isinstance(actual, types.Array)
                                      and declared.layout == "A" and declared.dtype == actual.dtype
                                      and declared.ndim == actual.ndim)
    fits = [c for c in disp.overloads.values()
            if len(c.signature.args) == len(sig) and all(map(takes, c.signature.args, sig))]
    if len(fits) == 1:  # one of a list of declared signatures
        return fits[0].signature.return_type
    raise AssertionError("no overload for %s among %s" % (sig, [c.signature for c in disp.overloads.values()]))


def encode_value(case_id, idx, t, v):
    t = types.unliteral(t)
    if isinstance(t, types.Optional):
        if v is None:
            return {"type": "none", "value": None}
        t = t.type
    if isinstance(t, (types.List, types.ListType)):
        return {"type": "list", "elements": [encode_value(case_id, "%s_%d" % (idx, k), t.dtype, x) for k, x in enumerate(v)]}
    if isinstance(t, types.BaseTuple):  # a tuple in a list (a returned tuple's elements are returns of their own)
        return {"type": "tuple", "elements": [encode_value(case_id, "%s_%d" % (idx, k), tk, x)
                                              for k, (tk, x) in enumerate(zip(t.types, v))]}
    if isinstance(t, types.Array):
        assert isinstance(v, np.ndarray)
        return {"type": "array", "dtype": str(v.dtype), "file": save("%s.r%s.npy" % (case_id, idx), v)}
    kind = scalar_type_name(t)
    return {"type": kind, "value": encode_scalar(kind, v)}


def encode_result(case_id, rtype, res):
    if isinstance(rtype, types.Optional) and res is not None:
        rtype = rtype.type
    if isinstance(rtype, types.BaseTuple):
        return [encode_value(case_id, i, t, v) for i, (t, v) in enumerate(zip(rtype.types, res))]
    return [encode_value(case_id, 0, rtype, res)]


def close(a, b, rtol, atol):
    """NaN-aware, dtype-agnostic comparison used for the Python cross-check."""
    if isinstance(a, (list, TypedList)) or isinstance(b, (list, TypedList)):  # a reflected or typed list
        a, b = list(a), list(b)
        return len(a) == len(b) and all(close(x, y, rtol, atol) for x, y in zip(a, b))
    if isinstance(a, tuple) or isinstance(b, tuple):
        return (isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b)
                and all(close(x, y, rtol, atol) for x, y in zip(a, b)))
    a = np.asarray(a)
    b = np.asarray(b)
    if a.shape != b.shape:
        return False
    if a.size == 0:
        return True
    if a.dtype.kind == "c" or b.dtype.kind == "c":
        return bool(np.allclose(a.astype(np.complex128), b.astype(np.complex128), rtol=rtol, atol=atol, equal_nan=True))
    if a.dtype.kind in "fc" or b.dtype.kind in "fc":
        return bool(np.allclose(a.astype(np.float64), b.astype(np.float64), rtol=rtol, atol=atol, equal_nan=True))
    return bool(np.array_equal(a, b))


GOLDEN_ERRORS = (ZeroDivisionError, IndexError, ValueError, OverflowError, TypeError, KeyError)


def assert_numba_refuses(case_id, disp, args):
    """A python_only case must be one Numba cannot compile: otherwise its mark is stale and Numba gives the golden."""
    try:
        disp(*fresh(args))
    except numba.core.errors.NumbaError:
        return
    except GOLDEN_ERRORS:
        pass  # compiled, then raised at run time
    raise AssertionError("%s is marked python_only but Numba %s compiles it: drop the mark" % (case_id, numba.__version__))


def assert_numba_differs(case_id, disp, args, py_res, py_error):
    """A numba_differs case must still get another answer from Numba: otherwise its mark is stale."""
    try:
        res, error = disp(*fresh(args)), None
    except GOLDEN_ERRORS as e:
        res, error = None, type(e).__name__
    if error == py_error and (error is not None or close(res, py_res, 1e-12, 0.0)):
        raise AssertionError("%s is marked numba_differs but Numba %s agrees with CPython: drop the mark" % (
            case_id, numba.__version__))


def python_type(res):
    """The Numba type of a CPython result (int64 for a Python int, which must fit it, as Jumba computes in int64)."""
    def check(v):
        if isinstance(v, (tuple, list)):
            for x in v:
                check(x)
        elif isinstance(v, int) and not isinstance(v, bool) and not -2 ** 63 <= v < 2 ** 63:
            raise AssertionError("CPython's result %d does not fit int64" % v)
    check(res)
    return types.none if res is None else numba.typeof(res)


def run_case(case, counters):
    disp, pyfunc = dispatcher_and_python(case.file, case.func)
    n = counters.get((case.file, case.func), 0)
    counters[(case.file, case.func)] = n + 1
    case_id = "%s.%s.%d" % (os.path.splitext(case.file)[0], case.func, n)
    entry = {"id": case_id, "file": "kernels/" + case.file, "function": case.func}
    entry["args"] = [encode_arg(case_id, i, a) for i, a in enumerate(case.args)]

    if os.environ.get("CONFORMANCE_TRACE"):
        print("running", case_id, flush=True)
    from_python = case.python_only or case.numba_differs
    if case.python_only:
        assert_numba_refuses(case_id, disp, case.args)
    if from_python:
        entry["source"] = "cpython"
    numba_args = fresh(case.args)  # the arguments of the golden run (Numba's, or CPython's for a python_only case)
    printed = io.StringIO()
    try:
        with np.errstate(all="ignore") if from_python else contextlib.nullcontext(), contextlib.redirect_stdout(printed):
            res = (pyfunc if from_python else disp)(*numba_args)
        error = None
    except GOLDEN_ERRORS as e:
        res, error = None, type(e).__name__
    if printed.getvalue():
        entry["stdout"] = printed.getvalue()
    if error is not None:
        entry["raises"] = error
    else:
        rtype = python_type(res) if from_python else return_type(disp, numba_args)
        entry["tuple"] = isinstance(rtype, types.BaseTuple) or (
            isinstance(rtype, types.Optional) and isinstance(rtype.type, types.BaseTuple) and res is not None)
        entry["returns"] = encode_result(case_id, rtype, res)
        named = rtype.type if isinstance(rtype, types.Optional) else rtype
        if isinstance(named, types.BaseNamedTuple) and res is not None:  # Point(x, y): the class a result is
            entry["namedtuple"] = "%s(%s)" % (named.instance_class.__name__, ", ".join(named.fields))
        for i, (before, after) in enumerate(zip(case.args, numba_args)):
            if isinstance(before, np.ndarray) and not np.array_equal(before, after, equal_nan=before.dtype.kind == "f"):
                entry["args"][i]["after"] = save("%s.a%d.after.npy" % (case_id, i), after)
            if isinstance(before, list) and not close(before, after, 0, 0):  # reflected: the list as the call left it
                entry["args"][i]["after"] = encode_arg(case_id, "%d_after" % i, after)["elements"]
        float_kinds = {e["dtype"] if e["type"] == "array" else e["type"] for e in entry["returns"]}
        float_kinds |= {str(a.dtype) for a in numba_args if isinstance(a, np.ndarray)}
        default = max((DEFAULT_RTOL[k] for k in float_kinds if k in DEFAULT_RTOL), default=DEFAULT_RTOL["float64"])
        entry["rtol"] = case.rtol if case.rtol is not None else default
        entry["atol"] = case.atol
    if case.note:
        entry["note"] = case.note

    if case.numba_differs:
        assert_numba_differs(case_id, disp, case.args, res, error)
    mismatch = None
    if case.xcheck and not from_python:  # such a golden is CPython's own result
        py_args = fresh(case.args)
        py_printed = io.StringIO()
        try:
            with np.errstate(all="ignore"), contextlib.redirect_stdout(py_printed):
                py_res = pyfunc(*py_args)
            py_error = None
        except Exception as e:  # noqa: BLE001 - any Python failure is a cross-check mismatch to report
            py_res, py_error = None, type(e).__name__
        tol = entry.get("rtol", 1e-12)
        if py_printed.getvalue() != printed.getvalue():
            mismatch = "numba printed %r, python printed %r" % (printed.getvalue(), py_printed.getvalue())
        elif error is not None or py_error is not None:
            if error != py_error:
                mismatch = "numba raised %s, python raised %s" % (error, py_error)
        elif not close(res, py_res, max(tol, 1e-9), max(case.atol, 1e-12)):
            mismatch = "numba %r vs python %r" % (res, py_res)
        elif not all(close(a, b, max(tol, 1e-9), 1e-12) for a, b in zip(numba_args, py_args)):
            mismatch = "array contents after the call differ"
    return entry, mismatch


def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    counters = {}
    entries = []
    mismatches = []
    failures = []
    for case in case_defs.all_cases():
        try:
            entry, mismatch = run_case(case, counters)
        except numba.core.errors.NumbaError as e:
            failures.append("%s.%s: %s" % (case.file, case.func, str(e).splitlines()[:3]))
            continue
        entries.append(entry)
        if mismatch:
            mismatches.append("%s: %s" % (entry["id"], mismatch))
    manifest = {
        "generator": "tools/conformance/generate.py",
        "numba": numba.__version__,
        "numpy": np.__version__,
        "cases": entries,
    }
    with open(os.path.join(ROOT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    files = {e["file"] for e in entries}
    print("%d cases over %d functions in %d files" % (
        len(entries), len(counters), len(files)))
    for f in failures:
        print("NUMBA FAILED " + f)
    if mismatches:
        print("cross-check mismatches (mark the case xcheck=False with a note if Numba's semantics differ):")
        for m in mismatches:
            print("  " + m)
    if mismatches or failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
