package io.jumba.dispatch;

import io.jumba.codegen.CompiledKernel;
import io.jumba.codegen.KernelCompiler;
import io.jumba.ir.Program;
import io.jumba.passes.ArrayLowering;
import io.jumba.passes.CommonSubexpressions;
import io.jumba.passes.Inlining;
import io.jumba.passes.SmallLoopUnrolling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a typed {@link Program} becomes runnable code: IR passes applied in order, then a backend.
 * Modules that core does not know (e.g. SIMD vectorization) extend the standard pipeline with
 * {@link #withPass(UnaryOperator)} instead of core depending on them.
 *
 * @param passes  IR-to-IR rewrites, applied first to last
 * @param backend turns the final program into a callable kernel
 */
public record Pipeline(List<UnaryOperator<Program>> passes, Function<Program, CompiledKernel> backend) {
    public Pipeline {
        passes = List.copyOf(passes);
    }

    /**
     * Array lowering, inlining of one-expression functions, small-loop unrolling and sharing of repeated math
     * expressions, then Java source compiled in memory.
     */
    public static Pipeline standard() {
        return new Pipeline(List.of(ArrayLowering::apply, Inlining::apply, SmallLoopUnrolling::apply,
                CommonSubexpressions::apply), KernelCompiler::compile);
    }

    /** This pipeline's passes with another backend. */
    public Pipeline withBackend(Function<Program, CompiledKernel> other) {
        return new Pipeline(passes, other);
    }

    /** This pipeline with pass appended after the existing passes. */
    public Pipeline withPass(UnaryOperator<Program> pass) {
        List<UnaryOperator<Program>> more = new ArrayList<>(passes);
        more.add(pass);
        return new Pipeline(more, backend);
    }

    /** Applies every pass to typed, in order. */
    public Program lower(Program typed) {
        Program p = typed;
        for (UnaryOperator<Program> pass : passes) p = pass.apply(p);
        return p;
    }

    /** Lowers typed and hands the result to the backend. */
    public CompiledKernel compile(Program typed) {
        return backend.apply(lower(typed));
    }
}
