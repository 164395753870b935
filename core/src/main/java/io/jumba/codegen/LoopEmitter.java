package io.jumba.codegen;

import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

import java.util.List;

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
     * one per line, nested lines indented by four spaces; or null to let the generator emit its scalar loop (with
     * a comment naming the loop's line). Statements should start with such a comment ({@link Host#comment}).
     */
    String emit(Stmt.ForRange loop, KernelOptions options, Host host);

    /**
     * The fully qualified names of the classes the emitted code names by their simple name (e.g.
     * {@code jdk.incubator.vector.DoubleVector}); the generator imports those the class uses.
     */
    default List<String> imports() { return List.of(); }

    /** What the generator offers an emitter while it emits one function. */
    interface Host {
        /** Java source of an expression, valid where the loop is emitted. */
        String expr(Expr e);

        /** The Java identifier of a variable. */
        String local(Var v);

        /**
         * The Java identifier of what the emitter keeps for variable v in a role of lower-case letters and digits
         * (e.g. {@code s_acc0} for role {@code acc0} of {@code s}), distinct from every other name; the emitter
         * declares it, at most once in any scope. The roles of hoisted arrays ({@code data}, {@code off},
         * {@code n0}, {@code s0}, ...) are the generator's.
         */
        String local(Var v, String role);

        /** Java statements of {@code loop} as the generator emits it without any emitter (no comment). */
        String scalarLoop(Stmt.ForRange loop);

        /** Like {@link #scalarLoop(Stmt.ForRange)}, over [start, stop): Java longs the emitter declared (tails). */
        String scalarLoop(Stmt.ForRange loop, String start, String stop);

        /** A fresh Java identifier, unique in the function: hint (a lower-case word) or hint and a number. */
        String fresh(String hint);

        /** Declares a member (one line, e.g. a {@code static final} field) of the generated class, once. */
        void member(String javaSource);

        /** A {@code //} comment line of text, made safe for Java source (printable ASCII, no backslash). */
        default String comment(String text) { return "// " + JavaSourceGenerator.printable(text); }
    }
}
