"""One small kernel per NumPy function of docs/subset.md's NumPy Functions table, for NumpyFunctionsVectorizeTest:
explain reports whether each one's loops vectorize (the table's "vector" column)."""
import numpy as np
from numba import njit

@njit
def sum_(a):
    return np.sum(a)

@njit
def prod_(a):
    return np.prod(a)

@njit
def min_(a):
    return np.min(a)

@njit
def max_(a):
    return np.max(a)

@njit
def mean_(a):
    return np.mean(a)

@njit
def argmin_(a):
    return np.argmin(a)

@njit
def argmax_(a):
    return np.argmax(a)

@njit
def any_(a):
    return np.any(a)

@njit
def all_(a):
    return np.all(a)

@njit
def var_(a):
    return np.var(a)

@njit
def std_(a):
    return np.std(a)

@njit
def ptp_(a):
    return np.ptp(a)

@njit
def count_nonzero_(a):
    return np.count_nonzero(a)

@njit
def nansum_(a):
    return np.nansum(a)

@njit
def nanprod_(a):
    return np.nanprod(a)

@njit
def nanmean_(a):
    return np.nanmean(a)

@njit
def nanmin_(a):
    return np.nanmin(a)

@njit
def nanmax_(a):
    return np.nanmax(a)

@njit
def nanvar_(a):
    return np.nanvar(a)

@njit
def nanstd_(a):
    return np.nanstd(a)

@njit
def cumsum_(a):
    return np.cumsum(a)

@njit
def cumprod_(a):
    return np.cumprod(a)

@njit
def median_(a):
    return np.median(a)

@njit
def percentile_(a):
    return np.percentile(a, 30.0)

@njit
def quantile_(a):
    return np.quantile(a, 0.3)

@njit
def diff_(a):
    return np.diff(a)

@njit
def average_(a):
    return np.average(a)

@njit
def average_weights(a, w):
    return np.average(a, weights=w)

@njit
def nanmedian_(a):
    return np.nanmedian(a)

@njit
def nanpercentile_(a):
    return np.nanpercentile(a, 30.0)

@njit
def nancumsum_(a):
    return np.nancumsum(a)

@njit
def nancumprod_(a):
    return np.nancumprod(a)

@njit
def arange_(n):
    return np.arange(0.5, n, 0.25)

@njit
def linspace_(n):
    return np.linspace(0.0, 1.0, n)

@njit
def zeros_(n):
    return np.zeros(n)

@njit
def ones_(n):
    return np.ones(n)

@njit
def full_(n):
    return np.full(n, 2.5)

@njit
def empty_(n):
    return np.empty(n)

@njit
def zeros_like_(a):
    return np.zeros_like(a)

@njit
def full_like_(a):
    return np.full_like(a, 2.5)

@njit
def copy_(a):
    return np.copy(a)

@njit
def where3_(a):
    return np.where(a > 0, a, 0.0)

@njit
def take_(a, i):
    return np.take(a, i)

@njit
def nonzero_(a):
    return np.nonzero(a)

@njit
def argwhere_(a):
    return np.argwhere(a)

@njit
def flatnonzero_(a):
    return np.flatnonzero(a)

@njit
def clip_(a):
    return np.clip(a, -1.0, 1.0)

@njit
def around_(a):
    return np.around(a, 2)

@njit
def isclose_(a, b):
    return np.isclose(a, b)

@njit
def allclose_(a, b):
    return np.allclose(a, b)

@njit
def array_equal_(a, b):
    return np.array_equal(a, b)

@njit
def concatenate_(a, b):
    return np.concatenate((a, b))

@njit
def stack_(a, b):
    return np.stack((a, b))

@njit
def hstack_(a, b):
    return np.hstack((a, b))

@njit
def vstack_(a, b):
    return np.vstack((a, b))

@njit
def column_stack_(a, b):
    return np.column_stack((a, b))

@njit
def atleast_2d_(a):
    return np.atleast_2d(a)

@njit
def reshape_(a):
    return a.reshape(5, 8)

@njit
def ravel_(m):
    return np.ravel(m)

@njit
def transpose_(m):
    return np.transpose(m)

@njit
def flip_(a):
    return np.flip(a)

@njit
def repeat_(a):
    return np.repeat(a, 3)

@njit
def roll_(a):
    return np.roll(a, 3)

@njit
def flatten_(m):
    return m.flatten()

@njit
def eye_(n):
    return np.eye(n)

@njit
def identity_(n):
    return np.identity(n)

@njit
def diag_(a):
    return np.diag(a)

@njit
def tri_(n):
    return np.tri(n)

@njit
def tril_(m):
    return np.tril(m)

@njit
def triu_(m):
    return np.triu(m)

@njit
def sort_(a):
    return np.sort(a)

@njit
def argsort_(a):
    return np.argsort(a)

@njit
def searchsorted_(a, v):
    return np.searchsorted(a, v)

@njit
def unique_(a):
    return np.unique(a)

@njit
def bincount_(i):
    return np.bincount(i)

@njit
def histogram_(a):
    return np.histogram(a, 10)

@njit
def digitize_(a, e):
    return np.digitize(a, e)

@njit
def interp_(a, e):
    return np.interp(a, e, e)

@njit
def convolve_(a, e):
    return np.convolve(a, e)

@njit
def cov_(m):
    return np.cov(m)

@njit
def vander_(a):
    return np.vander(a)

@njit
def ediff1d_(a):
    return np.ediff1d(a)

@njit
def trace_(m):
    return np.trace(m)

@njit
def kron_(a, b):
    return np.kron(a, b)

@njit
def dot_(a, b):
    return np.dot(a, b)

@njit
def norm_(a):
    return np.linalg.norm(a)

@njit
def det_(m):
    return np.linalg.det(m)

@njit
def inv_(m):
    return np.linalg.inv(m)

@njit
def trapz_(a):
    return np.trapz(a)

@njit
def select_(a):
    return np.select([a > 0, a < -1], [a, -a], 0.0)

@njit
def hanning_(n):
    return np.hanning(n)

@njit
def angle_(a):
    return np.angle(a)

@njit
def isposinf_(a):
    return np.isposinf(a)

@njit
def extract_(a):
    return np.extract(a > 0, a)

@njit
def append_(a, b):
    return np.append(a, b)

@njit
def delete_(a, i):
    return np.delete(a, i)

@njit
def fill_diagonal_(m):
    np.fill_diagonal(m, 1.0)
    return m

@njit
def logspace_(n):
    return np.logspace(0.0, 2.0, n)

@njit
def partition_(a):
    return np.partition(a, 3)

@njit
def intersect1d_(a, b):
    return np.intersect1d(a, b)

@njit
def take_along_axis_(m, j):
    return np.take_along_axis(m, j, 1)

@njit
def tril_indices_(n):
    return np.tril_indices(n)

@njit
def asarray_chkfinite_(a):
    return np.asarray_chkfinite(a)

@njit
def cross_(a, b):
    return np.cross(a, b)

@njit
def rot90_(m):
    return np.rot90(m)

@njit
def ascontiguousarray_(m):
    return np.ascontiguousarray(m.T)

@njit
def asfortranarray_(m):
    return np.asfortranarray(m)

@njit
def array_(x):
    return np.array([[x, 1.0], [2.0, x]])

@njit
def broadcast_to_(a):
    return np.broadcast_to(a, (3, 40))

@njit
def outer_(a, b):
    return np.outer(a, b)

@njit
def vdot_(a, b):
    return np.vdot(a, b)

@njit
def nanquantile_(a):
    return np.nanquantile(a, 0.3)

@njit
def amin_(a):
    return np.amin(a)

@njit
def empty_like_(a):
    return np.empty_like(a)

@njit
def ones_like_(a):
    return np.ones_like(a)

@njit
def argpartition_(a):
    return np.argpartition(a, 3)

@njit
def round_(a):
    return np.round(a)

@njit
def dstack_(a, b):
    return np.dstack((a, b))

@njit
def atleast_1d_(a):
    return np.atleast_1d(a)

@njit
def asarray_(a):
    return np.asarray(a)

@njit
def asfarray_(i):
    return np.asfarray(i)

@njit
def cross2d_(m, k):
    return np.cross(m, k)

@njit
def correlate_(a, e):
    return np.correlate(a, e)

@njit
def corrcoef_(m):
    return np.corrcoef(m)

@njit
def roots_(e):
    return np.roots(e)

@njit
def swapaxes_(m):
    return np.swapaxes(m, 0, 1)

@njit
def expand_dims_(a):
    return np.expand_dims(a, 0)

@njit
def squeeze_(m):
    return np.squeeze(m[0:1], 0)

@njit
def fliplr_(m):
    return np.fliplr(m)

@njit
def newaxis_(a):
    return a[:, np.newaxis]

@njit
def mask_read(a):
    return a[a > 0]

@njit
def mask_write(a):
    a[a > 0] = 0.0
    return a

@njit
def fancy_read(a, i):
    return a[i]

@njit
def moveaxis_(m):
    return np.moveaxis(m, 0, 1)

@njit
def isreal_(a):
    return np.isreal(a)

@njit
def iscomplex_(a):
    return np.iscomplex(a)

@njit
def isrealobj_(a):
    return np.isrealobj(a)

@njit
def bartlett_(n):
    return np.bartlett(n)

@njit
def blackman_(n):
    return np.blackman(n)

@njit
def hamming_(n):
    return np.hamming(n)

@njit
def kaiser_(n):
    return np.kaiser(n, 5.0)

@njit
def triu_indices_(n):
    return np.triu_indices(n)

@njit
def split_(a):
    return np.split(a, 4)

@njit
def array_split_(a):
    return np.array_split(a, 3)

@njit
def broadcast_arrays_(a, m):
    return np.broadcast_arrays(a, m)

@njit
def trapezoid_(a):
    return np.trapezoid(a)

@njit
def frombuffer_(a):
    return np.frombuffer(a)

@njit
def ndindex_sum(m):
    s = 0.0
    for idx in np.ndindex(m.shape):
        s += m[idx]
    return s

@njit
def float32_(a):
    return np.float32(a)

@njit
def random_(n):
    return np.random.random(n)

@njit
def as_strided_(a):
    return np.lib.stride_tricks.as_strided(a, shape=(10,), strides=(16,))

@njit
def matrix_power_(m):
    return np.linalg.matrix_power(m, 3)

@njit
def cholesky_(m):
    return np.linalg.cholesky(m)

@njit
def svd_(m):
    return np.linalg.svd(m)

@njit
def eigvals_(m):
    return np.linalg.eigvals(m)

@njit
def solve_(m, k):
    return np.linalg.solve(m, k)

@njit
def pinv_(m):
    return np.linalg.pinv(m)

@njit
def cond_(m):
    return np.linalg.cond(m)

@njit
def norm_fro(m):
    return np.linalg.norm(m)

@njit
def std_axis(m):
    return np.std(m, axis=0)

@njit
def cumsum_int(i):
    return np.cumsum(i)

@njit
def diff_2d(m):
    return np.diff(m)

@njit
def median_axis(m):
    return np.median(m, axis=1)

@njit
def sum_axis0(m):
    return np.sum(m, axis=0)
