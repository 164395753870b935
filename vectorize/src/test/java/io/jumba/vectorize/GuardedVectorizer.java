package io.jumba.vectorize;

import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;

import java.util.List;

/**
 * The {@link Vectorizer} inside core's real generator, with a guard in every scalar tail: after a vector part at
 * most one vector's worth of iterations is left (16, or the loop's lane count where it has more: narrow lanes), so a
 * longer tail means the emitted runtime checks sent the loop down the scalar path. A silent runtime fallback
 * therefore fails the test that expected SIMD. Loops the vectorizer keeps scalar as a whole take no guard.
 */
final class GuardedVectorizer implements LoopEmitter {
    private final Vectorizer vectorizer;
    private final VectorOptions options;

    GuardedVectorizer(VectorOptions options) {
        this.vectorizer = new Vectorizer(options);
        this.options = options;
    }

    static CompiledKernel compile(Program p, VectorOptions options) {
        return KernelCompiler.compile(p, new GuardedVectorizer(options));
    }

    @Override public String emit(Stmt.ForRange loop, KernelOptions kernelOptions, Host host) {
        long most = LoopAnalysis.analyze(loop, kernelOptions, options) instanceof LoopPlan.Vectorizable v
                ? Math.max(16, options.width().bits() / 8 / v.elementBytes()) : 16;
        return vectorizer.emit(loop, kernelOptions, new Host() {
            @Override public String expr(Expr e) { return host.expr(e); }

            @Override public String local(Var v) { return host.local(v); }

            @Override public String local(Var v, String role) { return host.local(v, role); }

            @Override public String scalarLoop(Stmt.ForRange whole) { return host.scalarLoop(whole); }

            @Override public String scalarLoop(Stmt.ForRange tail, String start, String stop) {
                return "if (" + stop + " - " + start + " > " + most + "L) throw new RuntimeException(\"vector path not taken\");\n"
                        + host.scalarLoop(tail, start, stop);
            }

            @Override public String fresh(String hint) { return host.fresh(hint); }

            @Override public void member(String javaSource) { host.member(javaSource); }
        });
    }

    @Override public List<String> imports() { return vectorizer.imports(); }
}
