/**
 * NumPy-style universal functions: the built-ins ({@code io.jumba.ufunc.UFuncs}), ufuncs defined in Java
 * ({@code UFunc.builder}, {@code Loop}, {@code UExpr}) and the {@code @vectorize}/{@code @guvectorize} functions of
 * kernel files ({@code VectorizedModule}). Exports {@code io.jumba.ufunc}; requires the vectorizer (and through it
 * the core) transitively, since ufunc signatures name arrays, errors and vector options.
 */
module io.jumba.ufunc {
    requires transitive io.jumba.vectorize;

    exports io.jumba.ufunc;
}
