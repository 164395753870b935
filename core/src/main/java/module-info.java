/**
 * Jumba's compiler and run time. Exported to everyone: NumPy-style arrays ({@code io.jumba.array}), the type model
 * ({@code io.jumba.types}), the errors kernels raise ({@code io.jumba.diag}) and their source positions
 * ({@code io.jumba.source}). Everything else is compiler internals, exported only to the Jumba modules built on them.
 */
@SuppressWarnings("module") // the qualified exports name modules built after this one
module io.jumba.core {
    requires java.compiler;
    requires org.codehaus.janino;
    requires org.codehaus.commons.compiler;
    requires ejml.core;
    requires ejml.ddense;
    requires static jdk.incubator.vector;

    exports io.jumba.array;
    exports io.jumba.cache;
    exports io.jumba.diag;
    exports io.jumba.source;
    exports io.jumba.types;

    exports io.jumba.codegen to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.dispatch to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.frontend to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.frontend.ast to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.interp to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.ir to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.jit to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.lower to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.parallel to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.passes to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.plan to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.runtime to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.runtime.parallel to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.typing to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
}
