package io.jumba.codegen;

import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlanner;
import io.jumba.plan.ScalarPlanner;

import io.jumba.source.SourcePos;

import java.util.List;

/**
 * Extension point of the Java code generator: the planner that chooses each loop's {@link LoopPlan}, and the writer
 * of the plans that are not {@link LoopPlan.Scalar} (e.g. SIMD loops from the vectorize module); the generator writes
 * scalar plans itself. Core stays free of any dependency on the emitter; {@link #NONE} plans and keeps every loop
 * scalar.
 */
public interface LoopEmitter {

    /** Plans every loop scalar ({@link ScalarPlanner}) and so emits nothing. */
    LoopEmitter NONE = scalar(ScalarPlanner.INSTANCE);

    /** An emitter whose planner plans every loop scalar (with its own reasons), so that it emits nothing. */
    static LoopEmitter scalar(ScalarPlanner planner) {
        return new LoopEmitter() {
            @Override public LoopPlanner planner() { return planner; }

            @Override public String emit(Stmt.ForRange loop, LoopPlan plan, KernelOptions options, Host host) {
                throw new IllegalStateException("no emitter for the plan of the loop at line " + loop.pos().line()
                        + ": " + plan.summary());
            }
        };
    }

    /** The planner whose plans this emitter writes. */
    LoopPlanner planner();

    /**
     * Java statements with the exact effect of {@code loop} (index variable, accumulators and faults included) as
     * {@code plan} (not scalar) says, one per line, nested lines indented by four spaces. The generator writes the
     * comment naming the loop's line and plan before them.
     */
    String emit(Stmt.ForRange loop, LoopPlan plan, KernelOptions options, Host host);

    /**
     * This emitter with its planner unrolling at most maxUnroll vector steps per loop iteration (1..4), so that a
     * method too big for HotSpot's JIT can shrink; an emitter that does not unroll returns itself.
     */
    default LoopEmitter withMaxUnroll(int maxUnroll) { return this; }

    /** The most vector steps per loop iteration this emitter's planner unrolls; 1 when it does not unroll. */
    default int maxUnroll() { return 1; }

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

        /**
         * The Java identifier of a part of array variable v the generator hoisted into locals, valid wherever v is:
         * {@code "data"} (its storage: a Java array, or a {@code MemorySegment} where {@link #segments()}),
         * {@code "off"} (offset in elements), {@code "n" + axis} (length), {@code "s" + axis} (stride in elements);
         * {@code "1"} for the stride v's layout fixes at 1. Ints, or longs where {@link #segments()}.
         */
        String hoisted(Var v, String part);

        /** Java statements of {@code loop} as the generator emits it without any emitter (no comment). */
        String scalarLoop(Stmt.ForRange loop);

        /** Like {@link #scalarLoop(Stmt.ForRange)}, over [start, stop): Java longs the emitter declared (tails). */
        String scalarLoop(Stmt.ForRange loop, String start, String stop);

        /**
         * Whether the generated code reads numeric arrays through memory segments with long positions
         * ({@link io.jumba.ir.ArrayStorage#SEGMENT}): their hoisted {@code data} is a {@code MemorySegment}.
         */
        boolean segments();

        /** A fresh Java identifier, unique in the function: hint (a lower-case word) or hint and a number. */
        String fresh(String hint);

        /** Declares a member (one line, e.g. a {@code static final} field) of the generated class, once. */
        void member(String javaSource);

        /**
         * The Java statement that ends the call with a KeyboardInterrupt at pos when its thread was interrupted
         * ({@code Faults.checkInterrupt}), for the loops an emitter writes; empty inside another loop, whose
         * iterations check already. The emitter calls it once per block of iterations, as rarely as it can.
         */
        String interruptCheck(SourcePos pos);

        /** A {@code //} comment line of text, made safe for Java source (printable ASCII, no backslash). */
        default String comment(String text) { return "// " + JavaText.comment(text); }
    }
}
