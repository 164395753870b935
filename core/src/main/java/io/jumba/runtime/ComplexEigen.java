package io.jumba.runtime;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * {@code np.linalg.eig} and {@code eigvals} of a complex matrix, computed as LAPACK's zgeev (which NumPy and Numba
 * call) computes them, since EJML has no complex eigen-decomposition: Householder reduction to upper Hessenberg
 * form, the single-shift complex QR algorithm (Wilkinson shifts, an exceptional shift every tenth iteration, as
 * zlahqr) down to the Schur form T = Zᴴ·A·Z, then each eigenvector of the triangular T by back substitution (as
 * ztrevc, a tiny divisor raised to ulp·|λ|) carried back by Z. Each eigenvector has unit length and its component of
 * largest modulus real, zgeev's normalization; the eigenpairs come sorted as NumPy sorts complex numbers (real
 * part, then imaginary part), as Jumba's real eig sorts its eigenvalues.
 */
final class ComplexEigen {
    private static final double ULP = Math.ulp(1.0);

    private final int n;
    /** H, reduced in place to the Schur form T. */
    private final double[][] hr;
    private final double[][] hi;
    /** The unitary Z of the reductions, accumulated. */
    private final double[][] zr;
    private final double[][] zi;

    private ComplexEigen(NDArray a, SourcePos pos) {
        if (a.shape(0) != a.shape(1)) throw error(pos, "Last 2 dimensions of the array must be square.");
        n = a.shape(0);
        hr = new double[n][n];
        hi = new double[n][n];
        zr = new double[n][n];
        zi = new double[n][n];
        for (int i = 0; i < n; i++) {
            zr[i][i] = 1;
            for (int j = 0; j < n; j++) {
                Complex v = a.getComplex(i, j);
                if (!Double.isFinite(v.re()) || !Double.isFinite(v.im())) throw error(pos, "Array must not contain infs or NaNs.");
                hr[i][j] = v.re();
                hi[i][j] = v.im();
            }
        }
    }

    /** {@code np.linalg.eig} of a complex128 matrix: (w, v), complex128, the columns of v the eigenvectors. */
    static Object[] eig(NDArray a, SourcePos pos) {
        ComplexEigen e = decomposed(a, pos);
        Integer[] order = e.order();
        double[] w = new double[2 * e.n], v = new double[2 * e.n * e.n];
        for (int c = 0; c < e.n; c++) {
            int k = order[c];
            w[2 * c] = e.hr[k][k];
            w[2 * c + 1] = e.hi[k][k];
            double[][] vector = e.vector(k);
            for (int r = 0; r < e.n; r++) {
                v[2 * (r * e.n + c)] = vector[0][r];
                v[2 * (r * e.n + c) + 1] = vector[1][r];
            }
        }
        return new Object[] {NDArray.wrap(DType.COMPLEX128, w, e.n), NDArray.wrap(DType.COMPLEX128, v, e.n, e.n)};
    }

    /** {@code np.linalg.eigvals} of a complex128 matrix, in {@link #eig}'s order. */
    static NDArray eigvals(NDArray a, SourcePos pos) {
        ComplexEigen e = decomposed(a, pos);
        Integer[] order = e.order();
        double[] w = new double[2 * e.n];
        for (int c = 0; c < e.n; c++) {
            w[2 * c] = e.hr[order[c]][order[c]];
            w[2 * c + 1] = e.hi[order[c]][order[c]];
        }
        return NDArray.wrap(DType.COMPLEX128, w, e.n);
    }

    private static ComplexEigen decomposed(NDArray a, SourcePos pos) {
        ComplexEigen e = new ComplexEigen(a, pos);
        e.hessenberg();
        if (!e.schur()) throw error(pos, "Eigenvalues did not converge");
        return e;
    }

    /** The diagonal places of T in NumPy's order of complex numbers (a stable sort). */
    private Integer[] order() {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> hr[k][k]).thenComparingDouble(k -> hi[k][k]));
        return order;
    }

    /** Householder reflections I - β·v·vᴴ zero each column below its subdiagonal; Z collects them. */
    private void hessenberg() {
        double[] vr = new double[n], vi = new double[n];
        for (int k = 0; k < n - 2; k++) {
            double alpha = 0;
            for (int i = k + 1; i < n; i++) alpha = Math.hypot(alpha, Math.hypot(hr[i][k], hi[i][k]));
            if (alpha == 0) continue;
            double x0 = Math.hypot(hr[k + 1][k], hi[k + 1][k]);
            double pr = x0 == 0 ? 1 : hr[k + 1][k] / x0, pi = x0 == 0 ? 0 : hi[k + 1][k] / x0;
            double vv = 0;
            for (int i = k + 1; i < n; i++) {
                vr[i] = hr[i][k] + (i == k + 1 ? pr * alpha : 0);
                vi[i] = hi[i][k] + (i == k + 1 ? pi * alpha : 0);
                vv += vr[i] * vr[i] + vi[i] * vi[i];
            }
            double beta = 2 / vv;
            for (int j = k; j < n; j++) {  // H := (I - β·v·vᴴ)·H
                double sr = 0, si = 0;
                for (int i = k + 1; i < n; i++) {
                    sr += vr[i] * hr[i][j] + vi[i] * hi[i][j];
                    si += vr[i] * hi[i][j] - vi[i] * hr[i][j];
                }
                sr *= beta;
                si *= beta;
                for (int i = k + 1; i < n; i++) {
                    hr[i][j] -= vr[i] * sr - vi[i] * si;
                    hi[i][j] -= vr[i] * si + vi[i] * sr;
                }
            }
            reflectColumns(hr, hi, vr, vi, beta, k + 1);
            reflectColumns(zr, zi, vr, vi, beta, k + 1);
            for (int i = k + 2; i < n; i++) hr[i][k] = hi[i][k] = 0;
        }
    }

    /** M := M·(I - β·v·vᴴ), v nonzero from place from on. */
    private void reflectColumns(double[][] mr, double[][] mi, double[] vr, double[] vi, double beta, int from) {
        for (int r = 0; r < n; r++) {
            double sr = 0, si = 0;
            for (int j = from; j < n; j++) {
                sr += mr[r][j] * vr[j] - mi[r][j] * vi[j];
                si += mr[r][j] * vi[j] + mi[r][j] * vr[j];
            }
            sr *= beta;
            si *= beta;
            for (int j = from; j < n; j++) {
                mr[r][j] -= sr * vr[j] + si * vi[j];
                mi[r][j] -= si * vr[j] - sr * vi[j];
            }
        }
    }

    /**
     * The shifted QR iteration on the Hessenberg H until it is upper triangular: a subdiagonal element below
     * ulp times its diagonal neighbours is set to zero (deflation); false when an eigenvalue takes more than
     * 30·max(10, n) iterations, zlahqr's limit.
     */
    private boolean schur() {
        double norm = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) norm = Math.hypot(norm, Math.hypot(hr[i][j], hi[i][j]));
        int limit = 30 * Math.max(10, n);
        int its = 0;
        for (int last = n - 1; last > 0; ) {
            int l = last;
            for (; l > 0; l--) {
                double s = abs1(l - 1, l - 1) + abs1(l, l);
                if (abs1(l, l - 1) <= ULP * (s == 0 ? norm : s)) {
                    hr[l][l - 1] = hi[l][l - 1] = 0;
                    break;
                }
            }
            if (l == last) {
                last--;
                its = 0;
                continue;
            }
            if (++its > limit) return false;
            Complex shift = its % 10 == 0
                    ? new Complex(hr[last][last] + 0.75 * Math.abs(hr[last][last - 1]), hi[last][last])
                    : wilkinson(last);
            sweep(l, last, shift);
        }
        return true;
    }

    /** The eigenvalue of H's trailing 2×2 block (rows last-1, last) nearer its last diagonal element. */
    private Complex wilkinson(int last) {
        Complex a = new Complex(hr[last - 1][last - 1], hi[last - 1][last - 1]);
        Complex b = new Complex(hr[last - 1][last], hi[last - 1][last]);
        Complex c = new Complex(hr[last][last - 1], hi[last][last - 1]);
        Complex d = new Complex(hr[last][last], hi[last][last]);
        Complex t = new Complex((a.re() - d.re()) / 2, (a.im() - d.im()) / 2);
        Complex bc = ComplexMath.mul(b, c);
        Complex root = ComplexMath.sqrt(new Complex(t.re() * t.re() - t.im() * t.im() + bc.re(), 2 * t.re() * t.im() + bc.im()));
        // t ± root, the sign that keeps the larger modulus: d - bc / (t ± root) is the nearer eigenvalue, without cancellation
        if (t.re() * root.re() + t.im() * root.im() < 0) root = new Complex(-root.re(), -root.im());
        Complex denominator = new Complex(t.re() + root.re(), t.im() + root.im());
        if (denominator.re() == 0 && denominator.im() == 0) return d;
        Complex q = ComplexMath.div(bc, denominator, null);
        return new Complex(d.re() - q.re(), d.im() - q.im());
    }

    /** One implicit single-shift QR step on rows and columns l..last: Givens rotations chase the bulge down. */
    private void sweep(int l, int last, Complex shift) {
        for (int k = l; k < last; k++) {
            double xr, xi, yr, yi;
            if (k == l) {
                xr = hr[l][l] - shift.re();
                xi = hi[l][l] - shift.im();
                yr = hr[l + 1][l];
                yi = hi[l + 1][l];
            } else {
                xr = hr[k][k - 1];
                xi = hi[k][k - 1];
                yr = hr[k + 1][k - 1];
                yi = hi[k + 1][k - 1];
            }
            double ax = Math.hypot(xr, xi), ay = Math.hypot(yr, yi);
            if (ay == 0) continue;
            double c, sr, si;
            if (ax == 0) {
                c = 0;
                sr = 1;
                si = 0;
            } else {
                double r = Math.hypot(ax, ay);
                c = ax / r;
                sr = (xr * yr + xi * yi) / (ax * r);
                si = (xi * yr - xr * yi) / (ax * r);
            }
            rotateRows(k, Math.max(l, k - 1), c, sr, si);
            if (k > l) hr[k + 1][k - 1] = hi[k + 1][k - 1] = 0;
            rotateColumns(hr, hi, k, Math.min(k + 2, last), c, sr, si);
            rotateColumns(zr, zi, k, n - 1, c, sr, si);
        }
    }

    /** Rows k and k+1 of H, columns from on, times G = [c s; -conj(s) c]. */
    private void rotateRows(int k, int from, double c, double sr, double si) {
        for (int m = from; m < n; m++) {
            double ar = hr[k][m], ai = hi[k][m], br = hr[k + 1][m], bi = hi[k + 1][m];
            hr[k][m] = c * ar + sr * br - si * bi;
            hi[k][m] = c * ai + sr * bi + si * br;
            hr[k + 1][m] = c * br - (sr * ar + si * ai);
            hi[k + 1][m] = c * bi - (sr * ai - si * ar);
        }
    }

    /** Columns k and k+1 of M, rows 0..to, times Gᴴ. */
    private static void rotateColumns(double[][] mr, double[][] mi, int k, int to, double c, double sr, double si) {
        for (int m = 0; m <= to; m++) {
            double ar = mr[m][k], ai = mi[m][k], br = mr[m][k + 1], bi = mi[m][k + 1];
            mr[m][k] = ar * c + br * sr + bi * si;
            mi[m][k] = ai * c + bi * sr - br * si;
            mr[m][k + 1] = br * c - (ar * sr - ai * si);
            mi[m][k + 1] = bi * c - (ar * si + ai * sr);
        }
    }

    /**
     * The eigenvector of T's k-th eigenvalue carried back by Z, as {real parts, imaginary parts}: back substitution
     * on T's leading k×k block (as ztrevc), then unit length with the component of largest modulus real (zgeev).
     */
    private double[][] vector(int k) {
        double lr = hr[k][k], li = hi[k][k];
        double smin = Math.max(ULP * (Math.abs(lr) + Math.abs(li)), Double.MIN_NORMAL);
        double[] xr = new double[k + 1], xi = new double[k + 1];
        xr[k] = 1;
        for (int j = 0; j < k; j++) {
            xr[j] = -hr[j][k];
            xi[j] = -hi[j][k];
        }
        for (int j = k - 1; j >= 0; j--) {
            double dr = hr[j][j] - lr, di = hi[j][j] - li;
            if (Math.abs(dr) + Math.abs(di) < smin) {
                dr = smin;
                di = 0;
            }
            Complex q = ComplexMath.div(new Complex(xr[j], xi[j]), new Complex(dr, di), null);
            xr[j] = q.re();
            xi[j] = q.im();
            for (int m = 0; m < j; m++) {
                xr[m] -= hr[m][j] * q.re() - hi[m][j] * q.im();
                xi[m] -= hr[m][j] * q.im() + hi[m][j] * q.re();
            }
        }
        double[] vr = new double[n], vi = new double[n];
        double norm = 0;
        for (int r = 0; r < n; r++) {
            for (int j = 0; j <= k; j++) {
                vr[r] += zr[r][j] * xr[j] - zi[r][j] * xi[j];
                vi[r] += zr[r][j] * xi[j] + zi[r][j] * xr[j];
            }
            norm = Math.hypot(norm, Math.hypot(vr[r], vi[r]));
        }
        int largest = 0;
        for (int r = 1; r < n; r++) {
            if (vr[r] * vr[r] + vi[r] * vi[r] > vr[largest] * vr[largest] + vi[largest] * vi[largest]) largest = r;
        }
        // v / norm, turned by conj(v[largest]) / |v[largest]|
        double m = Math.hypot(vr[largest], vi[largest]);
        double pr = vr[largest] / (m * norm), pi = -vi[largest] / (m * norm);
        for (int r = 0; r < n; r++) {
            double re = vr[r] * pr - vi[r] * pi, im = vr[r] * pi + vi[r] * pr;
            vr[r] = re;
            vi[r] = im;
        }
        vi[largest] = 0;
        return new double[][] {vr, vi};
    }

    private double abs1(int i, int j) { return Math.abs(hr[i][j]) + Math.abs(hi[i][j]); }

    private static KernelRuntimeError error(SourcePos pos, String message) {
        return new KernelRuntimeError("LinAlgError", pos, message);
    }
}
