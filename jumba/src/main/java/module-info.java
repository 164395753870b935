/**
 * Jumba's facade: {@code Jumba.jit} parses a kernel file into a {@code KernelModule} of callable {@code Kernel}s, and
 * {@code Jumba.vectorize} into ufuncs. A program needs only {@code requires io.jumba;}: it reads, transitively,
 * every exported package of the library (arrays, the type model, errors and source positions, the cache policy,
 * vector options, ufuncs). Package {@code io.jumba.tools} (the command line's compiler hooks) is not exported.
 */
module io.jumba {
    requires transitive io.jumba.ufunc;

    exports io.jumba;
}
