/**
 * SIMD code generation through the Vector API. Exported to everyone: the vectorizer's options
 * ({@code io.jumba.vectorize.options}: species width, strict float reductions). The vectorizer itself is exported
 * only to the ufunc module and the facade. The Vector API module is optional: without it, kernels run as scalar
 * loops (see {@code io.jumba.runtime.VectorApiModule}).
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module io.jumba.vectorize {
    requires transitive io.jumba.core;
    requires static jdk.incubator.vector;

    exports io.jumba.vectorize.options;
    exports io.jumba.vectorize to io.jumba.ufunc, io.jumba;
}
