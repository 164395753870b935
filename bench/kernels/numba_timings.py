#!/usr/bin/python3
"""Times the cases of this folder's cases.json under Numba, and their NumPy equivalents.

Usage: /usr/bin/python3 bench/kernels/numba_timings.py [--out numba.json] [--sizes small,large]
           [--cases sum,dot,...] [--warmup 0.3] [--repeats 15] [--sample-ms 20] [--no-numpy] [--suite DIR]

Per case and size: the first call (compile and run; the compile time is that call less one steady call, given
once per signature), then the steady state: calls for at least --warmup seconds and three calls, after which
--repeats samples each time enough back-to-back calls to last --sample-ms. Times are per call from Python, so
Numba's dispatch is included; the JSON gives the median, best and worst sample ("numba" and "numpy" objects of
each row of "results", as bench/src/main/java/io/jumba/bench/report/PythonResults.java reads them).
call_overhead_us is the steady time of a no-op @njit function called with the same arguments (the dispatch part).
Each result is checked against the NumPy equivalent where there is one, else (small sizes only) against the
kernel's own body run as plain Python. prange kernels use NUMBA_NUM_THREADS threads. --suite runs another folder
of the same layout (default: this script's folder).
Exit status: 0, 1 when a result check fails, 2 when numba or numpy cannot be imported, 3 on bad arguments.
"""
import argparse
import importlib.util
import json
import os
import platform
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

try:
    import numpy as np
    import numba
except ImportError as missing:
    print("numba_timings.py: %s is not importable by %s; install Numba 0.56 and NumPy "
          "(Debian: apt-get install python3-numba) and run with /usr/bin/python3" % (missing.name, sys.executable))
    sys.exit(2)

SUITE = os.path.dirname(os.path.abspath(__file__))  # the kernel folder; --suite replaces it


# ---- NumPy equivalents, called with the same arguments as the kernel; None where NumPy has none

def _np_clip(x, lo, hi, out):
    np.clip(x, lo, hi, out=out)


def _np_horner(x, out):
    out[:] = np.polyval(np.array(_kernel_module("horner.py").COEFFS), x)


def _np_black_scholes(price, strike, years, call, put):
    from scipy.special import erf
    module = _kernel_module("black_scholes.py")
    rate, vol = module.RISK_FREE, module.VOLATILITY
    vol_sqrt_t = vol * np.sqrt(years)
    d1 = (np.log(price / strike) + (rate + 0.5 * vol * vol) * years) / vol_sqrt_t
    d2 = d1 - vol_sqrt_t
    k_disc = strike * np.exp(-rate * years)

    def cnd(d):
        return 0.5 * (1.0 + erf(d / np.sqrt(2.0)))

    call[:] = price * cnd(d1) - k_disc * cnd(d2)
    put[:] = k_disc * cnd(-d2) - price * cnd(-d1)


def _np_mandelbrot(xmin, xmax, ymin, ymax, max_iter, out):
    h, w = out.shape
    cr = np.broadcast_to(xmin + np.arange(w) * ((xmax - xmin) / w), (h, w))
    ci = np.broadcast_to((ymin + np.arange(h) * ((ymax - ymin) / h))[:, None], (h, w))
    zr = np.zeros((h, w))
    zi = np.zeros((h, w))
    out[:] = 0
    for _ in range(max_iter):
        going = zr * zr + zi * zi <= 4.0
        if not going.any():
            break
        zr, zi = np.where(going, zr * zr - zi * zi + cr, zr), np.where(going, 2.0 * zr * zi + ci, zi)
        out += going


def _np_jacobi(u, out):
    out[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])


def _np_pairwise(P, out):
    diff = P[:, None, :] - P[None, :, :]
    np.sqrt(np.einsum("ijk,ijk->ij", diff, diff), out=out)


def _np_histogram(x, lo, hi, counts):
    counts[:] = np.histogram(x, bins=counts.shape[0], range=(lo, hi))[0]


def _np_softmax(X, out):
    np.exp(X - X.max(axis=1, keepdims=True), out=out)
    out /= out.sum(axis=1, keepdims=True)


def _np_logsumexp(X, out):
    top = X.max(axis=1)
    out[:] = top + np.log(np.exp(X - top[:, None]).sum(axis=1))


def _np_monte_carlo_pi(seed, hits):
    np.random.seed(seed)
    xy = np.random.random((hits.shape[0], 2))  # x, y, x, y, ...: the kernel's order of draws
    hits[:] = xy[:, 0] * xy[:, 0] + xy[:, 1] * xy[:, 1] <= 1.0
    return 4.0 * int(hits.sum()) / hits.shape[0]


def _has_scipy():
    try:
        import scipy.special  # noqa: F401
    except ImportError:
        return False
    return True


NUMPY = {
    "sum": lambda a: float(np.sum(a)),
    "dot": lambda x, y: float(np.dot(x, y)),
    "dot_f32": lambda x, y: float(np.dot(x.astype(np.float64), y.astype(np.float64))),
    "triad": lambda a, b, scalar, out: np.add(a, scalar * b, out=out),
    "sumsq_prange": lambda a: float(np.dot(a, a)),
    "sum_exp_prange": lambda a: float(np.sum(np.exp(a))),
    "sum_exp_array": lambda a: float(np.sum(np.exp(a))),
    "exp_map": lambda x, out: np.exp(x, out=out),
    "exp_map_f32": lambda x, out: np.exp(x, out=out),
    "log_sin_map": lambda x, out: np.add(np.log(x), np.sin(x), out=out),
    "clip_where": _np_clip,
    "horner": _np_horner,
    "black_scholes": _np_black_scholes if _has_scipy() else None,
    "black_scholes_prange": _np_black_scholes if _has_scipy() else None,
    "mandelbrot": _np_mandelbrot,
    "mandelbrot_prange": _np_mandelbrot,
    "pairwise_dist": _np_pairwise,
    "jacobi": _np_jacobi,
    "matmul": lambda A, B, C: np.matmul(A, B, out=C),
    "histogram": _np_histogram,
    "softmax": _np_softmax,
    "logsumexp": _np_logsumexp,
    "monte_carlo_pi": _np_monte_carlo_pi,
    "cumsum": lambda a, out: np.cumsum(a, out=out),
    "sort": lambda a, out: out.__setitem__(slice(None), np.sort(a)),
    "np_histogram": _np_histogram,
}


# ---- the suite

_modules = {}


def _kernel_module(file):
    """The kernel file imported once (it defines its @njit functions at import)."""
    if file not in _modules:
        spec = importlib.util.spec_from_file_location("jumba_bench_" + file[:-3], os.path.join(SUITE, file))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _modules[file] = module
    return _modules[file]


def inputs(case, size, seed):
    """The case's arguments at size, in call order: arrays drawn in order from one generator, typed scalars."""
    params = case["sizes"][size]
    rng = np.random.default_rng(seed)
    values = []
    for arg in case["args"]:
        dtype = np.dtype(arg["dtype"])
        if arg["kind"] == "scalar":
            values.append(dtype.type(arg["value"]).item())
            continue
        shape = tuple(params[s] if isinstance(s, str) else s for s in arg["shape"])
        init = arg["init"]
        if init["dist"] == "uniform":
            data = rng.uniform(init["low"], init["high"], size=shape)
        elif init["dist"] == "normal":
            data = rng.normal(init["mean"], init["std"], size=shape)
        elif init["dist"] == "zeros":
            data = np.zeros(shape)
        else:
            raise ValueError("case %s: unknown distribution %r" % (case["name"], init["dist"]))
        values.append(np.ascontiguousarray(data, dtype=dtype))
    return values


def copies(values):
    return [v.copy() if isinstance(v, np.ndarray) else v for v in values]


def results_of(case, values, returned):
    """What a run produced, copied as float64 arrays (later calls reuse the arguments): the scalar result, or the
    arrays marked output."""
    if case["returns"] is not None:
        return [np.array(returned, dtype=np.float64)]
    return [np.array(v, dtype=np.float64) for v, arg in zip(values, case["args"]) if arg.get("output")]


def rel_err(got, ref):
    """max|got - ref| / max|ref| over every result (max|ref| taken as 1 when it is 0), as ResultCheck."""
    worst = 0.0
    for g, r in zip(got, ref):
        scale = float(np.max(np.abs(r))) or 1.0
        worst = max(worst, float(np.max(np.abs(g - r))) / scale)
    return worst


def steady_time(fn, values, warmup_s, repeats, sample_s):
    """Microseconds per call after warm-up: median, best and worst of repeats samples."""
    calls, start = 0, time.perf_counter()
    while calls < 3 or time.perf_counter() - start < warmup_s:
        fn(*values)
        calls += 1
    per_call = (time.perf_counter() - start) / calls
    inner = max(1, int(sample_s / max(per_call, 1e-7)))
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn(*values)
        samples.append((time.perf_counter() - t0) / inner * 1e6)
    samples.sort()
    return {"median_us": samples[len(samples) // 2], "best_us": samples[0], "worst_us": samples[-1],
            "samples": repeats, "calls_per_sample": inner, "warmup_calls": calls}


@numba.njit
def _noop(*args):
    return None


def run_case(case, size, seed, opt, compiled):
    kernel = getattr(_kernel_module(case["file"]), case["function"])
    values = inputs(case, size, seed)
    signature = (case["file"], case["function"]) + tuple(numba.typeof(v) for v in values)
    t0 = time.perf_counter()
    returned = kernel(*values)
    first_ms = (time.perf_counter() - t0) * 1e3
    got = results_of(case, values, returned)
    timing = steady_time(kernel, values, opt.warmup, opt.repeats, opt.sample_ms / 1e3)
    row = {"case": case["name"], "size": size, "params": case["sizes"][size], "bytes": case["bytes"][size],
           "flops": case["flops"][size], "first_call_ms": first_ms,
           "compile_ms": None if signature in compiled else first_ms - timing["median_us"] / 1e3,
           "numba": timing, "numpy": None, "check_against": None, "check_rel_err": None, "check_ok": None}
    compiled.add(signature)
    _noop(*values)
    row["call_overhead_us"] = steady_time(_noop, values, 0.05, opt.repeats, opt.sample_ms / 1e3)["median_us"]

    equivalent = None if opt.no_numpy else NUMPY.get(case["name"])
    if equivalent is not None:
        ref_values = copies(values)
        ref = results_of(case, ref_values, equivalent(*ref_values))
        row["numpy"] = steady_time(equivalent, ref_values, opt.warmup, opt.repeats, opt.sample_ms / 1e3)
        row["check_against"], rtol = "numpy", case.get("numpy_rtol", case["rtol"])
    elif size == "small":
        ref_values = copies(values)
        ref = results_of(case, ref_values, kernel.py_func(*ref_values))
        row["check_against"], rtol = "python", case["rtol"]
    if row["check_against"] is not None:
        row["check_rel_err"] = rel_err(got, ref)
        row["check_ok"] = row["check_rel_err"] <= rtol
    return row


def _cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _us(v):
    if v is None:
        return "-"
    return "%.1f ms" % (v / 1e3) if v >= 1e5 else "%.2f us" % v


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message):  # argparse's status 2 would read as "numba or numpy missing"
        self.print_usage(sys.stderr)
        sys.stderr.write("numba_timings.py: %s\n" % message)
        sys.exit(3)


def main():
    global SUITE
    ap = _ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the results as JSON to this file")
    ap.add_argument("--sizes", default="small,large", help="comma-separated sizes of cases.json")
    ap.add_argument("--cases", help="comma-separated case names (default: every case)")
    ap.add_argument("--warmup", type=float, default=0.3, help="seconds of calls before timing (at least 3 calls)")
    ap.add_argument("--repeats", type=int, default=15, help="timed samples per measurement")
    ap.add_argument("--sample-ms", type=float, default=20.0, help="minimum length of one sample")
    ap.add_argument("--no-numpy", action="store_true", help="skip the NumPy equivalents")
    ap.add_argument("--suite", default=SUITE, help="folder holding cases.json and the kernel files")
    opt = ap.parse_args()

    SUITE = os.path.abspath(opt.suite)
    with open(os.path.join(SUITE, "cases.json")) as f:
        suite = json.load(f)
    cases = suite["cases"]
    if opt.cases:
        wanted = opt.cases.split(",")
        unknown = sorted(set(wanted) - {c["name"] for c in cases})
        if unknown:
            ap.error("unknown case(s): " + ", ".join(unknown))
        cases = [c for c in cases if c["name"] in wanted]
    sizes = opt.sizes.split(",")
    for size in sizes:
        if any(size not in c["sizes"] for c in cases):
            ap.error("unknown size " + size)

    t0 = time.perf_counter()
    numba.njit(lambda v: v)(1.0)  # Numba/LLVM start-up, kept out of the first kernel's compile time
    env = {"python": platform.python_version(), "executable": sys.executable, "numba": numba.__version__,
           "numpy": np.__version__, "numba_num_threads": numba.config.NUMBA_NUM_THREADS, "cpu": _cpu(),
           "machine": platform.machine(), "numba_startup_ms": (time.perf_counter() - t0) * 1e3,
           "warmup_s": opt.warmup, "repeats": opt.repeats, "sample_ms": opt.sample_ms}
    print("Numba %s, NumPy %s, Python %s, %d threads, CPU %s" % (
        env["numba"], env["numpy"], env["python"], env["numba_num_threads"], env["cpu"]))
    header = "%-18s %-5s %10s %12s %12s %10s %12s %12s  %s" % (
        "case", "size", "compile", "numba med", "numba best", "call ovh", "numpy med", "GB/s numba", "check")
    print(header)
    print("-" * len(header))

    rows, compiled = [], set()
    for case in cases:
        for size in sizes:
            row = run_case(case, size, suite["seed"], opt, compiled)
            rows.append(row)
            med = row["numba"]["median_us"]
            check = "-" if row["check_ok"] is None else "%s vs %s (%.1e)" % (
                "ok" if row["check_ok"] else "MISMATCH", row["check_against"], row["check_rel_err"])
            print("%-18s %-5s %10s %12s %12s %10s %12s %12.2f  %s" % (
                row["case"], size, "-" if row["compile_ms"] is None else "%.0f ms" % row["compile_ms"],
                _us(med), _us(row["numba"]["best_us"]), _us(row["call_overhead_us"]),
                _us(row["numpy"] and row["numpy"]["median_us"]),
                row["bytes"] / med / 1e3, check), flush=True)

    try:
        env["threading_layer"] = numba.threading_layer()
    except ValueError:  # no parallel kernel ran
        env["threading_layer"] = None
    print("per call from Python after warm-up, Numba's dispatch included ('call ovh': a no-op @njit function called "
          "with the same arguments); GB/s = compulsory bytes / Numba median")
    if opt.out:
        with open(opt.out, "w") as f:
            json.dump({"environment": env, "results": rows}, f, indent=1)
        print("wrote", opt.out)
    failed = ["%s/%s" % (r["case"], r["size"]) for r in rows if r["check_ok"] is False]
    if failed:
        print("result mismatch: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
