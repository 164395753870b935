package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * The {@code np.linalg} functions the runtime evaluates ({@link LinAlg}, backed by EJML): the static method of
 * {@link LinAlg} that generated code calls, and the same call for the interpreter. Operands are float64 arrays
 * (typing casts other dtypes first; complex128 for the complex eig) and, for some, a boolean or float64 option;
 * every method takes the call's {@link SourcePos} last, for its errors.
 */
public enum LinAlgFn implements LibraryFn {
    DET("det", (a, pos) -> LinAlg.det(array(a, 0), pos)),
    SLOGDET("slogdet", (a, pos) -> LinAlg.slogdet(array(a, 0), pos)),
    INV("inv", (a, pos) -> LinAlg.inv(array(a, 0), pos)),
    SOLVE("solve", (a, pos) -> LinAlg.solve(array(a, 0), array(a, 1), pos)),
    CHOLESKY("cholesky", (a, pos) -> LinAlg.cholesky(array(a, 0), pos)),
    QR("qr", (a, pos) -> LinAlg.qr(array(a, 0), pos)),
    /** {@code svd(a, full_matrices)}: the tuple (u, s, vh). */
    SVD("svd", (a, pos) -> LinAlg.svd(array(a, 0), (Boolean) a[1], pos)),
    /** The singular values alone, in descending order ({@code svd(a, compute_uv=False)}). */
    SINGULAR_VALUES("singularValues", (a, pos) -> LinAlg.singularValues(array(a, 0), pos)),
    EIGH("eigh", (a, pos) -> LinAlg.eigh(array(a, 0), pos)),
    EIGVALSH("eigvalsh", (a, pos) -> LinAlg.eigvalsh(array(a, 0), pos)),
    EIG("eig", (a, pos) -> LinAlg.eig(array(a, 0), pos)),
    EIGVALS("eigvals", (a, pos) -> LinAlg.eigvals(array(a, 0), pos)),
    /** {@code eig} of a complex128 matrix: the complex128 tuple (w, v). */
    EIG_COMPLEX("eigComplex", (a, pos) -> LinAlg.eigComplex(array(a, 0), pos)),
    /** {@code eigvals} of a complex128 matrix. */
    EIGVALS_COMPLEX("eigvalsComplex", (a, pos) -> LinAlg.eigvalsComplex(array(a, 0), pos)),
    /** {@code lstsq(a, b, rcond)}: the tuple (x, residuals, rank, s); a negative rcond means NumPy's default. */
    LSTSQ("lstsq", (a, pos) -> LinAlg.lstsq(array(a, 0), array(a, 1), (Double) a[2], pos)),
    /** {@code pinv(a, rcond)}. */
    PINV("pinv", (a, pos) -> LinAlg.pinv(array(a, 0), (Double) a[1], pos)),
    /** {@code matrix_rank(a, tol)}; a negative tol means NumPy's default. */
    MATRIX_RANK("matrixRank", (a, pos) -> LinAlg.matrixRank(array(a, 0), (Double) a[1], pos));

    /** The interpreter's call of the method: the operands as the interpreter holds them. */
    @FunctionalInterface
    interface Call {
        Object apply(Object[] args, SourcePos pos);
    }

    private final String method;
    private final Call call;

    LinAlgFn(String method, Call call) {
        this.method = method;
        this.call = call;
    }

    @Override public String javaMethod() { return "LinAlg." + method; }

    @Override public String pythonName() { return "linalg." + method; }

    @Override public Object apply(Object[] args, SourcePos pos) { return call.apply(args, pos); }

    private static NDArray array(Object[] args, int i) { return (NDArray) args[i]; }
}
