"""A degree-8 polynomial evaluated by Horner's rule at every element.

The coefficients are a module-level tuple, highest degree first: the Taylor
series of exp(x) up to x**8, so the result is close to exp(x) on [-1, 1].
"""
from numba import njit

COEFFS = (1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0,
          1.0 / 24.0, 1.0 / 6.0, 1.0 / 2.0, 1.0, 1.0)


@njit
def horner(x, out):
    for i in range(x.shape[0]):
        xi = x[i]
        p = COEFFS[0]
        for k in range(1, len(COEFFS)):
            p = p * xi + COEFFS[k]
        out[i] = p
