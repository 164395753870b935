"""Steady-state time per call of a Numba kernel, with arguments given as `bin/jumba bench` takes them.

    /usr/bin/python3 bench/simd/numba_time.py FILE.py FUNC [ARG...]

ARG: FILE.npy (array), an integer, or a float. Compiles with a first call, warms up for 1 s, then times calls for
3 s (at least 5) and prints the median and the minimum per call, single-threaded (NUMBA_NUM_THREADS=1).
"""
import importlib.util
import os
import statistics
import sys
import time

os.environ.setdefault("NUMBA_NUM_THREADS", "1")
import numpy as np  # noqa: E402


def argument(text):
    if text.endswith(".npy"):
        return np.load(text)
    try:
        return int(text)
    except ValueError:
        return float(text)


def main():
    path, name, *raw = sys.argv[1:]
    spec = importlib.util.spec_from_file_location("kernel", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    f = getattr(module, name)
    args = [argument(a) for a in raw]
    start = time.perf_counter()
    f(*args)
    print(f"{name} (numba): first call (compile) {1000 * (time.perf_counter() - start):.1f} ms")
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        f(*args)
    samples = []
    end = time.perf_counter() + 3.0
    while time.perf_counter() < end or len(samples) < 5:
        t = time.perf_counter()
        f(*args)
        samples.append(time.perf_counter() - t)
    print(f"  median {1000 * statistics.median(samples):.3f} ms  (min {1000 * min(samples):.3f} ms, {len(samples)} samples)")


if __name__ == "__main__":
    main()
