/**
 * Jumba's compiler and run time. Exported to everyone: NumPy-style arrays ({@code io.jumba.array}), the on-disk
 * kernel cache's policy ({@code io.jumba.cache}), the errors kernels raise ({@code io.jumba.diag}) with their source
 * positions ({@code io.jumba.source}), and the type model of signatures ({@code io.jumba.types}). The compiler's
 * packages (frontend, typing, IR, passes, planning, code generation, JIT, dispatch, interpreter) and the run-time
 * helpers generated code calls are exported only to the Jumba modules built on them; kernel classes, which Janino
 * defines in a class loader of their own (an unnamed module), get the run-time packages when they are loaded
 * ({@code Module.addExports} from this module). The Vector API module is optional ({@code requires static}): without
 * {@code --add-modules jdk.incubator.vector} kernels run as scalar loops. EJML (np.linalg) has no module name of its
 * own: it is required under the automatic module names its jar files give it, {@code ejml.core} and
 * {@code ejml.ddense}.
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

    exports io.jumba.codegen to io.jumba.vectorize;
    exports io.jumba.dispatch to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.frontend to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.frontend.ast to io.jumba.ufunc, io.jumba;
    exports io.jumba.interp to io.jumba.ufunc;
    exports io.jumba.ir to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.jit to io.jumba.vectorize, io.jumba.ufunc, io.jumba;
    exports io.jumba.parallel to io.jumba.vectorize, io.jumba;
    exports io.jumba.passes to io.jumba.vectorize, io.jumba;
    exports io.jumba.plan to io.jumba.vectorize;
    exports io.jumba.runtime to io.jumba.vectorize, io.jumba.ufunc;
    exports io.jumba.runtime.parallel to io.jumba.ufunc, io.jumba;
    exports io.jumba.typing to io.jumba.ufunc;
}
