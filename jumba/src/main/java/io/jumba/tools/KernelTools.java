package io.jumba.tools;

import io.jumba.Kernel;
import io.jumba.dispatch.Dispatcher;
import io.jumba.ir.IrPrinter;
import io.jumba.jit.KernelBinary;
import io.jumba.jit.KernelCompiler;
import io.jumba.passes.Pass;
import io.jumba.passes.PassResult;
import io.jumba.types.Signature;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Tooling entry points into a kernel's compiler, for Jumba's command line: the IR after each pass and class files
 * compiled ahead of time. Not API: their types are the compiler's own, so module {@code io.jumba} does not export this
 * package, and only code on the class path (the command line) reaches it. {@link Kernel} hands this class the way to
 * its dispatcher once, when it is initialized.
 */
public final class KernelTools {
    private static final AtomicReference<Function<Kernel, Dispatcher>> DISPATCHERS = new AtomicReference<>();

    private KernelTools() {}

    /**
     * How to reach a kernel's dispatcher: called once, by {@link Kernel}'s class initializer.
     *
     * @throws IllegalStateException on a second call
     */
    public static void grant(Function<Kernel, Dispatcher> dispatchers) {
        if (!DISPATCHERS.compareAndSet(null, dispatchers)) throw new IllegalStateException("granted already");
    }

    /**
     * Compiles kernel for signature into a class of this binary name (such as {@code com.example.Kernels_total0}),
     * for a jar of kernels compiled ahead of time: a compile of its own, neither cached nor kept by the kernel. A
     * declared return type converts the result to it.
     */
    public static KernelBinary compileAheadOfTime(Kernel kernel, String signature, String binaryName) {
        Signature s = Signature.parse(signature);
        Dispatcher dispatcher = dispatcher(kernel);
        return KernelCompiler.compilingAs(binaryName, () -> dispatcher.compileUncached(s)).binary();
    }

    /**
     * The IR passes of kernel's pipeline run on the typed IR for signature, in order: each pass's name, the program it
     * made (print it with {@link IrPrinter}) and how long it took in this run.
     */
    public static List<PassResult> passes(Kernel kernel, String signature) {
        Dispatcher dispatcher = dispatcher(kernel);
        return dispatcher.pipeline().passes().trace(dispatcher.typed(Signature.parse(signature).args()));
    }

    /** The pass of kernel's pipeline called name; an {@link IllegalArgumentException} listing the pass names if none is. */
    public static Pass pass(Kernel kernel, String name) {
        return dispatcher(kernel).pipeline().passes().named(name);
    }

    private static Dispatcher dispatcher(Kernel kernel) {
        return DISPATCHERS.get().apply(kernel);
    }
}
