#!/usr/bin/python3
"""Time NumPy on the operations and sizes of UFuncBenchmark (io.jumba.bench.jmh), for Report's ufunc table.

Usage: /usr/bin/python3 bench/numpy_ufuncs.py [--out numpy.json] [--sizes small,large] [--ops add,exp,...]
                                              [--repeats 15] [--sample-ms 50]

Each op writes into a preallocated output (np.add(a, b, out=o), np.exp(x, out=o), ...) on contiguous float64
inputs drawn uniformly from the op's range (the ranges of UFuncOp). A repeat times enough back-to-back calls to
last --sample-ms; the JSON gives the median, best and worst time per call over the repeats, in the format of
numba_baseline.py ("case" is the op) with "numpy" holding the timings.
"""
import argparse
import json
import platform
import sys
import time

import numpy as np

SIZES = {"small": 4096, "large": 1 << 20}


def _muladd(a, b, c, out):
    # The fused user ufunc a * b + c as a NumPy user writes it without temporaries: two ufunc calls.
    np.multiply(a, b, out=out)
    np.add(out, c, out=out)


# op: (arity, low, high, call on (*inputs, out), reference without out=)
OPS = {
    "add": (2, 0.0, 1.0, lambda a, b, o: np.add(a, b, out=o), lambda a, b: a + b),
    "multiply": (2, 0.0, 1.0, lambda a, b, o: np.multiply(a, b, out=o), lambda a, b: a * b),
    "fluent_add": (2, 0.0, 1.0, lambda a, b, o: np.add(a, b, out=o), lambda a, b: a + b),
    "muladd": (3, 0.0, 1.0, _muladd, lambda a, b, c: a * b + c),
    "exp": (1, -5.0, 5.0, lambda x, o: np.exp(x, out=o), np.exp),
    "log": (1, 0.01, 10.0, lambda x, o: np.log(x, out=o), np.log),
    "sin": (1, 0.01, 10.0, lambda x, o: np.sin(x, out=o), np.sin),
}


def elements(size):
    return SIZES[size] if size in SIZES else int(size)


def time_op(fn, args, repeats, sample_s):
    """Per-call microseconds over repeats, each repeat averaging enough calls to last sample_s."""
    for _ in range(3):
        fn(*args)
    t0 = time.perf_counter()
    fn(*args)
    inner = max(1, int(sample_s / max(time.perf_counter() - t0, 1e-7)))
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn(*args)
        samples.append((time.perf_counter() - t0) / inner * 1e6)
    samples.sort()
    return {"median_us": samples[len(samples) // 2], "best_us": samples[0], "worst_us": samples[-1],
            "samples": repeats, "calls_per_sample": inner}


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def simd_targets():
    try:
        from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__
        return " ".join(t for t in __cpu_dispatch__ if __cpu_features__.get(t))
    except ImportError:
        return "?"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="numpy.json")
    p.add_argument("--sizes", default="small,large")
    p.add_argument("--ops", default=",".join(OPS))
    p.add_argument("--repeats", type=int, default=15)
    p.add_argument("--sample-ms", type=float, default=50.0)
    opts = p.parse_args()
    rng = np.random.default_rng(20240601)
    results = []
    for size in opts.sizes.split(","):
        n = elements(size)
        for op in opts.ops.split(","):
            arity, low, high, call, ref = OPS[op]
            inputs = [np.ascontiguousarray(rng.uniform(low, high, n)) for _ in range(arity)]
            out = np.empty(n)
            call(*inputs, out)
            if not np.array_equal(out, ref(*inputs)):
                sys.exit("numpy_ufuncs.py: %s/%s differs from its reference" % (op, size))
            timing = time_op(call, inputs + [out], opts.repeats, opts.sample_ms / 1e3)
            results.append({"case": op, "size": size, "n": n, "numpy": timing})
            print("%-10s %-6s n=%-8d median %10.2f us  (%.2f-%.2f)" % (op, size, n, timing["median_us"],
                  timing["best_us"], timing["worst_us"]), flush=True)
    env = {"numpy": np.__version__, "python": platform.python_version(), "cpu": cpu_name(),
           "numpy_simd": simd_targets()}
    with open(opts.out, "w") as f:
        json.dump({"environment": env, "results": results}, f, indent=1)
    print("wrote " + opts.out)


if __name__ == "__main__":
    main()
