"""Writes the goldens of StencilGoldenTest: inputs and the results Numba 0.56 gives for the kernels of stencils.py.

Run from this directory with a Python that has numba and numpy: python3 make_goldens.py. It writes NAME.in*.npy
(inputs) and NAME.out.npy (result) for each case in CASES, and cases.txt listing them.
"""
import numpy as np

import stencils as k


def f64(shape, seed):
    return np.round(np.random.default_rng(seed).standard_normal(shape) * 3.0, 6)


A1 = f64(11, 1)
A2 = f64((6, 7), 2)
B2 = f64((6, 7), 3)
I1 = np.random.default_rng(4).integers(-20, 20, 9).astype(np.int64)

# name -> (function, arrays, scalar arguments after the arrays)
CASES = {
    "diff1": (k.diff1, [A1], []),
    "diff1_tiny": (k.diff1, [A1[:2].copy()], []),
    "jacobi": (k.jacobi, [A2], []),
    "asym": (k.asym, [A2], []),
    "trailing_sum": (k.trailing_sum, [A1], []),
    "with_cval": (k.with_cval, [A2], []),
    "scaled": (k.scaled, [A1], [1.5]),
    "two_arrays": (k.two_arrays, [A2, B2], []),
    "int_kernel": (k.int_kernel, [I1], []),
    "forward_only": (k.forward_only, [I1], []),
    "weighted": (k.weighted, [A1, np.array([0.25, 0.5, 0.25])], []),
    "nan_border": (k.nan_border, [A1], []),
    "clipped": (k.clipped, [A1], []),
    "positive_neighbors": (k.positive_neighbors, [A2], []),
    "jacobi_parallel": (k.jacobi_parallel, [A2], []),
    "jacobi_twice": (k.jacobi_twice, [A2], []),
    "into_out": (k.into_out, [A1, np.full(11, 9.0)], []),
    "scaled_from_njit": (k.scaled_from_njit, [A1], []),
}

with open("cases.txt", "w") as listing:
    for name, (fn, arrays, scalars) in CASES.items():
        result = fn(*[a.copy() for a in arrays], *scalars)
        for i, a in enumerate(arrays):
            np.save(f"{name}.in{i}.npy", a)
        np.save(f"{name}.out.npy", result)
        function = fn.__name__ if hasattr(fn, "__name__") else fn.kernel_ir.func_id.func_name
        listing.write(" ".join([name, function, str(len(arrays))] + [repr(s) for s in scalars]) + "\n")
