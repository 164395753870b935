package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * {@code np.linalg} on float64 matrices, backed by EJML (eig of complex128 ones by {@link ComplexEigen}): what
 * generated code calls (through {@link LinAlgFn}) and the interpreter evaluates. Results follow NumPy's shapes and conventions (singular values descending, eigh's
 * eigenvalues ascending, eigenvectors of unit length, lstsq's (x, residuals, rank, s)); errors are Numba's:
 * {@code numpy.linalg.LinAlgError} (Python name LinAlgError) for singular matrices, matrices that are not positive
 * definite, and non-finite input to the iterative decompositions, at the kernel line.
 */
public final class LinAlg {
    private static final double EPS = Math.ulp(1.0);

    private LinAlg() {}

    /** {@code np.linalg.det}: 0.0 for a singular matrix, 1.0 for an empty one. */
    public static double det(NDArray a, SourcePos pos) {
        DMatrixRMaj m = square(a, pos);
        if (m.numRows == 0) return 1.0;
        return lu(m).computeDeterminant().real;
    }

    /** {@code np.linalg.slogdet}: (sign, log|det|), (0.0, -inf) for a singular matrix, without overflow. */
    public static Object[] slogdet(NDArray a, SourcePos pos) {
        DMatrixRMaj m = square(a, pos);
        int n = m.numRows;
        if (n == 0) return new Object[] {1.0, 0.0};
        LUDecompositionAlt_DDRM lu = lu(m);
        double sign = permutationSign(lu.getPivot(), n);
        double log = 0;
        for (int i = 0; i < n; i++) {
            double u = lu.getLU().get(i, i);
            if (u == 0) return new Object[] {0.0, Double.NEGATIVE_INFINITY};
            if (u < 0) sign = -sign;
            log += Math.log(Math.abs(u));
        }
        return new Object[] {sign, log};
    }

    /** {@code np.linalg.inv}; LinAlgError when a pivot of the LU factorization is exactly zero (as LAPACK's getrf). */
    public static NDArray inv(NDArray a, SourcePos pos) {
        DMatrixRMaj m = square(a, pos);
        DMatrixRMaj inverse = new DMatrixRMaj(m.numRows, m.numRows);
        if (m.numRows > 0) solver(m, pos).invert(inverse);
        return array(inverse);
    }

    /** {@code np.linalg.solve(a, b)} for b of shape (n,) or (n, k). */
    public static NDArray solve(NDArray a, NDArray b, SourcePos pos) {
        DMatrixRMaj m = square(a, pos);
        if (b.shape(0) != m.numRows) {
            throw error(pos, "Incompatible array sizes, system is not dimensionally valid.");
        }
        DMatrixRMaj rhs = matrix(b);
        DMatrixRMaj x = new DMatrixRMaj(rhs.numRows, rhs.numCols);
        if (m.numRows > 0 && rhs.numCols > 0) solver(m, pos).solve(rhs, x);
        return b.ndim() == 1 ? vector(x.data, x.numRows) : array(x);
    }

    /** {@code np.linalg.cholesky}: the lower factor L (a = L Lᵀ), from a's lower triangle as LAPACK's potrf('L'). */
    public static NDArray cholesky(NDArray a, SourcePos pos) {
        DMatrixRMaj m = lowerSymmetric(square(a, pos));
        int n = m.numRows;
        if (n == 0) return array(m);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(m)) throw error(pos, "Matrix is not positive definite.");
        DMatrixRMaj l = chol.getT(null);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) l.set(i, j, 0);
        return array(l);
    }

    /** {@code np.linalg.qr(a)} (mode 'reduced'): (q, r) with q of shape (m, k) and r of shape (k, n), k = min(m, n). */
    public static Object[] qr(NDArray a, SourcePos pos) {
        DMatrixRMaj m = matrix(a);
        int k = Math.min(m.numRows, m.numCols);
        if (k == 0) return new Object[] {array(new DMatrixRMaj(m.numRows, 0)), array(new DMatrixRMaj(0, m.numCols))};
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m.numRows, m.numCols);
        qr.decompose(m);
        return new Object[] {array(qr.getQ(null, true)), array(qr.getR(null, true))};
    }

    /** {@code np.linalg.svd(a, full_matrices)}: (u, s, vh), s descending. */
    public static Object[] svd(NDArray a, boolean fullMatrices, SourcePos pos) {
        DMatrixRMaj m = finite(matrix(a), pos);
        int rows = m.numRows, cols = m.numCols, k = Math.min(rows, cols);
        if (k == 0) {
            return new Object[] {array(CommonOps_DDRM.identity(rows, fullMatrices ? rows : 0)), vector(new double[0], 0),
                    array(CommonOps_DDRM.identity(fullMatrices ? cols : 0, cols))};
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, true, !fullMatrices);
        if (!svd.decompose(m)) throw error(pos, "SVD did not converge.");
        DMatrixRMaj u = svd.getU(null, false), w = svd.getW(null), v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) s[i] = w.get(i, i);
        return new Object[] {array(u), vector(s, k), array(CommonOps_DDRM.transpose(v, null))};
    }

    /** The singular values of a, descending ({@code np.linalg.svd(a, compute_uv=False)}). */
    public static NDArray singularValues(NDArray a, SourcePos pos) {
        return vector(singular(finite(matrix(a), pos), pos), -1);
    }

    /** {@code np.linalg.eigh}: (w, v), eigenvalues ascending, from a's lower triangle as LAPACK's syevd('L'). */
    public static Object[] eigh(NDArray a, SourcePos pos) {
        Eigen e = symmetricEigen(a, true, pos);
        return new Object[] {vector(e.values(), -1), e.vectors()};
    }

    /** {@code np.linalg.eigvalsh}: the eigenvalues of the symmetric matrix a's lower triangle defines, ascending. */
    public static NDArray eigvalsh(NDArray a, SourcePos pos) {
        return vector(symmetricEigen(a, false, pos).values(), -1);
    }

    /**
     * {@code np.linalg.eig} of a real matrix whose eigenvalues are real (Numba's rule: a complex eigenvalue is a
     * ValueError): (w, v), each column of v of unit length, eigenvalues ascending (LAPACK's geev, which NumPy
     * calls, has no fixed order).
     */
    public static Object[] eig(NDArray a, SourcePos pos) {
        Eigen e = generalEigen(a, true, pos);
        return new Object[] {vector(e.values(), -1), e.vectors()};
    }

    /** {@code np.linalg.eigvals}, with {@link #eig}'s rule for complex eigenvalues. */
    public static NDArray eigvals(NDArray a, SourcePos pos) {
        return vector(generalEigen(a, false, pos).values(), -1);
    }

    /** {@code np.linalg.eig} of a complex128 matrix ({@link ComplexEigen}): (w, v), complex128. */
    public static Object[] eigComplex(NDArray a, SourcePos pos) {
        return ComplexEigen.eig(a, pos);
    }

    /** {@code np.linalg.eigvals} of a complex128 matrix ({@link ComplexEigen}). */
    public static NDArray eigvalsComplex(NDArray a, SourcePos pos) {
        return ComplexEigen.eigvals(a, pos);
    }

    /**
     * {@code np.linalg.lstsq(a, b, rcond)} through the SVD (as LAPACK's gelsd): (x, residuals, rank, s). Singular
     * values at most rcond·max(s) count as zero; a negative rcond means NumPy 2's default, eps·max(m, n).
     * residuals holds the squared 2-norm of each column of b − a·x when a has full column rank and more rows than
     * columns, and is empty otherwise.
     */
    public static Object[] lstsq(NDArray a, NDArray b, double rcond, SourcePos pos) {
        DMatrixRMaj m = finite(matrix(a), pos);
        if (b.shape(0) != m.numRows) throw error(pos, "Incompatible dimensions");
        DMatrixRMaj rhs = finite(matrix(b), pos);
        int rows = m.numRows, cols = m.numCols, k = Math.min(rows, cols);
        Svd svd = compactSvd(m, pos);
        double cutoff = (rcond < 0 ? EPS * Math.max(rows, cols) : rcond) * (k == 0 ? 0 : svd.s()[0]);
        int rank = (int) Arrays.stream(svd.s()).filter(s -> s > cutoff).count();
        DMatrixRMaj x = new DMatrixRMaj(cols, rhs.numCols);
        if (k > 0) CommonOps_DDRM.mult(pseudoInverse(svd, cutoff), rhs, x);
        NDArray residuals;
        if (rank == cols && rows > cols) {
            DMatrixRMaj r = rhs.copy();
            CommonOps_DDRM.multAdd(-1, m, x, r);
            double[] sums = new double[r.numCols];
            for (int i = 0; i < r.numRows; i++) for (int j = 0; j < r.numCols; j++) sums[j] += r.get(i, j) * r.get(i, j);
            residuals = vector(sums, -1);
        } else {
            residuals = vector(new double[0], 0);
        }
        NDArray solution = b.ndim() == 1 ? vector(x.data, cols) : array(x);
        return new Object[] {solution, residuals, (long) rank, vector(svd.s(), -1)};
    }

    /** {@code np.linalg.pinv(a, rcond)}: singular values at most rcond·max(s) count as zero. */
    public static NDArray pinv(NDArray a, double rcond, SourcePos pos) {
        DMatrixRMaj m = finite(matrix(a), pos);
        if (Math.min(m.numRows, m.numCols) == 0) return array(new DMatrixRMaj(m.numCols, m.numRows));
        Svd svd = compactSvd(m, pos);
        return array(pseudoInverse(svd, rcond * svd.s()[0]));
    }

    /**
     * {@code np.linalg.matrix_rank(a, tol)}: the singular values above tol; a negative tol means NumPy's default,
     * max(s)·max(m, n)·eps. A 1-d array has rank 1 unless all its elements are zero.
     */
    public static long matrixRank(NDArray a, double tol, SourcePos pos) {
        DMatrixRMaj m = finite(matrix(a), pos);
        if (a.ndim() < 2) return Arrays.stream(m.data, 0, m.getNumElements()).anyMatch(v -> v != 0) ? 1 : 0;
        double[] s = singular(m, pos);
        if (s.length == 0) return 0;
        double cutoff = tol < 0 ? s[0] * Math.max(m.numRows, m.numCols) * EPS : tol;
        return Arrays.stream(s).filter(v -> v > cutoff).count();
    }

    /** Eigenvalues and, when asked for, the matching eigenvectors as the columns of a float64 array. */
    private record Eigen(double[] values, NDArray vectors) {}

    /** A compact SVD: u (m×k), s descending (k), v (n×k). */
    private record Svd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {}

    private static Eigen symmetricEigen(NDArray a, boolean vectors, SourcePos pos) {
        DMatrixRMaj m = finite(lowerSymmetric(square(a, pos)), pos);
        int n = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
        if (n > 0 && !eig.decompose(m)) throw error(pos, "Eigenvalues did not converge");
        return eigen(eig, n, vectors, pos);
    }

    private static Eigen generalEigen(NDArray a, boolean vectors, SourcePos pos) {
        DMatrixRMaj m = finite(square(a, pos), pos);
        int n = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, false);
        if (n > 0 && !eig.decompose(m)) throw error(pos, "Eigenvalues did not converge");
        for (int i = 0; i < n; i++) {
            if (eig.getEigenvalue(i).imaginary != 0) {
                throw new KernelRuntimeError("ValueError", pos, "eig() argument must not cause a domain change.");
            }
        }
        return eigen(eig, n, vectors, pos);
    }

    /**
     * The eigenpairs EJML found, sorted by ascending eigenvalue (as LAPACK's syevd returns them), each vector scaled
     * to unit length.
     */
    private static Eigen eigen(EigenDecomposition_F64<DMatrixRMaj> eig, int n, boolean vectors, SourcePos pos) {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> eig.getEigenvalue(i).real));
        double[] values = new double[n];
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int c = 0; c < n; c++) {
            Complex_F64 value = eig.getEigenvalue(order[c]);
            values[c] = value.real;
            if (!vectors) continue;
            DMatrixRMaj column = eig.getEigenVector(order[c]);
            if (column == null) throw error(pos, "Eigenvectors did not converge");
            double norm = 0;
            for (int r = 0; r < n; r++) norm += column.get(r, 0) * column.get(r, 0);
            double scale = norm == 0 ? 1 : 1 / Math.sqrt(norm);
            for (int r = 0; r < n; r++) v.set(r, c, column.get(r, 0) * scale);
        }
        return new Eigen(values, vectors ? array(v) : null);
    }

    private static Svd compactSvd(DMatrixRMaj m, SourcePos pos) {
        int k = Math.min(m.numRows, m.numCols);
        if (k == 0) return new Svd(new DMatrixRMaj(m.numRows, 0), new double[0], new DMatrixRMaj(m.numCols, 0));
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, true, true, true);
        if (!svd.decompose(m.copy())) throw error(pos, "SVD did not converge.");
        DMatrixRMaj u = svd.getU(null, false), w = svd.getW(null), v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) s[i] = w.get(i, i);
        return new Svd(u, s, v);
    }

    private static double[] singular(DMatrixRMaj m, SourcePos pos) {
        int k = Math.min(m.numRows, m.numCols);
        if (k == 0) return new double[0];
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, false, false, true);
        if (!svd.decompose(m.copy())) throw error(pos, "SVD did not converge.");
        double[] s = Arrays.copyOf(svd.getSingularValues(), k);
        Arrays.sort(s);
        for (int i = 0; i < k / 2; i++) {
            double t = s[i];
            s[i] = s[k - 1 - i];
            s[k - 1 - i] = t;
        }
        return s;
    }

    /** V·diag(1/s)·Uᵀ, singular values at most cutoff taken as zero. */
    private static DMatrixRMaj pseudoInverse(Svd svd, double cutoff) {
        DMatrixRMaj scaled = svd.v().copy();
        for (int j = 0; j < svd.s().length; j++) {
            double inverse = svd.s()[j] > cutoff ? 1 / svd.s()[j] : 0;
            for (int i = 0; i < scaled.numRows; i++) scaled.set(i, j, scaled.get(i, j) * inverse);
        }
        DMatrixRMaj out = new DMatrixRMaj(svd.v().numRows, svd.u().numRows);
        CommonOps_DDRM.multTransB(scaled, svd.u(), out);
        return out;
    }

    private static LUDecompositionAlt_DDRM lu(DMatrixRMaj m) {
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        lu.decompose(m);
        return lu;
    }

    /** An LU solver for m; LinAlgError when a pivot is exactly zero, as LAPACK's getrf reports a singular matrix. */
    private static LinearSolverLu_DDRM solver(DMatrixRMaj m, SourcePos pos) {
        LinearSolverLu_DDRM solver = new LinearSolverLu_DDRM(new LUDecompositionAlt_DDRM());
        boolean decomposed = solver.setA(m);
        DMatrixRMaj lu = ((LUDecompositionAlt_DDRM) solver.getDecomposition()).getLU();
        for (int i = 0; i < m.numRows && decomposed; i++) decomposed = lu.get(i, i) != 0;
        if (!decomposed) throw error(pos, "Matrix is singular to machine precision.");
        return solver;
    }

    /** +1 or -1: the parity of the row permutation pivot (pivot[i] is the original row now at row i). */
    private static double permutationSign(int[] pivot, int n) {
        boolean[] seen = new boolean[n];
        double sign = 1;
        for (int i = 0; i < n; i++) {
            if (seen[i]) continue;
            int length = 0;
            for (int j = i; !seen[j]; j = pivot[j]) {
                seen[j] = true;
                length++;
            }
            if (length % 2 == 0) sign = -sign;
        }
        return sign;
    }

    /** The symmetric matrix a's lower triangle defines (the triangle LAPACK reads with UPLO='L'). */
    private static DMatrixRMaj lowerSymmetric(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) for (int j = i + 1; j < m.numCols; j++) m.set(i, j, m.get(j, i));
        return m;
    }

    private static DMatrixRMaj square(NDArray a, SourcePos pos) {
        if (a.shape(0) != a.shape(1)) throw error(pos, "Last 2 dimensions of the array must be square.");
        return matrix(a);
    }

    private static DMatrixRMaj finite(DMatrixRMaj m, SourcePos pos) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) throw error(pos, "Array must not contain infs or NaNs.");
        }
        return m;
    }

    /** A fresh EJML copy of a 2-d float64 array, or of a 1-d one as a column. */
    private static DMatrixRMaj matrix(NDArray a) {
        int rows = a.shape(0), cols = a.ndim() == 2 ? a.shape(1) : 1;
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) m.set(i, j, a.ndim() == 2 ? a.getDouble(i, j) : a.getDouble(i));
        }
        return m;
    }

    private static NDArray array(DMatrixRMaj m) {
        return NDArray.wrap(DType.FLOAT64, Arrays.copyOf(m.data, m.getNumElements()), m.numRows, m.numCols);
    }

    /** A 1-d array of the first n values (all of them when n is negative). */
    private static NDArray vector(double[] values, int n) {
        int length = n < 0 ? values.length : n;
        return NDArray.wrap(DType.FLOAT64, Arrays.copyOf(values, length), length);
    }

    private static KernelRuntimeError error(SourcePos pos, String message) {
        return new KernelRuntimeError("LinAlgError", pos, message);
    }
}
