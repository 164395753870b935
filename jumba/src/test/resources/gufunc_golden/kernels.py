"""@guvectorize kernels of the gufunc golden test (tools/ufunc_golden/generate.py computes NumPy's answers).

matvec and vecdot have the names and layouts of NumPy's own gufuncs np.matvec and np.vecdot, so NumPy's error
messages for them (which name the gufunc and its layout) apply word for word."""
from numba import guvectorize


@guvectorize(["void(float64[:,:], float64[:], float64[:])"], "(m,n),(n)->(m)")
def matvec(a, x, out):
    for i in range(a.shape[0]):
        acc = 0.0
        for j in range(a.shape[1]):
            acc += a[i, j] * x[j]
        out[i] = acc


@guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
def vecdot(a, b, out):
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i] * b[i]
    out[0] = acc


@guvectorize(["void(int64[:], int64[:])", "void(float64[:], float64[:])"], "(n)->(n)")
def cumsum(x, out):
    acc = x[0] - x[0]
    for i in range(x.shape[0]):
        acc += x[i]
        out[i] = acc


@guvectorize(["void(float64[:], float64[:], float64[:])"], "(n)->(),()")
def sum_max(x, total, biggest):
    s = 0.0
    m = x[0]
    for i in range(x.shape[0]):
        s += x[i]
        if x[i] > m:
            m = x[i]
    total[0] = s
    biggest[0] = m
