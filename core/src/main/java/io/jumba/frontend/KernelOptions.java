package io.jumba.frontend;

/**
 * Compilation options read from a kernel's decorator, named as in Numba
 * ({@code @njit(parallel=True, fastmath=True, error_model='numpy', boundscheck=True, cache=True, nogil=True)}).
 * {@code errorModel} is "python" (default: ZeroDivisionError) or "numpy" (IEEE results, 0 for ints).
 */
public record KernelOptions(boolean parallel, boolean fastmath, String errorModel, boolean boundscheck,
                            boolean cache, boolean nogil) {
    public static final KernelOptions DEFAULT = new KernelOptions(false, false, "python", false, false, false);

    public boolean numpyErrorModel() { return "numpy".equals(errorModel); }
}
