package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlanner;

import java.util.List;

/**
 * The {@link Vectorizer} inside core's real generator, with a guard in every scalar tail: after a vector part at
 * most one vector's worth of iterations is left (16, or the loop's lane count where it has more: narrow lanes), so a
 * longer tail means the emitted runtime checks sent the loop down the scalar path. A silent runtime fallback
 * therefore fails the test that expected SIMD. Loops planned scalar as a whole take no guard.
 */
final class GuardedVectorizer implements LoopEmitter {
    private final Vectorizer vectorizer;

    GuardedVectorizer(VectorOptions options) {
        this.vectorizer = new Vectorizer(options);
    }

    static CompiledKernel compile(Program p, VectorOptions options) {
        return KernelCompiler.compile(p, new GuardedVectorizer(options));
    }

    @Override public LoopPlanner planner() { return vectorizer.planner(); }

    @Override public String emit(Stmt.ForRange loop, LoopPlan plan, KernelOptions kernelOptions, Host host) {
        long most = switch (plan) {
            case LoopPlan.Vectorized v -> Math.max(16, v.species().lanes());
            case LoopPlan.OuterVectorized v -> Math.max(16, v.species().lanes());
            case LoopPlan.Tiled t -> 16;
            case LoopPlan.Scalar s -> 16;
            case LoopPlan.Parallel p -> 16;
        };
        return vectorizer.emit(loop, plan, kernelOptions, new Host() {
            @Override public String expr(Expr e) { return host.expr(e); }

            @Override public String local(Var v) { return host.local(v); }

            @Override public String local(Var v, String role) { return host.local(v, role); }

            @Override public String hoisted(Var v, String part) { return host.hoisted(v, part); }

            @Override public String scalarLoop(Stmt.ForRange whole) { return host.scalarLoop(whole); }

            @Override public String scalarLoop(Stmt.ForRange tail, String start, String stop) {
                return "if (" + stop + " - " + start + " > " + most + "L) throw new RuntimeException(\"vector path not taken\");\n"
                        + host.scalarLoop(tail, start, stop);
            }

            @Override public boolean segments() { return host.segments(); }

            @Override public String fresh(String hint) { return host.fresh(hint); }

            @Override public void member(String javaSource) { host.member(javaSource); }

            @Override public String interruptCheck(io.jumba.source.SourcePos pos) { return host.interruptCheck(pos); }
        });
    }

    @Override public List<String> imports() { return vectorizer.imports(); }
}
