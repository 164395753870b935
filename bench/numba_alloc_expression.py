#!/usr/bin/python3
"""Numba's and NumPy's side of AllocatingExpressionBenchmark: `return a + b * c` on N float64 (default 4M), the
same loop into an array allocated once, and np.empty alone. Prints per variant the median, lowest and highest of 20
samples of 10 calls each after 10 warm-up samples, in ms.

Usage: /usr/bin/python3 bench/numba_alloc_expression.py [N]
"""
import sys
import time

import numpy as np
from numba import njit


@njit
def fma_new(a, b, c):
    return a + b * c


@njit
def fma_into(a, b, c, r):
    for i in range(r.shape[0]):
        r[i] = a[i] + b[i] * c[i]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4194304
    rng = np.random.default_rng(42)
    a, b, c, r = rng.random(n), rng.random(n), rng.random(n), np.empty(n)
    assert np.array_equal(fma_new(a, b, c), a + b * c)
    fma_into(a, b, c, r)
    variants = (("numba, new array", lambda: fma_new(a, b, c)),
                ("numba, into an array allocated once", lambda: fma_into(a, b, c, r)),
                ("numpy a + b * c", lambda: a + b * c),
                ("np.empty alone", lambda: np.empty(n)))
    for name, call in variants:
        samples = []
        for _ in range(30):
            start = time.perf_counter()
            for _ in range(10):
                call()
            samples.append((time.perf_counter() - start) / 10 * 1e3)
        samples = sorted(samples[10:])
        print("%-38s median %8.3f ms (%.3f-%.3f)" % (name, samples[10], samples[0], samples[-1]))


main()
