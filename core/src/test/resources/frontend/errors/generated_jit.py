from numba import generated_jit


@generated_jit
def f(x):
    return x
