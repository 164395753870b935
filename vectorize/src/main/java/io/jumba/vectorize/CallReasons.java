package io.jumba.vectorize;

import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.passes.Inlining;

/**
 * What a loop's verdict says of a call left in its body: the callee by its Python name and why inlining left it
 * ({@link Inlining#notInlined}), when the program the loop belongs to is known.
 *
 * @param program the program after the passes, or null when only the function is known
 */
record CallReasons(Program program) {
    /** Knows no program: names the callee by its specialization's name, without a reason. */
    static final CallReasons NONE = new CallReasons(null);

    /** The rejection reason for call, e.g. {@code "call of fact in the body (not inlined: fact is recursive)"}. */
    String of(Expr.Call call) {
        if (program == null) return "call of " + call.function() + " in the body";
        return "call of " + program.function(call.function()).pythonName() + " in the body (not inlined: "
                + Inlining.notInlined(program, call.function()) + ")";
    }
}
