package io.jumba.codegen;

import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

/**
 * Extension point of the Java code generator: before emitting a {@link Stmt.ForRange} as a scalar loop, the
 * generator offers it to its LoopEmitter, which may return replacement Java statements (e.g. a SIMD loop from the
 * vectorize module). Core stays free of any dependency on the emitter; {@link #NONE} keeps every loop scalar.
 */
public interface LoopEmitter {

    /** Emits nothing: the generator's own scalar loops are used everywhere. */
    LoopEmitter NONE = new LoopEmitter() {
        @Override public String emit(Stmt.ForRange loop, KernelOptions options, Host host) { return null; }
    };

    /**
     * Java statements with the exact effect of {@code loop} (index variable, accumulators and faults included),
     * or null to let the generator emit its scalar loop.
     */
    String emit(Stmt.ForRange loop, KernelOptions options, Host host);

    /** What the generator offers an emitter while it emits one function. */
    interface Host {
        /** Java source of an expression, valid where the loop is emitted. */
        String expr(Expr e);

        /** The Java identifier of a variable; the emitter declares variables it invents itself (names with '$'). */
        String local(Var v);

        /** Java statements of {@code loop} as the generator emits it without any emitter (tails and fallbacks). */
        String scalarLoop(Stmt.ForRange loop);

        /** A fresh Java identifier starting with hint, unique in the generated class. */
        String fresh(String hint);

        /** Adds a member (e.g. a {@code static final} field) to the generated class. */
        void member(String javaSource);
    }
}
